package nl.homerun.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;

import nl.homerun.MutableClock;

/**
 * Health follows the long poll: DOWN when no getUpdates was answered for three minutes, UP again with the next; and the
 * first poll to get through after a failed one says Telegram is reachable again.
 */
class PollingWatchTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-02T09:00:00Z"));

    @Test
    void aPollThatStopsAnsweringIsDownAndUpAgainWhenItAnswers() {
        PollingWatch watch = new PollingWatch(clock, true);
        assertThat(watch.health().getStatus()).isEqualTo(Status.UP);

        clock.advance(Duration.ofSeconds(50));
        watch.answered();
        clock.advance(Duration.ofMinutes(2));
        assertThat(watch.health().getStatus()).isEqualTo(Status.UP);

        clock.advance(Duration.ofMinutes(2));
        assertThat(watch.health().getStatus()).isEqualTo(Status.DOWN);

        watch.answered();
        assertThat(watch.health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void withAWebhookThereIsNoPollToWatch() {
        PollingWatch watch = new PollingWatch(clock, false);
        clock.advance(Duration.ofHours(1));
        assertThat(watch.health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void thePollAfterAFailedOneTellsThatTelegramIsReachableAgainOnce() throws Exception {
        PollingWatch watch = new PollingWatch(clock, true);
        AtomicInteger told = new AtomicInteger();
        watch.whenReachableAgain(told::incrementAndGet);
        Request poll = new Request.Builder().url("http://127.0.0.1:1/bot1:x/getupdates").build();
        Request send = new Request.Builder().url("http://127.0.0.1:1/bot1:x/sendMessage").build();

        watch.requestHeadersEnd(null, poll);
        assertThat(told).as("nothing failed before").hasValue(0);

        // port 1 refuses: the poll fails
        OkHttpClient http = new OkHttpClient.Builder().addInterceptor(watch).build();
        assertThatThrownBy(() -> http.newCall(poll).execute())
                .isInstanceOf(IOException.class);
        watch.requestHeadersEnd(null, send);
        assertThat(told).as("a send says nothing about the poll").hasValue(0);
        watch.requestHeadersEnd(null, poll);
        watch.requestHeadersEnd(null, poll);
        assertThat(told).hasValue(1);
    }

    @Test
    void failedPollsArePausedAtMostFiveSecondsHoweverLongTheyFail() {
        LongPolling.PollPauses pauses = new LongPolling.PollPauses();
        List<Long> first = Stream.generate(pauses::nextBackOffMillis).limit(6).toList();
        assertThat(first).containsExactly(500L, 1_000L, 2_000L, 4_000L, 5_000L, 5_000L);
        for (int i = 0; i < 100_000; i++) { // days of failures
            pauses.nextBackOffMillis();
        }
        assertThat(pauses.nextBackOffMillis()).isEqualTo(5_000L);
        pauses.reset();
        assertThat(pauses.nextBackOffMillis()).isEqualTo(500L);
    }
}
