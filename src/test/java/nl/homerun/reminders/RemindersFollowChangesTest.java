package nl.homerun.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import nl.homerun.MutableClock;
import nl.homerun.coach.Button;
import nl.homerun.coach.Coach;
import nl.homerun.coach.InboundEvent;
import nl.homerun.coach.Reply;
import nl.homerun.contacts.Contact;
import nl.homerun.contacts.Contacts;
import nl.homerun.dates.TypedDate;
import nl.homerun.followups.FollowUp;
import nl.homerun.followups.FollowUps;
import nl.homerun.reminders.ReminderTestChannel.Recorder;
import nl.homerun.users.UserAccounts;

/**
 * What is planned follows every change at once: a birthday corrected or removed, a contact deleted or given another
 * rhythm, a task moved, done or deleted, a note deleted with its task, the user's time zone. And after downtime the
 * missed days arrive as a person would want them: once, marked late only when they were due while Homerun was down,
 * one current digest, and what is older than a week in one message.
 * <p>Homerun "runs" while the test ticks the scheduler at {@link #SLOTS} every day; it is "down" when the test moves
 * the clock on without ticking.
 */
@SpringBootTest(properties = {"mongodb.embedded=memory", "homerun.reminder-tick=PT1000H"})
@Import(ReminderTestChannel.class)
class RemindersFollowChangesTest {

    private static final long ANNA = 9201;
    private static final long BOB = 9202;
    /** The local times at which the running Homerun is seen to tick every day. */
    private static final List<LocalTime> SLOTS = List.of(LocalTime.of(0, 15), LocalTime.of(6, 30), LocalTime.of(7, 0),
            LocalTime.of(7, 30), LocalTime.of(8, 0), LocalTime.of(8, 30), LocalTime.of(9, 0), LocalTime.of(9, 30),
            LocalTime.of(12, 0), LocalTime.of(16, 0), LocalTime.of(20, 0));
    private static final String LATE = "⏰ <i>Te laat: Homerun draaide niet toen dit moest komen.</i>";

    @Autowired
    ReminderScheduler scheduler;
    @Autowired
    Recorder recorder;
    @Autowired
    MutableClock clock;
    @Autowired
    Contacts contacts;
    @Autowired
    FollowUps followUps;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Coach coach;
    @Autowired
    MongoDatabase database;

    @BeforeEach
    void clean() {
        for (String name : database.listCollectionNames()) {
            database.getCollection(name).deleteMany(new Document());
        }
        recorder.sent.clear();
        recorder.clock = clock;
    }

    @Test
    void aCorrectedBirthdayIsRemindedOnTheNewDayAndNeverOnTheOldOne() {
        start("2026-11-20T10:00", "Europe/Amsterdam");
        Contact sophie = contacts.add(ANNA, new Contacts.Draft("Sophie de Boer", null, null, null, null, birthday(12, 1)));

        runUntil("2026-11-30T12:00"); // 1 December is planned by now
        assertThat(pending()).contains("birthday:" + sophie.id() + ":2026-12-01");
        contacts.setBirthday(ANNA, sophie.id(), birthday(5, 5)); // "1-12" was wrong: 5 mei
        assertThat(pending()).noneMatch(id -> id.startsWith("birthday:"));
        runUntil("2027-05-06T12:00");

        assertThat(log()).containsExactly(
                "2026-11-24 08:30 🎂 <b>Sophie de Boer</b> is jarig op dinsdag 1 december 2026.",
                "2026-11-30 08:30 ☀️ <b>Je week</b>",
                "2027-04-28 08:30 🎂 <b>Sophie de Boer</b> is jarig op woensdag 5 mei 2027.",
                "2027-05-03 08:30 ☀️ <b>Je week</b>",
                "2027-05-05 08:30 🎂 <b>Sophie de Boer</b> is vandaag jarig!");
        assertThat(digestOf("2027-05-03")).contains("🎂 Sophie de Boer — woensdag 5 mei");
    }

