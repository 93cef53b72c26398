package nl.homerun.telegram;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Watches the long poll: every {@code getUpdates} answered by the Bot API is noted, and health is DOWN when none was
 * for {@link #STALLED} (a long poll comes back every 50 s even when nothing happens), so an operator sees a poller
 * that stopped or cannot reach Telegram while the rest of Homerun is up. The first poll to reach the Bot API after
 * one failed tells whoever waits that Telegram is {@linkplain #whenReachableAgain reachable again}: at once, since a
 * long poll's answer may take 50 s.
 */
final class PollingWatch extends EventListener implements Interceptor, HealthIndicator {

    static final Duration STALLED = Duration.ofMinutes(3);

    private final Clock clock;
    private final boolean polling;
    private final List<Runnable> reachableAgain = new CopyOnWriteArrayList<>();
    private volatile Instant lastAnswer;
    private volatile boolean failing;

    /** {@code polling}: whether updates come by long poll (with a webhook there is nothing to watch). */
    PollingWatch(Clock clock, boolean polling) {
        this.clock = clock;
        this.polling = polling;
        this.lastAnswer = clock.instant(); // the start counts as an answer: the first poll gets its time
    }

    /** Runs {@code listener} each time a poll is answered after one or more failed. */
    void whenReachableAgain(Runnable listener) {
        reachableAgain.add(listener);
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        if (!isPoll(chain.request())) {
            return chain.proceed(chain.request());
        }
        Response response;
        try {
            response = chain.proceed(chain.request());
        } catch (IOException e) {
            failing = true;
            throw e;
        }
        if (response.isSuccessful()) {
            answered();
        } else {
            failing = true;
        }
        return response;
    }

    /** A poll's request went out whole: the Bot API is there to take it. */
    @Override
    public void requestHeadersEnd(Call call, Request request) {
        if (failing && isPoll(request)) {
            failing = false;
            reachableAgain.forEach(Runnable::run);
        }
    }

    void answered() {
        lastAnswer = clock.instant();
    }

    private static boolean isPoll(Request request) {
        return request.url().encodedPath().toLowerCase(Locale.ROOT).endsWith("/getupdates");
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
