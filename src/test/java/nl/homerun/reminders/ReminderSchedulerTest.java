package nl.homerun.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import nl.homerun.MutableClock;
import nl.homerun.coach.Coach;
import nl.homerun.coach.InboundEvent;
import nl.homerun.coach.Notifier;
import nl.homerun.coach.Reply;
import nl.homerun.contacts.Contact;
import nl.homerun.contacts.Contacts;
import nl.homerun.dates.TypedDate;
import nl.homerun.followups.FollowUps;
import nl.homerun.reminders.ReminderTestChannel.Recorder;
import nl.homerun.users.UserAccounts;

/** Reminders with a clock the test moves: on time in the user's zone, once, never lost. */
@SpringBootTest(properties = {"mongodb.embedded=memory", "homerun.reminder-tick=PT1000H"})
@Import(ReminderTestChannel.class)
class ReminderSchedulerTest {

    private static final long ANNA = 9101;

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
    @Autowired
    UserAccounts users;
    @Autowired
    ReminderPlanner planner;
    @Autowired
    ReminderMessages messages;
    @Autowired
    MissedReminders missed;
    @Autowired
    ReminderSettings settings;

    @BeforeEach
    void clean() {
        for (String name : database.listCollectionNames()) {
            database.getCollection(name).deleteMany(new Document());
        }
        recorder.sent.clear();
        recorder.clock = clock;
        clock.set(Instant.parse("2026-03-01T06:00:00Z"));
    }

    @Test
    void aBirthdayIsAnnouncedAWeekAheadAndOnTheDayAtHalfPastEightLocalTimeOnce() {
        user(ANNA, "nl", "Europe/Amsterdam");
        Contact jan = contacts.add(ANNA, new Contacts.Draft("Jan de Vries", "Jansen BV", null, null, null, birthday(3, 12, 1978)));
        contacts.setFact(ANNA, jan.id(), Contact.Fact.SPORT, "hockey");
        contacts.setFact(ANNA, jan.id(), Contact.Fact.FAMILY, "getrouwd met Anja, twee zoons");
        clock.set(Instant.parse("2026-03-04T10:00:00Z"));
        coach.handle(new InboundEvent(ANNA, ANNA, "nl", new InboundEvent.Text("Jan belde over de nieuwe vestiging.")));

        at("2026-03-05T07:29:00Z");
        assertThat(recorder.reminders()).isEmpty();
        at("2026-03-05T07:30:00Z"); // 08:30 in Amsterdam (winter time)
        at("2026-03-05T09:00:00Z");
        at("2026-03-12T07:30:00Z");
        at("2026-03-12T12:00:00Z");

        assertThat(recorder.reminders()).hasSize(2);
        assertThat(recorder.reminders().get(0).text()).contains("<b>Jan de Vries</b> is jarig op donderdag 12 maart 2026 (wordt 48)")
                .contains("Laatste notitie (4 mrt. 2026): Jan belde over de nieuwe vestiging.")
                .contains("Jansen BV").contains("sport: hockey").doesNotContain("Te laat");
        assertThat(recorder.reminders().get(1).text()).contains("<b>Jan de Vries</b> is vandaag jarig (wordt 48)!")
                .contains("Gefeliciteerd, Jan! Maak er een mooie dag van. Doe de groeten aan Anja.");
        assertThat(recorder.reminders()).extracting(Recorder.Sent::key).doesNotHaveDuplicates();
    }

