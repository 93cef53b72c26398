package nl.homerun.reminders;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import nl.homerun.users.UserProfile;

/**
 * A part of Monday's digest that another module knows (the goals' progress, from accounts), so the digest carries it
 * without reminders depending on that module. The digest asks every part, in their
 * {@link org.springframework.core.annotation.Order}, after its own; one with nothing to say returns empty.
 */
public interface DigestSection {

    /** How often a part comes: in every digest, or in the first digest of the month. */
    enum Every { WEEK, MONTH }

    default Every every() {
        return Every.WEEK;
    }

    /** The part for the user, as it is {@code today} (the digest's Monday, or a later day of its week). */
    Optional<Part> part(UserProfile user, LocalDate today);

    /**
     * A titled list in the digest.
     *
     * @param title the heading, in the user's language (made bold by the digest)
     * @param lines the lines in the chat's HTML; the digest shows the first few
     */
    record Part(String title, List<String> lines) {

        public Part {
            lines = List.copyOf(lines);
        }
    }
}
