package nl.homerun.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import nl.homerun.MutableClock;
import nl.homerun.accounts.Accounts;
import nl.homerun.accounts.TierReason;
import nl.homerun.coach.Coach;
import nl.homerun.coach.InboundEvent;
import nl.homerun.contacts.Contact.Tier;
import nl.homerun.contacts.Contacts;
import nl.homerun.followups.FollowUps;
import nl.homerun.reminders.ReminderTestChannel.Recorder;
import nl.homerun.users.UserAccounts;

/**
 * The goals' progress comes in Monday's digest once a month, in the first digest of the month, with a clock the test
 * moves: revenue and goals set through the coach, the digests sent by the scheduler.
 */
@SpringBootTest(properties = {"mongodb.embedded=memory", "homerun.reminder-tick=PT1000H"})
@Import(ReminderTestChannel.class)
class GoalsInTheDigestTest {

    private static final long ANNA = 9301;
    private static final long BERT = 9302;

    @Autowired
    ReminderScheduler scheduler;
    @Autowired
    Recorder recorder;
    @Autowired
    MutableClock clock;
    @Autowired
    Coach coach;
    @Autowired
    Contacts contacts;
    @Autowired
    FollowUps followUps;
    @Autowired
    UserAccounts users;
    @Autowired
    MongoDatabase database;
    @Autowired
    Accounts accounts;

    @BeforeEach
    void clean() {
        for (String name : database.listCollectionNames()) {
            database.getCollection(name).deleteMany(new Document());
        }
        recorder.sent.clear();
        recorder.clock = clock;
        clock.set(Instant.parse("2026-11-30T06:00:00Z"));
    }

    @Test
    void theFirstMondayDigestOfTheMonthCarriesTheGoalsAndTheOthersDoNot() {
        users.visit(ANNA, "nl");
        users.changeTimeZone(ANNA, ZoneId.of("Europe/Amsterdam"));
        contacts.add(ANNA, new Contacts.Draft("Jan de Vries", "Fabrikam B.V.", null, null, null, null));
        contacts.add(ANNA, new Contacts.Draft("Eva Claes", "Contoso", null, null, null, null));
        say(ANNA, "/omzet Fabrikam 2025 200k");
        say(ANNA, "/omzet Fabrikam 2026 180k");
        say(ANNA, "/omzet Contoso 2025 100k");
        say(ANNA, "/omzet Contoso 2026 20k");
        // tiers through the API the value conversation uses, and a goal of its own through the coach
        accounts.all(ANNA).forEach(a -> accounts.setTier(ANNA, a.id(), Tier.A, TierReason.BY_HAND));
        say(ANNA, "/doelen contoso 0");
        followUps.create(ANNA, "Offerte sturen", LocalDate.parse("2026-12-18"));

        at("2026-11-30T07:30:00Z"); // Monday 30 November: not the first of December
        assertThat(digests()).hasSize(1);
        assertThat(digests().get(0)).doesNotContain("Doelen");

        at("2026-12-07T07:30:00Z"); // Monday 7 December: the first Monday of the month
        String december = digests().get(1);
        assertThat(december).contains("<b>🎯 Doelen 2026 — alles in /doelen</b>\n"
                + "A (+20 %): € 200.000 van € 340.000 (59 %)\n"
                + "⚠️ Contoso [A]: 20 % van het doel\n"
                + "⚠️ Fabrikam B.V. [A]: 75 % van het doel");
        assertThat(december.indexOf("Open taken")).isLessThan(december.indexOf("Doelen"));

        at("2026-12-14T07:30:00Z");
        at("2026-12-21T07:30:00Z");
        assertThat(digests()).hasSize(4);
        assertThat(digests().subList(2, 4)).noneMatch(d -> d.contains("Doelen"));

        say(ANNA, "/omzet Fabrikam 2026 250k"); // the year's last figure: above the goal
        at("2027-01-04T07:30:00Z"); // Monday 4 January: the year just ended, nothing of 2027 yet
        String january = digests().get(digests().size() - 1);
        assertThat(january).contains("Doelen 2026").contains("A (+20 %): € 270.000 van € 340.000 (79 %)")
                .contains("⚠️ Contoso [A]: 20 % van het doel").doesNotContain("Fabrikam B.V. [A]");
    }

    @Test
    void withNothingToMeasureTheDigestSaysNothingOfGoals() {
        users.visit(BERT, "en");
        users.changeTimeZone(BERT, ZoneId.of("Europe/Amsterdam"));
        contacts.add(BERT, new Contacts.Draft("Tom Lee", "Initech", null, null, null, null));
        say(BERT, "/revenue Initech 2026 100k"); // no tier, no year before: nothing to measure
        followUps.create(BERT, "Send the quote", LocalDate.parse("2026-12-18"));
        at("2026-12-07T07:30:00Z");
        assertThat(digests()).hasSize(1);
        assertThat(digests().get(0)).contains("Your week").doesNotContain("Goals");
    }

    private List<String> digests() {
        return recorder.sent.stream().map(Recorder.Sent::text).filter(t -> t.contains("☀️")).toList();
    }

    private void say(long user, String text) {
        coach.handle(new InboundEvent(user, user, user == ANNA ? "nl" : "en", new InboundEvent.Text(text)));
    }

    private void at(String instant) {
        clock.set(Instant.parse(instant));
        scheduler.tick();
    }
}
