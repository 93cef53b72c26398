package nl.homerun.signals;

import java.util.List;

import nl.homerun.users.Language;

/**
 * What a note says: its language, its most urgent type (NEUTRAL when nothing was found) and every sentence that
 * is not neutral, in the order of the note.
 */
public record NoteAnalysis(Language language, SignalType label, List<Signal> signals) {

    public NoteAnalysis {
        signals = List.copyOf(signals);
    }

    static NoteAnalysis of(Language language, List<Signal> signals) {
        SignalType label = signals.stream().map(Signal::type).reduce(SignalType.NEUTRAL, SignalType::mostUrgent);
        return new NoteAnalysis(language, label, signals);
    }

    public boolean has(SignalType type) {
        return signals.stream().anyMatch(s -> s.type() == type);
    }
}
