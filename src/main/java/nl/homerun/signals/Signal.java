package nl.homerun.signals;

/** A sentence of a note that is not neutral, with how sure the model is (0–1). */
public record Signal(SignalType type, String sentence, double confidence) {
}
