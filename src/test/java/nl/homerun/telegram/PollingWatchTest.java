package nl.homerun.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;

import nl.homerun.MutableClock;

/** Health follows the long poll: DOWN when no getUpdates was answered for three minutes, UP again with the next. */
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
}
