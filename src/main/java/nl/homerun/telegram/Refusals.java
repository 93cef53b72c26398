package nl.homerun.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Whether someone who may not use the bot gets the polite refusal now: once per {@link #EVERY} each, and only when
 * the bot's own send budget has room, so a burst of strangers cannot make an allowed user's reply wait or hit
 * Telegram's limit. Kept in memory only: nothing of a stranger is stored.
 */
final class Refusals {

    static final Duration EVERY = Duration.ofMinutes(10);
    private static final int REMEMBERED = 10_000;

    private final Clock clock;
    private final Map<Long, Instant> lastRefused = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Instant> eldest) {
            return size() > REMEMBERED;
        }
    };

    Refusals(Clock clock) {
        this.clock = clock;
    }

    /** True when {@code userId} is to be answered now; {@code sendSlot} takes one message from the send budget. */
    synchronized boolean answerNow(long userId, java.util.function.BooleanSupplier sendSlot) {
        Instant now = clock.instant();
        Instant last = lastRefused.get(userId);
        if (last != null && last.plus(EVERY).isAfter(now) || !sendSlot.getAsBoolean()) {
            return false;
        }
        lastRefused.put(userId, now);
        return true;
    }
}