    @Test
    void theReminderTimeFollowsDaylightSavingAndA29FebruaryBirthdayComesOnThe28thInOtherYears() {
        user(ANNA, "en", "Europe/Amsterdam");
        contacts.add(ANNA, new Contacts.Draft("Summer Time", null, null, null, null, birthday(3, 29, null)));
        contacts.add(ANNA, new Contacts.Draft("Leap Day", null, null, null, null, birthday(2, 29, 1984)));

        clock.set(Instant.parse("2027-02-20T06:00:00Z"));
        at("2027-02-21T07:30:00Z");
        at("2027-02-28T07:30:00Z");
        assertThat(texts()).containsExactly("Leap Day</b> has a birthday on Sunday, February 28, 2027 (turns 43)",
                "Leap Day</b> has a birthday today (turns 43)");

        recorder.sent.clear();
        clock.set(Instant.parse("2027-03-29T06:29:00Z"));
        at("2027-03-29T06:29:00Z");
        assertThat(recorder.reminders()).filteredOn(s -> s.text().contains("Summer Time</b> has a birthday today")).isEmpty();
        at("2027-03-29T06:30:00Z"); // 08:30 summer time, two days after the clocks went forward
        assertThat(recorder.reminders()).filteredOn(s -> s.text().contains("Summer Time</b> has a birthday today")).hasSize(1);
    }

    @Test
    void remindersMissedWhileDownStillGoOutMarkedLate() {
        user(ANNA, "nl", "Europe/Amsterdam");
        contacts.add(ANNA, new Contacts.Draft("Jan de Vries", null, null, null, null, birthday(3, 12, null)));
        followUps.create(ANNA, "Offerte sturen", LocalDate.parse("2026-03-10"));
        at("2026-03-02T07:30:00Z");
        assertThat(recorder.reminders()).isEmpty();

        at("2026-03-12T10:00:00Z"); // down from the 2nd to the 12th

        assertThat(recorder.reminders()).extracting(Recorder.Sent::text).containsExactly(
                "⏰ <i>Te laat: Homerun draaide niet toen dit moest komen.</i>\n📌 Gepland voor dinsdag 10 maart 2026: Offerte sturen",
                "⏰ <i>Te laat: Homerun draaide niet toen dit moest komen.</i>\n🎂 <b>Jan de Vries</b> is vandaag jarig!\n"
                        + "Een belletje of een kaart vandaag doet wonderen. Bijvoorbeeld: “Gefeliciteerd, Jan! Maak er een mooie dag van.”");
        // the week-ahead notice of the 5th is not sent: the birthday itself has come
        at("2026-03-13T10:00:00Z");
        assertThat(recorder.reminders()).hasSize(2);
    }

    @Test
    void twoSchedulersAtOnceSendEachReminderOnce() throws Exception {
        for (int i = 0; i < 20; i++) {
            user(ANNA + i, "nl", "Europe/Amsterdam");
            contacts.add(ANNA + i, new Contacts.Draft("Contact " + i, null, null, null, null, birthday(3, 12, null)));
        }
        ReminderScheduler other = new ReminderScheduler(users, planner, new OccurrenceRepository(database, clock), messages,
                missed, providerOf(recorder), clock, Duration.ofHours(1000), Duration.ofDays(7));
        clock.set(Instant.parse("2026-03-12T08:00:00Z"));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        Future<Integer> first = pool.submit(() -> {
            go.await();
            return scheduler.tick();
        });
        Future<Integer> second = pool.submit(() -> {
            go.await();
            return other.tick();
        });
        go.countDown();
        assertThat(first.get() + second.get()).isEqualTo(20);
        pool.shutdown();
        assertThat(recorder.sent).hasSize(20).extracting(Recorder.Sent::key).doesNotHaveDuplicates();
    }

    @Test
    void aCrashWhileSendingIsRetriedAfterTheLeaseUnderTheSameKey() {
        user(ANNA, "nl", "Europe/Amsterdam");
        contacts.add(ANNA, new Contacts.Draft("Jan de Vries", null, null, null, null, birthday(3, 12, null)));
        recorder.failNext = true;
        clock.set(Instant.parse("2026-03-12T07:31:00Z"));
        try {
            scheduler.tick();
        } catch (IllegalStateException expected) {
            // the process "died" mid-send: the occurrence stays claimed
        }
        at("2026-03-12T07:33:00Z");
        assertThat(recorder.sent).isEmpty();
        at("2026-03-12T07:37:00Z"); // the lease (5 minutes) ran out
        assertThat(recorder.sent).hasSize(1);
        assertThat(recorder.sent.get(0).key()).isEqualTo("reminder:birthday:" + contacts.all(ANNA).get(0).id() + ":2026-03-12");
    }