    @Test
    void aRemovedBirthdayADeletedContactAndAnotherRhythmLeaveNothingStale() {
        start("2026-03-01T07:00", "Europe/Amsterdam");
        Contact jan = contacts.add(ANNA, new Contacts.Draft("Jan de Vries", null, null, null, null, birthday(3, 12)));
        Contact kees = contacts.add(ANNA, new Contacts.Draft("Kees Smit", null, null, null, null, birthday(3, 12)));
        Contact piet = contacts.add(ANNA, new Contacts.Draft("Piet Bakker", null, null, null, null, birthday(3, 12)));
        contacts.setTier(ANNA, piet.id(), Contact.Tier.A); // every 30 days: 31 March

        runUntil("2026-03-11T20:00");
        contacts.clearBirthday(ANNA, jan.id());
        contacts.delete(ANNA, kees.id());
        assertThat(pending()).noneMatch(id -> id.contains(jan.id()) || id.contains(kees.id()));
        runUntil("2026-03-14T20:00");
        contacts.setEvery(ANNA, piet.id(), 14); // due on the 15th, two weeks after he was added
        runUntil("2026-03-28T20:00");
        contacts.setEvery(ANNA, piet.id(), null); // back to the tier's 30 days: not on the 29th
        runUntil("2026-03-30T20:00");
        contacts.setTier(ANNA, piet.id(), Contact.Tier.C); // no rhythm at all: not on the 31st
        assertThat(pending()).noneMatch(id -> id.startsWith("stay_in_touch:"));
        runUntil("2026-04-01T12:00");

        assertThat(log()).filteredOn(line -> !line.contains("Je week")).containsExactly(
                "2026-03-05 08:30 🎂 <b>Jan de Vries</b> is jarig op donderdag 12 maart 2026.",
                "2026-03-05 08:30 🎂 <b>Kees Smit</b> is jarig op donderdag 12 maart 2026.",
                "2026-03-05 08:30 🎂 <b>Piet Bakker</b> is jarig op donderdag 12 maart 2026.",
                "2026-03-12 08:30 🎂 <b>Piet Bakker</b> is vandaag jarig!",
                "2026-03-15 08:30 🔁 Tijd voor contact met <b>Piet Bakker</b>: het laatste contact was op 1 maart 2026 (je streeft naar elke 14 dagen). Stuur iets nuttigs: een artikel over hun branche, een best practice, of bel gewoon.");
    }

    @Test
    void aTaskMovedDoneDeletedOrRenamedIsRemindedAsItIsNow() {
        start("2026-03-02T09:00", "Europe/Amsterdam");
        FollowUp moved = followUps.create(ANNA, "Offerte sturen", LocalDate.parse("2026-03-04"));
        FollowUp done = followUps.create(ANNA, "Bel Jansen", LocalDate.parse("2026-03-04"));
        FollowUp deleted = followUps.create(ANNA, "Demo voorbereiden", LocalDate.parse("2026-03-04"));
        FollowUp renamed = followUps.create(ANNA, "Contract nakijken", LocalDate.parse("2026-03-04"));

        runUntil("2026-03-03T20:00"); // the 4th is planned
        followUps.reschedule(ANNA, moved.id(), LocalDate.parse("2026-03-06"));
        followUps.complete(ANNA, done.id());
        followUps.delete(ANNA, deleted.id());
        followUps.change(ANNA, new FollowUp(renamed.id(), ANNA, "Contract nakijken met de jurist", renamed.due(), null, null,
                false, renamed.createdAt()));
        assertThat(pending()).containsExactlyInAnyOrder("task:" + renamed.id() + ":2026-03-04");
        runUntil("2026-03-07T12:00");

        assertThat(log()).filteredOn(line -> !line.contains("Je week")).containsExactly(
                "2026-03-04 08:30 📌 Vandaag: Contract nakijken met de jurist",
                "2026-03-06 08:30 📌 Vandaag: Offerte sturen");
    }

    @Test
    void aDeletedNoteTakesTheReminderOfItsTaskWithIt() {
        start("2026-03-02T09:00", "Europe/Amsterdam"); // a Monday
        List<Reply> replies = say("Ze vroegen om een offerte voor 20 extra licenties.");
        press(replies, "📌");
        assertThat(followUps.open(ANNA)).extracting(FollowUp::due).containsExactly(LocalDate.parse("2026-03-04"));
        runUntil("2026-03-03T20:00");
        assertThat(pending()).anyMatch(id -> id.startsWith("task:"));

        press(replies, "🗑");
        press(List.of(lastReply), "🗑");
        assertThat(followUps.open(ANNA)).isEmpty();
        assertThat(pending()).noneMatch(id -> id.startsWith("task:"));
        runUntil("2026-03-05T12:00");
        assertThat(log()).noneMatch(line -> line.contains("📌"));
    }

