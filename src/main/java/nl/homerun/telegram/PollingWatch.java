package nl.homerun.telegram;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import okhttp3.Interceptor;
import okhttp3.Response;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Watches the long poll: every {@code getUpdates} answered by the Bot API is noted, and health is DOWN when none was
 * for {@link #STALLED} (a long poll comes back every 50 s even when nothing happens), so an operator sees a poller
 * that stopped or cannot reach Telegram while the rest of Homerun is up.
 */
final class PollingWatch implements Interceptor, HealthIndicator {

    static final Duration STALLED = Duration.ofMinutes(3);

    private final Clock clock;
    private final boolean polling;
    private volatile Instant lastAnswer;

    /** {@code polling}: whether updates come by long poll (with a webhook there is nothing to watch). */
    PollingWatch(Clock clock, boolean polling) {
        this.clock = clock;
        this.polling = polling;
        this.lastAnswer = clock.instant(); // the start counts as an answer: the first poll gets its time
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Response response = chain.proceed(chain.request());
        if (response.isSuccessful()
                && chain.request().url().encodedPath().toLowerCase(Locale.ROOT).endsWith("/getupdates")) {
            answered();
        }
        return response;
    }

    void answered() {
        lastAnswer = clock.instant();
    }

    @Override
    public Health health() {
        if (!polling) {
            return Health.up().build();
        }
        Duration quiet = Duration.between(lastAnswer, clock.instant());
        return quiet.compareTo(STALLED) > 0
                ? Health.down().withDetail("lastPollAnswered", lastAnswer.toString()).build()
                : Health.up().withDetail("lastPollAnswered", lastAnswer.toString()).build();
    }
}