    @Test
    void aTaskIsRemindedOnItsDayAndCanBeMovedToTomorrow() {
        user(ANNA, "nl", "Europe/Amsterdam");
        Contact jan = contacts.add(ANNA, new Contacts.Draft("Jan de Vries", "Jansen BV", null, null, null, null));
        var task = followUps.create(ANNA, "Bel over de offerte", LocalDate.parse("2026-03-03"), null, jan.id());
        at("2026-03-03T07:30:00Z");
        Recorder.Sent reminder = recorder.sent.get(0);
        assertThat(reminder.text()).isEqualTo("📌 Vandaag: Bel over de offerte — Jan de Vries, Jansen BV");
        assertThat(reminder.buttons().get(0)).extracting(nl.homerun.coach.Button::label).containsExactly("✔️ Klaar", "Morgen", "Volgende week");

        List<Reply> moved = coach.handle(new InboundEvent(ANNA, ANNA, "nl", new InboundEvent.ButtonPress(reminder.buttons().get(0).get(1).action())));
        assertThat(moved.get(0).text()).isEqualTo("Verzet naar 4 mrt. 2026.");
        at("2026-03-03T12:00:00Z");
        at("2026-03-04T07:30:00Z");
        assertThat(recorder.sent).hasSize(2);
        assertThat(followUps.find(ANNA, task.id()).orElseThrow().due()).isEqualTo(LocalDate.parse("2026-03-04"));
    }

    @Test
    void theReminderOfTheTaskForAPreparedCallLeadsBackToWhatWasSaid() {
        user(ANNA, "nl", "Europe/Amsterdam");
        contacts.add(ANNA, new Contacts.Draft("Jan de Vries", "Jansen BV", null, null, null, null));
        chat("/nazorg Jan");
        tap(chat("overmorgen"), "📌 Taak maken voor 3 maart 2026");
        tap(tap(chat("/verder"), "Verwijzingen"), "❌ Nee");
        at("2026-03-03T07:30:00Z");
        Recorder.Sent reminder = recorder.sent.get(0);
        assertThat(reminder.text()).isEqualTo("📌 Vandaag: Nazorggesprek met Jan de Vries — Jansen BV");
        assertThat(reminder.buttons().get(1)).extracting(nl.homerun.coach.Button::label).containsExactly("📝 Wat is er gezegd?");

        List<Reply> back = coach.handle(new InboundEvent(ANNA, ANNA, "nl", new InboundEvent.ButtonPress(reminder.buttons().get(1).get(0).action())));
        assertThat(back.get(back.size() - 1).text()).contains("Nazorggesprek voorbereiden</b> · 8/8", "wat is er gezegd?");
    }

    private List<Reply> chat(String text) {
        return coach.handle(new InboundEvent(ANNA, ANNA, "nl", new InboundEvent.Text(text)));
    }

    private List<Reply> tap(List<Reply> replies, String label) {
        String action = replies.stream().flatMap(r -> r.buttons().stream()).flatMap(List::stream)
                .filter(b -> b.label().equals(label)).map(nl.homerun.coach.Button::action).findFirst().orElseThrow();
        return coach.handle(new InboundEvent(ANNA, ANNA, "nl", new InboundEvent.ButtonPress(action)));
    }

    @Test
    void aTaskWithATimeBeforeTheReminderTimeIsRemindedAnHourBeforeIt() {
        user(ANNA, "nl", "Europe/Amsterdam");
        followUps.create(ANNA, "Ontbijtsessie", LocalDate.parse("2026-03-03"), java.time.LocalTime.of(8, 0), null);
        at("2026-03-03T05:59:00Z");
        assertThat(recorder.sent).isEmpty();
        at("2026-03-03T06:00:00Z"); // 07:00 in Amsterdam, an hour before 08:00 and before the 08:30 reminder time
        assertThat(recorder.sent).extracting(Recorder.Sent::text).containsExactly("📌 Vandaag: Ontbijtsessie (08:00)");
    }

