package nl.homerun.signals;

import java.util.List;

import nl.homerun.users.Language;

/**
 * What a note says: its language, its label (NEUTRAL when nothing was found) and every sentence that is not
 * neutral, in the order of the note. {@code foreignLanguage} names the language (ISO 639-3, e.g. "deu") of a note
 * written in one Homerun does not read; such a note is not analysed and has no signals. {@code satisfied}: the
 * customer sounded satisfied or enthusiastic and nothing was wrong (the moment for the referral question);
 * {@code aboutPrice}: price pressure or a negotiation came up (negotiating is not selling).
 */
public record NoteAnalysis(Language language, String foreignLanguage, SignalType label, List<Signal> signals,
        boolean satisfied, boolean aboutPrice) {

    public NoteAnalysis {
        signals = List.copyOf(signals);
    }

    /** The same note read as telling no signal: what a note that reached nobody says. */
    public NoteAnalysis withoutSignals() {
        return new NoteAnalysis(language, foreignLanguage, SignalType.NEUTRAL, List.of(), false, false);
    }

    static NoteAnalysis foreign(Language language, String foreignLanguage) {
        return new NoteAnalysis(language, foreignLanguage, SignalType.NEUTRAL, List.of(), false, false);
    }

    /**
     * The most urgent type among the signals at least {@code floor} sure; when none is, the type of the surest
     * signal. So one doubtful sentence does not outrank a confident one, and a note of doubtful ones still says
     * what it most likely is.
     */
    static SignalType label(List<Signal> signals, double floor) {
        SignalType label = SignalType.NEUTRAL;
        Signal surest = null;
        for (Signal signal : signals) {
            if (signal.confidence() >= floor) {
                label = label.mostUrgent(signal.type());
            }
            if (surest == null || signal.confidence() > surest.confidence()) {
                surest = signal;
            }
        }
        return label == SignalType.NEUTRAL && surest != null ? surest.type() : label;
    }

    public boolean has(SignalType type) {
        return signals.stream().anyMatch(s -> s.type() == type);
    }

    /** Whether the note was read at all: false for a note in a language Homerun does not read. */
    public boolean analysed() {
        return foreignLanguage == null;
    }
}
