package nl.homerun.settings;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a time zone as people type it: "Europe/London", "europe/london", "London", "Londen", "New York",
 * "UTC+2", "GMT-5".
 */
final class TimeZones {

    private static final Map<String, ZoneId> BY_NAME = new HashMap<>();

    static {
        for (String id : ZoneId.getAvailableZoneIds()) {
            ZoneId zone = ZoneId.of(id);
            BY_NAME.putIfAbsent(normalise(id), zone);
            int slash = id.lastIndexOf('/');
            if (slash > 0 && Character.isUpperCase(id.charAt(0)) && !id.startsWith("Etc/")) {
                BY_NAME.putIfAbsent(normalise(id.substring(slash + 1)), zone);
            }
        }
        Map.of("brussel", "Europe/Brussels", "londen", "Europe/London", "parijs", "Europe/Paris",
                "lissabon", "Europe/Lisbon", "kopenhagen", "Europe/Copenhagen", "praag", "Europe/Prague",
                "warschau", "Europe/Warsaw", "wenen", "Europe/Vienna", "athene", "Europe/Athens",
                "boekarest", "Europe/Bucharest")
                .forEach((name, id) -> BY_NAME.put(name, ZoneId.of(id)));
    }

    private TimeZones() {
    }

    static Optional<ZoneId> parse(String input) {
        String text = normalise(input);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        ZoneId named = BY_NAME.get(text);
        if (named != null) {
            return Optional.of(named);
        }
        String compact = text.replace("_", "");
        for (String prefix : new String[] {"utc", "gmt", ""}) {
            if (compact.startsWith(prefix) && compact.length() > prefix.length()) {
                String offset = compact.substring(prefix.length()).replaceFirst("^([+-])(\\d):", "$10$2:");
                if (offset.startsWith("+") || offset.startsWith("-")) {
                    try {
                        return Optional.of(ZoneOffset.of(offset));
                    } catch (DateTimeException e) {
                        return Optional.empty();
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static String normalise(String s) {
        return s.strip().toLowerCase(Locale.ROOT).replace(' ', '_');
    }
}