    @Test
    void aTimeZoneChangeMovesWhatIsPlannedToTheNewZone() {
        start("2026-03-01T07:00", "Europe/Amsterdam");
        Contact jan = contacts.add(ANNA, new Contacts.Draft("Jan de Vries", null, null, null, null, birthday(3, 12)));
        followUps.create(ANNA, "Offerte sturen", LocalDate.parse("2026-03-12"), null, jan.id());
        followUps.create(ANNA, "Ontbijt met Jan", LocalDate.parse("2026-03-12"), LocalTime.of(8, 0), null);
        runUntil("2026-03-11T20:00");

        assertThat(say("/tijdzone Lisbon").get(0).text()).contains("Europe/Lisbon");
        runUntil("2026-03-13T12:00"); // ticking at the same local times, now in Lisbon

        assertThat(logUtc()).filteredOn(line -> !line.contains("Je week")).containsExactly(
                "2026-03-05T07:30:00Z 🎂 <b>Jan de Vries</b> is jarig op donderdag 12 maart 2026.",
                "2026-03-12T07:00:00Z 📌 Vandaag: Ontbijt met Jan (08:00)", // an hour before 08:00 in Lisbon (UTC)
                "2026-03-12T08:30:00Z 🎂 <b>Jan de Vries</b> is vandaag jarig!",
                "2026-03-12T08:30:00Z 📌 Vandaag: Offerte sturen — Jan de Vries");
    }

    @Test
    void aChangedReminderTimeMovesWhatIsPlanned() {
        start("2026-03-01T07:00", "Europe/Amsterdam");
        contacts.add(ANNA, new Contacts.Draft("Jan de Vries", null, null, null, null, birthday(3, 12)));
        runUntil("2026-03-11T20:00");
        say("/herinneringen 07:00");
        runUntil("2026-03-12T20:00");
        assertThat(log()).filteredOn(line -> line.contains("vandaag jarig"))
                .containsExactly("2026-03-12 07:00 🎂 <b>Jan de Vries</b> is vandaag jarig!");
    }

    @Test
    void whatIsAddedAfterTheDaysReminderTimeIsNotLateAndATaskJustMadeIsNotRemindedAtOnce() {
        start("2026-03-03T07:00", "Europe/Amsterdam");
        runUntil("2026-03-03T12:00");
        contacts.add(ANNA, new Contacts.Draft("Eva Jansen", null, null, null, null, birthday(3, 3)));
        contacts.add(ANNA, new Contacts.Draft("Floor de Wit", null, null, null, null, birthday(3, 10)));
        followUps.create(ANNA, "Bel Eva", LocalDate.parse("2026-03-03")); // just made: its confirmation was the reminder
        followUps.create(ANNA, "Koffie met Floor", LocalDate.parse("2026-03-03"), LocalTime.of(12, 30), null); // within the hour
        followUps.create(ANNA, "Lunch met Eva", LocalDate.parse("2026-03-03"), LocalTime.of(17, 0), null);
        tick();
        runUntil("2026-03-04T07:00");

        assertThat(log()).containsExactly(
                "2026-03-03 12:00 🎂 <b>Eva Jansen</b> is vandaag jarig!",
                "2026-03-03 12:00 🎂 <b>Floor de Wit</b> is jarig op dinsdag 10 maart 2026.",
                "2026-03-03 16:00 📌 Vandaag: Lunch met Eva (17:00)");
        assertThat(recorder.sent).noneMatch(s -> s.text().contains("Te laat"));
    }

