package nl.homerun.users;

import java.time.Instant;
import java.time.ZoneId;

/**
 * A user of Homerun, known by their Telegram user id (the terminal chat has a configured id of its own).
 * Only private chats are served, so the user id is also the chat to write to.
 */
public record UserProfile(long id, Language language, ZoneId timeZone, Instant firstSeen, Instant lastSeen) {

    public static final ZoneId DEFAULT_TIME_ZONE = ZoneId.of("Europe/Amsterdam");

    /** Today where the user is. */
    public java.time.LocalDate today(java.time.Clock clock) {
        return java.time.LocalDate.now(clock.withZone(timeZone));
    }
}
