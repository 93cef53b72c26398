package nl.homerun.signals;

/**
 * A sentence of a note that is not neutral, with how sure the model is (0–1, or 1 when the user corrected it), and
 * whether it is about price pressure or a negotiation, which the method coaches differently (negotiating is not
 * selling).
 */
public record Signal(SignalType type, String sentence, double confidence, boolean aboutPrice) {

    Signal(SignalType type, String sentence, double confidence) {
        this(type, sentence, confidence, false);
    }
}
