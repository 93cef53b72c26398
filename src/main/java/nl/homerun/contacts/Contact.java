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
        Instant createdAt) {

    public Contact {
        facts = Map.copyOf(facts);
    }

    /** A, B or C: how valuable the account is, which sets how often to get in touch. */
    public enum Tier { A, B, C }

    /** The private facts the method asks an account manager to know. */
    public enum Fact { FAMILY, HOBBIES, SPORT, CAR, COFFEE, BEHAVIOUR, WORKPLACE, NOTES }
}