    @Test
    void anAAccountIsDueMonthlyAndANoteResetsTheRhythm() {
        user(ANNA, "nl", "Europe/Amsterdam");
        Contact jan = contacts.add(ANNA, new Contacts.Draft("Jan de Vries", "Jansen BV", null, null, null, null));
        contacts.setTier(ANNA, jan.id(), Contact.Tier.A);
        Contact piet = contacts.add(ANNA, new Contacts.Draft("Piet Bakker", null, null, null, null, null));
        contacts.setTier(ANNA, piet.id(), Contact.Tier.A);

        at("2026-03-20T10:00:00Z");
        coach.handle(new InboundEvent(ANNA, ANNA, "nl", new InboundEvent.Text("Koffie met Jan de Vries gedaan.")));
        at("2026-03-31T07:30:00Z"); // 30 days after both were added (1 March)
        assertThat(recorder.reminders()).extracting(Recorder.Sent::text).singleElement().asString()
                .startsWith("🔁 Tijd voor contact met <b>Piet Bakker</b>").contains("elke 30 dagen");
        assertThat(coach.handle(new InboundEvent(ANNA, ANNA, "nl", new InboundEvent.Text("/achterstand"))).get(0).text())
                .contains("Achterstand (1)").contains("Piet Bakker [A]").doesNotContain("Jan de Vries");

        at("2026-04-19T07:30:00Z"); // 30 days after the note about Jan
        assertThat(recorder.reminders()).extracting(Recorder.Sent::text).filteredOn(t -> t.contains("Jan de Vries")).hasSize(1);
        at("2026-04-30T07:30:00Z"); // Piet: a second full month without contact
        assertThat(recorder.reminders()).extracting(Recorder.Sent::text).filteredOn(t -> t.contains("Piet Bakker")).hasSize(2);
    }

    @Test
    void theUserChoosesTheTimeRemindersArrive() {
        user(ANNA, "nl", "Europe/Amsterdam");
        contacts.add(ANNA, new Contacts.Draft("Jan de Vries", null, null, null, null, birthday(3, 12, null)));
        at("2026-03-11T07:00:00Z");
        assertThat(say("/herinneringen 9 uur")).startsWith("Ik kan \"9 uur\" niet als tijd lezen.");
        assertThat(say("/herinneringen 9:15")).startsWith("Herinneringen komen om <b>09:15</b> (Europe/Amsterdam");

        at("2026-03-12T07:30:00Z");
        assertThat(recorder.sent).filteredOn(s -> s.text().contains("vandaag jarig")).isEmpty();
        at("2026-03-12T08:15:00Z"); // 09:15 in Amsterdam
        assertThat(recorder.sent).filteredOn(s -> s.text().contains("vandaag jarig")).hasSize(1);
    }

    @Test
    void aTaskIsSetByHandWithItsDayAsTyped() {
        user(ANNA, "nl", "Europe/Amsterdam");
        clock.set(Instant.parse("2026-03-06T10:00:00Z")); // a Friday
        assertThat(say("/taak Bel Jansen over de offerte volgende week dinsdag"))
                .isEqualTo("📌 Taak: Bel Jansen over de offerte\nOp dinsdag 10 maart 2026.");
        assertThat(say("/taak Offerte sturen op 12 maart")).isEqualTo("📌 Taak: Offerte sturen\nOp donderdag 12 maart 2026.");
        assertThat(say("/taak Bel Jansen binnenkort")).startsWith("Geef de taak en de dag");
        assertThat(followUps.open(ANNA)).extracting(nl.homerun.followups.FollowUp::text)
                .containsExactly("Bel Jansen over de offerte", "Offerte sturen");
    }

