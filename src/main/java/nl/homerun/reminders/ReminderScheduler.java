package nl.homerun.reminders;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import nl.homerun.coach.Notifier;
import nl.homerun.coach.Redacted;
import nl.homerun.coach.Reply;
import nl.homerun.users.UserAccounts;
import nl.homerun.users.UserProfile;

/**
 * Every tick: plans what is due for each user, then claims the due occurrences one by one and sends each through
 * the channel's {@link Notifier} (once per occurrence, whoever sends it). A reminder due more than an hour ago
 * (Homerun was down) still goes out, marked late; those due longer ago than {@code homerun.missed-summary-after}
 * (a week) go out together, one message per user.
 */
@Component
class ReminderScheduler implements SmartLifecycle {

    static final Duration LEASE = Duration.ofMinutes(5);
    static final Duration LATE = Duration.ofHours(1);
    private static final Logger log = LoggerFactory.getLogger(ReminderScheduler.class);

    private final UserAccounts accounts;
    private final ReminderPlanner planner;
    private final OccurrenceRepository occurrences;
    private final ReminderMessages messages;
    private final MissedReminders missed;
    private final ObjectProvider<Notifier> notifier;
    private final Clock clock;
    private final Duration every;
    private final Duration summariseAfter;
    private ScheduledExecutorService timer;

    ReminderScheduler(UserAccounts accounts, ReminderPlanner planner, OccurrenceRepository occurrences,
            ReminderMessages messages, MissedReminders missed, ObjectProvider<Notifier> notifier, Clock clock,
            @Value("${homerun.reminder-tick:PT30S}") Duration every,
            @Value("${homerun.missed-summary-after:P7D}") Duration summariseAfter) {
        this.accounts = accounts;
        this.planner = planner;
        this.occurrences = occurrences;
        this.messages = messages;
        this.missed = missed;
        this.notifier = notifier;
        this.clock = clock;
        this.every = every;
        this.summariseAfter = summariseAfter;
    }

    /** One round; returns how many reminders it sent. */
    int tick() {
        Notifier channel = notifier.getIfAvailable();
        if (channel == null) {
            return 0;
        }
        try {
            planner.planAll(accounts.all());
        } catch (RuntimeException e) {
            log.warn("Planning reminders failed", Redacted.of(e));
        }
        occurrences.forgetSentBefore(clock.instant().minus(Duration.ofDays(7)));
        int sent = summariseMissed(channel);
        for (Optional<Occurrence> due = occurrences.claimDue(clock.instant(), LEASE); due.isPresent();
                due = occurrences.claimDue(clock.instant(), LEASE)) {
            sent += deliver(due.get(), channel);
        }
        return sent;
    }

    /** What was due longer ago than the summary limit: one message per user instead of one each. */
    private int summariseMissed(Notifier channel) {
        Instant before = clock.instant().minus(summariseAfter);
        Map<Long, List<Occurrence>> byOwner = new LinkedHashMap<>();
        for (Optional<Occurrence> old = occurrences.claimDue(before, LEASE); old.isPresent(); old = occurrences.claimDue(before, LEASE)) {
            byOwner.computeIfAbsent(old.get().owner(), o -> new ArrayList<>()).add(old.get());
        }
        int sent = 0;
        for (Map.Entry<Long, List<Occurrence>> mine : byOwner.entrySet()) {
            Optional<Reply> summary = accounts.find(mine.getKey()).flatMap(u -> missed.summary(mine.getValue(), u));
            if (summary.isPresent()) {
                channel.notify(mine.getKey(), MissedReminders.key(mine.getValue()), List.of(summary.get()));
                sent++;
            }
            mine.getValue().forEach(o -> occurrences.sent(o, true));
        }
        return sent;
    }

    /** Sends one occurrence, unless what it was about no longer holds; 1 when it was sent. */
    private int deliver(Occurrence occurrence, Notifier channel) {
        boolean late = occurrence.expectedOnTime() && occurrence.dueAt().plus(LATE).isBefore(clock.instant());
        Optional<UserProfile> user = accounts.find(occurrence.owner());
        Optional<Reply> reply = user.flatMap(u -> messages.of(occurrence, u, late));
        if (reply.isPresent()) {
            channel.notify(occurrence.owner(), "reminder:" + occurrence.id(), List.of(reply.get()));
        }
        occurrences.sent(occurrence, late);
        return reply.isPresent() ? 1 : 0;
    }

    @Override
    public void start() {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "reminders");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(() -> {
            try {
                tick();
            } catch (RuntimeException e) {
                log.error("Reminder tick failed", Redacted.of(e));
            }
        }, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        timer.shutdownNow();
    }

    @Override
    public boolean isRunning() {
        return timer != null && !timer.isShutdown();
    }
}
