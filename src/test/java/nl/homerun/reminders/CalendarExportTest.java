package nl.homerun.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.OptionalInt;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import nl.homerun.coach.Coach;
import nl.homerun.coach.InboundEvent;
import nl.homerun.coach.Reply;
import nl.homerun.contacts.Contacts;
import nl.homerun.dates.TypedDate;
import nl.homerun.followups.FollowUps;

/** The .ics file reads back as a calendar: birthdays every year (29 February too), open tasks on their day. */
@SpringBootTest(properties = "mongodb.embedded=memory")
class CalendarExportTest {

    private static final long USER = 9401;

    @Autowired
    Coach coach;
    @Autowired
    Contacts contacts;
    @Autowired
    FollowUps followUps;

    @Test
    void birthdaysAndTasksImportIntoAPhoneCalendar() throws Exception {
        assertThat(calendarReply().text()).isEqualTo("Nog niets voor een agenda: geen verjaardagen en geen open taken.");
        var jan = contacts.add(USER, new Contacts.Draft("Jan de Vries", null, null, null, null,
                new TypedDate(MonthDay.of(3, 12), OptionalInt.of(1978))));
        var leap = contacts.add(USER, new Contacts.Draft("Schrikkel Kind", null, null, null, null,
                new TypedDate(MonthDay.of(2, 29), OptionalInt.empty())));
        contacts.add(USER, new Contacts.Draft("Zonder Verjaardag", null, null, null, null, null));
        var task = followUps.create(USER, "Bel Jansen, \"offerte\"; nu", LocalDate.parse("2026-12-01"));
        var withJan = followUps.create(USER, "Demo geven", LocalDate.parse("2026-12-03"), java.time.LocalTime.of(14, 30), jan.id());

        Reply reply = calendarReply();
        assertThat(reply.text()).startsWith("Importeer dit in de agenda van je telefoon: 2 verjaardagen (elk jaar) en 2 open taken.");
        assertThat(reply.attachment().fileName()).isEqualTo("homerun.ics");
        assertThat(reply.attachment().mediaType()).isEqualTo("text/calendar");

        Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(reply.attachment().content()));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(4);
        VEvent birthday = event(events, "birthday-" + jan.id() + "@homerun");
        assertThat(birthday.getSummary().getValue()).isEqualTo("🎂 Jan de Vries jarig");
        assertThat(birthday.getProperty("DTSTART").orElseThrow().getValue()).isEqualTo("19780312");
        assertThat(birthday.getProperty("RRULE").orElseThrow().getValue()).isEqualTo("FREQ=YEARLY");
        VEvent leapDay = event(events, "birthday-" + leap.id() + "@homerun");
        assertThat(leapDay.getProperty("DTSTART").orElseThrow().getValue()).isEqualTo("20240229");
        assertThat(leapDay.getProperty("RRULE").orElseThrow().getValue()).isEqualTo("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1");
        VEvent todo = event(events, "task-" + task.id() + "@homerun");
        assertThat(todo.getSummary().getValue()).isEqualTo("📌 Bel Jansen, \"offerte\"; nu");
        assertThat(todo.getProperty("DTSTART").orElseThrow().getValue()).isEqualTo("20261201");
        VEvent demo = event(events, "task-" + withJan.id() + "@homerun");
        assertThat(demo.getSummary().getValue()).isEqualTo("📌 Demo geven — Jan de Vries");
        assertThat(demo.getProperty("DTSTART").orElseThrow().getValue()).isEqualTo("20261203T143000");
        assertThat(demo.getProperty("DTSTART").orElseThrow().getParameter("TZID").orElseThrow().getValue())
                .isEqualTo("Europe/Amsterdam");
    }

    private Reply calendarReply() {
        return coach.handle(new InboundEvent(USER, USER, "nl", new InboundEvent.Text("/agenda"))).get(0);
    }

    private static VEvent event(List<VEvent> events, String uid) {
        return events.stream().filter(e -> e.getUid().orElseThrow().getValue().equals(uid)).findFirst().orElseThrow();
    }
}
