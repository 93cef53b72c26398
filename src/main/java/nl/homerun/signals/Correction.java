package nl.homerun.signals;

/** A user's own verdict on a sentence: what it should have been. The same or a nearly identical sentence gets it. */
public record Correction(String sentence, SignalType type) {
}