    private String say(String text) {
        return coach.handle(new InboundEvent(ANNA, ANNA, "nl", new InboundEvent.Text(text))).get(0).text();
    }

    @Test
    void onMondayTheDigestGathersTheWeek() {
        user(ANNA, "nl", "Europe/Amsterdam");
        contacts.add(ANNA, new Contacts.Draft("Jan de Vries", null, null, null, null, birthday(3, 12, null)));
        Contact piet = contacts.add(ANNA, new Contacts.Draft("Piet Bakker", null, null, null, null, null));
        contacts.setTier(ANNA, piet.id(), Contact.Tier.A);
        followUps.create(ANNA, "Offerte sturen", LocalDate.parse("2026-03-06"));
        at("2026-03-20T10:00:00Z");
        coach.handle(new InboundEvent(ANNA, ANNA, "nl", new InboundEvent.Text("De levering was weer te laat, de inkoper is woedend.")));

        at("2026-04-06T07:30:00Z"); // Monday 6 April, after being down since 20 March

        String digest = recorder.sent.stream().map(Recorder.Sent::text).filter(t -> t.contains("Je week"))
                .reduce((a, b) -> b).orElseThrow();
        assertThat(digest).contains("Contact nodig (1)").contains("🔁 Piet Bakker [A]")
                .contains("Klachten zonder vervolg (1)").contains("De levering was weer te laat, de inkoper is woedend.")
                .contains("Open taken (1)").contains("⚠️ Offerte sturen");
        // of the Mondays missed (23 and 30 March) and today, only today's digest is sent: one current digest
        List<String> digestKeys = recorder.sent.stream().filter(s -> s.text().contains("Je week")).map(Recorder.Sent::key).toList();
        assertThat(digestKeys).containsExactly("reminder:digest:" + ANNA + ":2026-04-06");
    }

