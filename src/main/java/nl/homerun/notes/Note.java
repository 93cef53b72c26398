package nl.homerun.notes;

import java.time.Instant;
import java.util.List;

import nl.homerun.signals.SignalType;
import nl.homerun.users.DerivedId;
import nl.homerun.users.Language;

/**
 * A note as the user typed it, with what was found in it: its signals, the contacts it is about, whether contact
 * was made (or only tried: "geen gehoor"), what Homerun offered to do with it (tasks, facts, new contacts), and the
 * chat message it came from ({@code messageRef}, null when unknown), so an edit of that message edits the note.
 */
public record Note(String id, long owner, String text, Language language, SignalType label, List<FoundSignal> signals,
        Instant createdAt, List<String> contactIds, boolean contactMade, List<Offer> offers, String messageRef) {

    public Note {
        signals = List.copyOf(signals);
        contactIds = List.copyOf(contactIds);
        offers = List.copyOf(offers);
    }

    /**
     * The id of the note made from a chat message: derived from the message, so that the same message handled twice
     * (again after a crash) cannot store a second note, and the note of a message is found by its key.
     */
    static String idOf(long owner, String messageRef) {
        return DerivedId.of("note|" + owner + "|" + messageRef).toHexString();
    }

    public boolean isAbout(String contactId) {
        return contactIds.contains(contactId);
    }

    /**
     * A signal found in the note, and what the user made of it: its type, which the user may have corrected from the
     * one {@code detected}, and the task made of it ({@code taskId}, null when none, or made before it was kept).
     */
    public record FoundSignal(SignalType type, String sentence, double confidence, Status status, SignalType detected,
            String taskId) {

        public FoundSignal(SignalType type, String sentence, double confidence, Status status) {
            this(type, sentence, confidence, status, type, null);
        }
    }

    /** Open until the user turns it into a follow-up task or dismisses it. */
    public enum Status { OPEN, TASK, DISMISSED }
}
