package nl.homerun.settings;

import java.util.List;
import java.util.Optional;

import nl.homerun.coach.Button;

/** A time-zone button, packed and unpacked here: {@code tz:<zone id>} for a common zone, {@code tz:other} to type one. */
record TimeZoneChoice(String zoneId) {

    static final String FEATURE = "tz";
    /** The zones a button away. */
    static final List<String> COMMON = List.of("Europe/Amsterdam", "Europe/Brussels", "Europe/London");
    /** Another zone, typed. */
    static final TimeZoneChoice OTHER = new TimeZoneChoice(null);

    String pack() {
        return zoneId == null ? "other" : zoneId;
    }

    Button button(String label) {
        return new Button(label, FEATURE + ":" + pack());
    }

    static Optional<TimeZoneChoice> unpack(String packed) {
        return packed.equals("other") ? Optional.of(OTHER)
                : COMMON.contains(packed) ? Optional.of(new TimeZoneChoice(packed)) : Optional.empty();
    }
}
