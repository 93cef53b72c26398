package nl.homerun.reminders;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import nl.homerun.MutableClock;
import nl.homerun.coach.Button;
import nl.homerun.coach.Notifier;
import nl.homerun.coach.Reply;

/** The reminder tests' clock, which the test moves, and their channel, which records what was sent. */
@TestConfiguration
class ReminderTestChannel {

    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock(Instant.parse("2026-03-01T06:00:00Z"));
    }

    @Bean
    Recorder recorder() {
        return new Recorder();
    }

    /** The channel, recorded: who got what, under which key, when. */
    static class Recorder implements Notifier {
        record Sent(long user, String key, String text, List<List<Button>> buttons, Instant at) {
        }

        final List<Sent> sent = Collections.synchronizedList(new ArrayList<>());
        MutableClock clock;
        volatile boolean failNext;

        /** What was sent apart from Monday's digest. */
        List<Sent> reminders() {
            return sent.stream().filter(s -> !s.text().contains("☀️")).toList();
        }

        @Override
        public void notify(long userId, String key, List<Reply> replies) {
            if (failNext) {
                failNext = false;
                throw new IllegalStateException("the process died while sending");
            }
            sent.add(new Sent(userId, key, replies.get(0).text(), replies.get(0).buttons(), clock.instant()));
        }
    }
}