    @Test
    void afterFiveWeeksDownTheMissedDaysArriveOnceTheOldOnesInOneMessageWithOneCurrentDigest() {
        start("2026-03-01T07:00", "Europe/Amsterdam");
        contacts.add(ANNA, new Contacts.Draft("Jan de Vries", null, null, null, null,
                new TypedDate(MonthDay.of(3, 20), OptionalInt.of(1978))));
        contacts.add(ANNA, new Contacts.Draft("Els Visser", null, null, null, null, birthday(4, 8)));
        contacts.add(ANNA, new Contacts.Draft("Kees Smit", null, null, null, null, birthday(4, 14)));
        Contact piet = contacts.add(ANNA, new Contacts.Draft("Piet Bakker", null, null, null, null, null));
        contacts.setTier(ANNA, piet.id(), Contact.Tier.A); // due on 31 March
        followUps.create(ANNA, "Offerte sturen", LocalDate.parse("2026-03-11"));
        followUps.create(ANNA, "Bel Jansen", LocalDate.parse("2026-04-09"));
        runUntil("2026-03-02T10:00");
        say("De levering was weer te laat, de inkoper is woedend.");
        runUntil("2026-03-06T12:00");
        assertThat(log()).containsExactly("2026-03-02 08:30 ☀️ <b>Je week</b>");

        recorder.sent.clear();
        clock.set(local("2026-04-10T12:00")); // down for five weeks, back on a Friday
        tick();
        runUntil("2026-04-14T12:00");

        assertThat(log()).containsExactly(
                "2026-04-10 12:00 ⏰ <b>Gemist terwijl Homerun niet draaide</b>",
                "2026-04-10 12:00 " + LATE + " ☀️ <b>Je week</b>",
                "2026-04-10 12:00 " + LATE + " 🎂 <b>Kees Smit</b> is jarig op dinsdag 14 april 2026.",
                "2026-04-10 12:00 " + LATE + " 🎂 <b>Els Visser</b> was jarig op woensdag 8 april 2026.",
                "2026-04-10 12:00 " + LATE + " 📌 Gepland voor donderdag 9 april 2026: Bel Jansen",
                "2026-04-13 08:30 ☀️ <b>Je week</b>",
                "2026-04-14 08:30 🎂 <b>Kees Smit</b> is vandaag jarig!");
        assertThat(recorder.sent.get(0).text()).isEqualTo("""
                ⏰ <b>Gemist terwijl Homerun niet draaide</b>
                📌 Offerte sturen (woensdag 11 maart 2026)
                🎂 Jan de Vries was jarig op vrijdag 20 maart 2026 (werd 48)
                🔁 Piet Bakker: tijd voor contact sinds dinsdag 31 maart 2026
                Je open taken staan in /taken.""");
        String digest = recorder.sent.get(1).text();
        assertThat(digest).contains("Contact nodig (1)").contains("🔁 Piet Bakker [A]")
                .contains("Klachten zonder vervolg (1)").contains("De levering was weer te laat, de inkoper is woedend.")
                .contains("Open taken (2)").contains("⚠️ Offerte sturen").contains("⚠️ Bel Jansen")
                .doesNotContain("Jarig deze week"); // Els was on Wednesday, Kees is next week
        assertThat(recorder.sent.get(3).text()).contains("Een felicitatie achteraf doet het ook goed.");
        assertThat(recorder.sent).extracting(Recorder.Sent::key).doesNotHaveDuplicates();
        assertThat(digestOf("2026-04-13")).contains("🎂 Kees Smit — dinsdag 14 april")
                .contains("Klachten zonder vervolg (1)");
    }

    @Test
    void inEnglishTooThePastIsWordedAsPast() {
        accounts.visit(ANNA, "en");
        accounts.changeTimeZone(ANNA, ZoneId.of("Europe/London"));
        clock.set(local("2026-03-01T07:00"));
        contacts.add(ANNA, new Contacts.Draft("Jan de Vries", null, null, null, null,
                new TypedDate(MonthDay.of(3, 4), OptionalInt.of(1978))));
        contacts.add(ANNA, new Contacts.Draft("Emma Thompson", null, null, null, null, birthday(3, 12)));
        followUps.create(ANNA, "Send the quote", LocalDate.parse("2026-03-03"));
        runUntil("2026-03-02T12:00");

        clock.set(local("2026-03-14T12:00"));
        tick();

        assertThat(recorder.reminders()).extracting(Recorder.Sent::text).containsExactly("""
                ⏰ <b>Missed while Homerun was not running</b>
                📌 Send the quote (Tuesday, March 3, 2026)
                🎂 Jan de Vries had a birthday on Wednesday, March 4, 2026 (turned 48)
                Your open tasks are in /tasks.""", """
                ⏰ <i>Late: Homerun was not running when this was due.</i>
                🎂 <b>Emma Thompson</b> had a birthday on Thursday, March 12, 2026.
                Belated wishes are welcome too. For example: “Belated happy birthday, Emma! I hope you had a lovely day.”""");
    }