    @Test
    void aSimulatedYearForUsersInThreeTimeZones() {
        List<String> zones = List.of("Europe/Amsterdam", "Europe/London", "America/New_York");
        int[][] birthdays = {{1, 1}, {2, 29}, {3, 29}, {3, 30}, {6, 15}, {10, 25}, {10, 26}, {11, 1}, {12, 31}};
        for (int u = 0; u < zones.size(); u++) {
            user(ANNA + u, "en", zones.get(u));
            for (int[] b : birthdays) {
                contacts.add(ANNA + u, new Contacts.Draft("Born " + b[0] + "-" + b[1], null, null, null, null, birthday(b[0], b[1], null)));
            }
        }
        clock.set(Instant.parse("2026-12-20T00:00:00Z"));
        // the first user also keeps an A-account, writes about it every 45 days, and snoozes a task three times
        Contact account = contacts.add(ANNA, new Contacts.Draft("Klant Van Dam", null, null, null, null, null));
        contacts.setTier(ANNA, account.id(), Contact.Tier.A);
        var task = followUps.create(ANNA, "Offerte nabellen", LocalDate.parse("2027-02-01"));
        int snoozes = 0;
        for (LocalDate day = LocalDate.parse("2026-12-20"); day.isBefore(LocalDate.parse("2028-01-02")); day = day.plusDays(1)) {
            if (day.getDayOfYear() % 45 == 0 && day.getYear() == 2027) {
                clock.set(day.atTime(10, 0).toInstant(java.time.ZoneOffset.UTC));
                coach.handle(new InboundEvent(ANNA, ANNA, "en", new InboundEvent.Text("Lunch with Klant Van Dam, all fine.")));
            }
            for (int hour : new int[] {6, 7, 8, 12, 13, 14}) {
                at(day.atTime(hour, 40).toInstant(java.time.ZoneOffset.UTC).toString());
                List<Recorder.Sent> taskReminders = recorder.sent.stream().filter(s -> s.text().contains("Due today: Offerte nabellen")).toList();
                if (taskReminders.size() > snoozes && snoozes < 3) {
                    String tomorrow = taskReminders.get(taskReminders.size() - 1).buttons().get(0).get(1).action();
                    coach.handle(new InboundEvent(ANNA, ANNA, "en", new InboundEvent.ButtonPress(tomorrow)));
                    snoozes++;
                }
            }
        }
        // the task came on 1 February and, snoozed, on the 2nd, 3rd and 4th; then it stays open without new reminders
        assertThat(recorder.sent).filteredOn(s -> s.text().contains("Due today: Offerte nabellen"))
                .extracting(s -> s.at().atZone(ZoneId.of("Europe/Amsterdam")).toLocalDate().toString())
                .containsExactly("2027-02-01", "2027-02-02", "2027-02-03", "2027-02-04");
        assertThat(followUps.find(ANNA, task.id()).orElseThrow().due()).isEqualTo(LocalDate.parse("2027-02-04"));
        // a note every 45 days resets a 30-day rhythm: a reminder 30 days after the last contact, none in between
        List<LocalDate> expected = new ArrayList<>(List.of(LocalDate.parse("2027-01-19"))); // 30 days after it was added
        for (int note = 45; note <= 360; note += 45) {
            LocalDate due = LocalDate.ofYearDay(2027, note).plusDays(30);
            if (due.isBefore(LocalDate.parse("2028-01-02"))) {
                expected.add(due);
            }
        }
        assertThat(recorder.sent).filteredOn(s -> s.text().contains("get in touch with <b>Klant Van Dam</b>"))
                .extracting(s -> s.at().atZone(ZoneId.of("Europe/Amsterdam")).toLocalDate())
                .containsExactlyElementsOf(expected);
        for (int u = 0; u < zones.size(); u++) {
            ZoneId zone = ZoneId.of(zones.get(u));
            long user = ANNA + u;
            List<Recorder.Sent> mine = recorder.sent.stream().filter(s -> s.user() == user).toList();
            for (Recorder.Sent sent : mine) {
                LocalTime local = sent.at().atZone(zone).toLocalTime();
                assertThat(local).as("%s in %s", sent.text(), zone).isBetween(LocalTime.of(8, 30), LocalTime.of(9, 30));
                assertThat(sent.text()).doesNotContain("Late");
            }
            for (int[] b : birthdays) {
                String name = "Born " + b[0] + "-" + b[1] + "</b> has a birthday today";
                // 20 December 2026 to 1 January 2028 holds 31 December and 1 January twice, every other day once
                // (29 February on the 28th in 2027)
                boolean twice = (b[0] == 1 && b[1] == 1) || (b[0] == 12 && b[1] == 31);
                assertThat(mine).as(name).filteredOn(s -> s.text().contains(name)).hasSize(twice ? 2 : 1);
            }
            assertThat(mine).extracting(Recorder.Sent::key).doesNotHaveDuplicates();
        }
    }

    private void at(String instant) {
        clock.set(Instant.parse(instant));
        scheduler.tick();
    }

    private List<String> texts() {
        return recorder.reminders().stream().map(s -> s.text().substring(s.text().indexOf("<b>") + 3, s.text().indexOf(")") + 1)).toList();
    }

    private void user(long id, String language, String zone) {
        accounts.visit(id, language);
        accounts.changeTimeZone(id, ZoneId.of(zone));
    }

    private static TypedDate birthday(int month, int day, Integer year) {
        return new TypedDate(MonthDay.of(month, day), year == null ? OptionalInt.empty() : OptionalInt.of(year));
    }

    private static org.springframework.beans.factory.ObjectProvider<Notifier> providerOf(Notifier notifier) {
        org.springframework.beans.factory.support.StaticListableBeanFactory factory =
                new org.springframework.beans.factory.support.StaticListableBeanFactory();
        factory.addBean("notifier", notifier);
        return factory.getBeanProvider(Notifier.class);
    }
}
