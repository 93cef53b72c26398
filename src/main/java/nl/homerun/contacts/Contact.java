package nl.homerun.contacts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import nl.homerun.dates.TypedDate;

/**
 * A person the user keeps in touch with. Optional fields are null when unknown. {@code facts} holds what the user
 * knows privately (family, hobbies, sport, car, coffee, notes), keyed by {@link Fact}.
 */
public record Contact(String id, long owner, String name, String account, String role, String phone, String email,
        TypedDate birthday, Tier tier, boolean top5, boolean top20, Map<Fact, String> facts, LocalDate lastContact,
        Instant createdAt, Integer everyDays) {

    public Contact {
        facts = Map.copyOf(facts);
    }

    /**
     * How often to get in touch, in days: the contact's own rhythm, else by tier (A monthly, B quarterly); 0 for
     * none (C, or no tier).
     */
    public int cadenceDays() {
        if (everyDays != null) {
            return everyDays;
        }
        return tier == Tier.A ? 30 : tier == Tier.B ? 91 : 0;
    }

    /** The day contact was last had: the last note about them, or the day they were added. */
    public LocalDate lastTouched(java.time.ZoneId zone) {
        return lastContact != null ? lastContact : createdAt.atZone(zone).toLocalDate();
    }

    /** Whether the rhythm has run out on {@code today} (on the day itself too). */
    public boolean isDue(LocalDate today, java.time.ZoneId zone) {
        return cadenceDays() > 0 && java.time.temporal.ChronoUnit.DAYS.between(lastTouched(zone), today) >= cadenceDays();
    }

    /** How many days past the rhythm on {@code today}: 0 on the day it runs out. */
    public long daysOverdue(LocalDate today, java.time.ZoneId zone) {
        return isDue(today, zone) ? java.time.temporal.ChronoUnit.DAYS.between(lastTouched(zone), today) - cadenceDays() : 0;
    }

    /** A, B or C: how valuable the account is, which sets how often to get in touch. */
    public enum Tier { A, B, C }

    /**
     * The private facts the method asks an account manager to know: the one list the card shows, its ✏️ edits, the
     * conversations record ({@code record:} in a script) and the note reader offers. Each has its texts under its
     * {@link #key()} (tested).
     */
    public enum Fact {
        FAMILY, HOBBIES, SPORT, CAR, COFFEE, BEHAVIOUR, WORKPLACE, NOTES;

        /** Its name in buttons, text keys and scripts: "family", "behaviour". */
        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /** The fact of that key, if it is one. */
        public static java.util.Optional<Fact> of(String key) {
            return java.util.Arrays.stream(values()).filter(f -> f.key().equals(key)).findFirst();
        }
    }
}