    @Test
    void aChangeOfOneUserReplansNothingOfAnother() {
        start("2026-03-01T07:00", "Europe/Amsterdam");
        accounts.visit(BOB, "nl");
        accounts.changeTimeZone(BOB, ZoneId.of("Europe/Amsterdam"));
        Contact annas = contacts.add(ANNA, new Contacts.Draft("Jan de Vries", null, null, null, null, birthday(3, 12)));
        contacts.add(BOB, new Contacts.Draft("Jan de Vries", null, null, null, null, birthday(3, 12)));
        runUntil("2026-03-11T20:00");

        contacts.setBirthday(BOB, annas.id(), birthday(5, 5)); // Bob cannot change Anna's contact
        accounts.changeTimeZone(BOB, ZoneId.of("Europe/Lisbon"));
        for (String at : List.of("2026-03-12T07:30:00Z", "2026-03-12T08:30:00Z")) {
            clock.set(Instant.parse(at));
            tick();
        }

        assertThat(recorder.sent).filteredOn(s -> s.text().contains("vandaag jarig"))
                .extracting(s -> s.user() + " " + s.at()).containsExactly(
                        ANNA + " 2026-03-12T07:30:00Z", BOB + " 2026-03-12T08:30:00Z");
    }

    // --- the running Homerun, as the test sees it

    private void start(String localStart, String zone) {
        accounts.visit(ANNA, "nl");
        accounts.changeTimeZone(ANNA, ZoneId.of(zone));
        clock.set(LocalDateTime.parse(localStart).atZone(ZoneId.of(zone)).toInstant());
    }

    /** Homerun running until then: the scheduler ticks at each slot of each day, in the user's zone as it is now. */
    private void runUntil(String localEnd) {
        Instant end = local(localEnd);
        ZonedDateTime now = clock.instant().atZone(zone());
        for (LocalDate day = now.toLocalDate(); !day.isAfter(end.atZone(zone()).toLocalDate()); day = day.plusDays(1)) {
            for (LocalTime slot : SLOTS) {
                Instant at = day.atTime(slot).atZone(zone()).toInstant();
                if (at.isAfter(clock.instant()) && !at.isAfter(end)) {
                    clock.set(at);
                    tick();
                }
            }
        }
        clock.set(end);
    }

    private void tick() {
        scheduler.tick();
    }

    private Instant local(String localTime) {
        return LocalDateTime.parse(localTime).atZone(zone()).toInstant();
    }

    private ZoneId zone() {
        return accounts.find(ANNA).orElseThrow().timeZone();
    }

    /** What Anna got, one line each: the local day and time, and the first line (after the late mark, if any). */
    private List<String> log() {
        DateTimeFormatter format = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
        return lines(s -> s.at().atZone(zone()).format(format));
    }

    private List<String> logUtc() {
        return lines(s -> s.at().toString());
    }

    private List<String> lines(java.util.function.Function<Recorder.Sent, String> when) {
        List<String> lines = new ArrayList<>();
        for (Recorder.Sent sent : recorder.sent) {
            if (sent.user() != ANNA) {
                continue;
            }
            String[] text = sent.text().split("\n");
            String first = text[0].equals(LATE) && text.length > 1 ? LATE + " " + text[1] : text[0];
            lines.add(when.apply(sent) + " " + first);
        }
        return lines;
    }

    private String digestOf(String day) {
        return recorder.sent.stream().filter(s -> s.user() == ANNA && s.text().contains("Je week"))
                .filter(s -> s.at().atZone(zone()).toLocalDate().toString().equals(day))
                .map(Recorder.Sent::text).findFirst().orElseThrow();
    }

    /** The ids of Anna's reminders still waiting to be sent. */
    private List<String> pending() {
        return database.getCollection("reminders").find(Filters.and(Filters.eq("owner", ANNA), Filters.eq("status", "pending")))
                .map(d -> d.getString("_id")).into(new ArrayList<>());
    }

    private Reply lastReply;

    private List<Reply> say(String text) {
        List<Reply> replies = coach.handle(new InboundEvent(ANNA, ANNA, "nl", new InboundEvent.Text(text)));
        lastReply = replies.get(replies.size() - 1);
        return replies;
    }

    /** Presses the first button whose label has {@code label} in it, among the replies. */
    private void press(List<Reply> replies, String label) {
        Button button = replies.stream().flatMap(r -> r.buttons().stream()).flatMap(List::stream)
                .filter(b -> b.label().contains(label)).findFirst().orElseThrow(() -> new AssertionError("no button " + label));
        List<Reply> answer = coach.handle(new InboundEvent(ANNA, ANNA, "nl", new InboundEvent.ButtonPress(button.action())));
        lastReply = answer.get(answer.size() - 1);
    }

    private static TypedDate birthday(int month, int day) {
        return new TypedDate(MonthDay.of(month, day), OptionalInt.empty());
    }
}
