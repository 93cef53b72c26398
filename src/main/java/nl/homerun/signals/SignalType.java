package nl.homerun.signals;

/** What a sentence of a visit note is, from most to least urgent. */
public enum SignalType {
    /** Explicit dissatisfaction with us: act and confirm. */
    COMPLAINT,
    /** Understated, hedged, resigned or sarcastic dissatisfaction: easy to miss. */
    SILENT_COMPLAINT,
    /** A remark that opens a door to more business. */
    BUYING_SIGNAL,
    /** Facts, planning, personal details. */
    NEUTRAL;

    /** The more urgent of two types. */
    public SignalType mostUrgent(SignalType other) {
        return ordinal() <= other.ordinal() ? this : other;
    }
}
