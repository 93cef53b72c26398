package nl.homerun.reminders;

import java.time.Instant;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import nl.homerun.Homerun;
import nl.homerun.MutableClock;
import nl.homerun.coach.Notifier;
import nl.homerun.coach.Reply;
import nl.homerun.contacts.Contacts;
import nl.homerun.dates.TypedDate;
import nl.homerun.telegram.FakeBotApi;
import nl.homerun.users.UserAccounts;

/**
 * A benchmark, not a test (no timing is asserted anywhere): 100,000 contacts across 1,000 users in the embedded
 * database, and how long a scheduler tick takes to plan, find and claim what is due; then the pace at which
 * reminders reach a (fake) Telegram through the real sender and its limits.
 * <p>{@code mvn -q -B test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=nl.homerun.reminders.ReminderBenchmark}
 * (options: -Dusers=1000 -Dcontacts=100 -Ddelivered=300).
 */
public final class ReminderBenchmark {

    /** Counts deliveries instead of sending them, for the tick measurement. */
    static class Counting {
        static final AtomicInteger SENT = new AtomicInteger();

        @Bean
        @Primary
        MutableClock benchmarkClock() {
            return new MutableClock(Instant.parse("2026-06-01T00:00:00Z"));
        }

        @Bean
        Notifier countingNotifier() {
            return (user, key, replies) -> SENT.incrementAndGet();
        }
    }

    public static void main(String[] args) throws Exception {
        int users = Integer.getInteger("users", 1000);
        int perUser = Integer.getInteger("contacts", 100);
        System.out.printf("Reminder benchmark: %d users x %d contacts, embedded MongoDB (in memory: filling through the file"
                + " backend, which commits every write, takes longer than the measurement)%n", users, perUser);
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Homerun.class, Counting.class)
                .web(WebApplicationType.NONE).properties("mongodb.embedded=memory", "homerun.reminder-tick=PT1000H",
                        "logging.level.root=warn").run()) {
            fill(app, users, perUser);
            ReminderScheduler scheduler = app.getBean(ReminderScheduler.class);
            MutableClock clock = app.getBean(MutableClock.class);
            List<String> rows = new ArrayList<>();
            for (int day = 1; day <= 5; day++) {
                clock.set(Instant.parse("2026-06-0" + day + "T00:00:00Z"));
                long plan = timed(scheduler::tick); // a new day: every user's day planned, nothing due yet
                long idle = timed(scheduler::tick); // the tick every 30 seconds in between
                clock.set(Instant.parse("2026-06-0" + day + "T06:40:00Z")); // 08:30 in Amsterdam has passed
                int before = Counting.SENT.get();
                long morning = timed(scheduler::tick);
                int sent = Counting.SENT.get() - before;
                rows.add(String.format(Locale.ROOT, "day %d: plan tick %7.1f ms | idle tick %6.1f ms | morning tick %7.1f ms, %4d due claimed and handed over (%.0f/s)",
                        day, plan / 1e6, idle / 1e6, morning / 1e6, sent, sent / (morning / 1e9)));
            }
            rows.forEach(System.out::println);
        }
        deliveryPace(Integer.getInteger("delivered", 300));
    }

    private static void fill(ConfigurableApplicationContext app, int users, int perUser) {
        long start = System.nanoTime();
        UserAccounts accounts = app.getBean(UserAccounts.class);
        Contacts contacts = app.getBean(Contacts.class);
        Random random = new Random(42);
        for (int u = 1; u <= users; u++) {
            accounts.visit(u, "nl");
            accounts.changeTimeZone(u, ZoneId.of("Europe/Amsterdam"));
            for (int c = 0; c < perUser; c++) {
                MonthDay day = MonthDay.of(1 + random.nextInt(12), 1 + random.nextInt(28));
                contacts.add(u, new Contacts.Draft("Contact " + u + "-" + c, "Account " + c, null, null, null,
                        new TypedDate(day, random.nextBoolean() ? OptionalInt.of(1950 + random.nextInt(50)) : OptionalInt.empty())));
            }
        }
        // tiers in three passes (A, B, C by the last digit of the contact's number), not one update per contact:
        // an update by id and owner is a scan on the embedded server, which ignores non-unique indexes
        var collection = app.getBean(com.mongodb.client.MongoDatabase.class).getCollection("contacts");
        collection.updateMany(com.mongodb.client.model.Filters.regex("name", "[012]$"), com.mongodb.client.model.Updates.set("tier", "A"));
        collection.updateMany(com.mongodb.client.model.Filters.regex("name", "[345]$"), com.mongodb.client.model.Updates.set("tier", "B"));
        collection.updateMany(com.mongodb.client.model.Filters.regex("name", "[6789]$"), com.mongodb.client.model.Updates.set("tier", "C"));
        System.out.printf(Locale.ROOT, "filled in %.1f s%n", (System.nanoTime() - start) / 1e9);
    }

    /** Reminders to N different chats through the real sender, with Telegram's limits, into a fake Bot API. */
    private static void deliveryPace(int reminders) throws Exception {
        System.setProperty("sun.net.httpserver.nodelay", "true");
        try (FakeBotApi api = new FakeBotApi();
                ConfigurableApplicationContext app = new SpringApplicationBuilder(Homerun.class).web(WebApplicationType.NONE)
                        .properties("telegram.bot-token=" + FakeBotApi.TOKEN, "telegram.api-url=" + api.url(),
                                "mongodb.embedded=memory", "logging.level.root=warn").run()) {
            Notifier notifier = app.getBean(Notifier.class);
            long start = System.nanoTime();
            for (int i = 0; i < reminders; i++) {
                notifier.notify(10_000 + i, "bench:" + i, List.of(Reply.text("🎂 reminder " + i)));
            }
            while (api.calls("sendMessage").size() < reminders && System.nanoTime() - start < 120_000_000_000L) {
                Thread.sleep(20);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "delivery: %d reminders to %d chats in %.1f s = %.1f messages/s (limit 30/s)%n",
                    api.calls("sendMessage").size(), reminders, seconds, api.calls("sendMessage").size() / seconds);
        }
    }

    private static long timed(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return System.nanoTime() - start;
    }

    private ReminderBenchmark() {
    }
}
