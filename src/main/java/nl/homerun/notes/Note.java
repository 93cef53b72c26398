package nl.homerun.notes;

import java.time.Instant;
import java.util.List;

import nl.homerun.signals.SignalType;
import nl.homerun.users.Language;

/** A note as the user typed it, with what was found in it and the contact it is about (null when none). */
public record Note(String id, long owner, String text, Language language, SignalType label, List<FoundSignal> signals,
        Instant createdAt, String contactId) {

    public Note {
        signals = List.copyOf(signals);
    }

    /**
     * A signal found in the note, and what the user made of it: its type, which the user may have corrected from the
     * one {@code detected}.
     */
    public record FoundSignal(SignalType type, String sentence, double confidence, Status status, SignalType detected) {

        public FoundSignal(SignalType type, String sentence, double confidence, Status status) {
            this(type, sentence, confidence, status, type);
        }
    }

    /** Open until the user turns it into a follow-up task or dismisses it. */
    public enum Status { OPEN, TASK, DISMISSED }
}
