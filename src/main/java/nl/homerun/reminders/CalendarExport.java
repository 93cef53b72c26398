package nl.homerun.reminders;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.MonthDay;
import java.util.List;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.springframework.stereotype.Component;

import nl.homerun.coach.Attachment;
import nl.homerun.coach.ChatFeature;
import nl.homerun.coach.Command;
import nl.homerun.coach.CommandSpec;
import nl.homerun.coach.Reply;
import nl.homerun.coach.Turn;
import nl.homerun.contacts.Contact;
import nl.homerun.contacts.Contacts;
import nl.homerun.followups.FollowUp;
import nl.homerun.followups.FollowUps;

/**
 * {@code /agenda} ({@code /calendar}): an .ics file to import on the phone, with every contact's birthday as a
 * yearly all-day event and every open task on its day. Event ids are stable, so importing again updates rather
 * than doubles.
 */
@Component
class CalendarExport implements ChatFeature {

    private final Contacts contacts;
    private final FollowUps followUps;
    private final Clock clock;

    CalendarExport(Contacts contacts, FollowUps followUps, Clock clock) {
        this.contacts = contacts;
        this.followUps = followUps;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "cal";
    }

    @Override
    public List<CommandSpec> commands() {
        return List.of(new CommandSpec("agenda", "calendar", "reminders.calendar.description"));
    }

    @Override
    public List<Reply> onCommand(Turn turn, Command command) {
        List<Contact> withBirthday = contacts.all(turn.userId()).stream().filter(c -> c.birthday() != null).toList();
        List<FollowUp> open = followUps.open(turn.userId());
        if (withBirthday.isEmpty() && open.isEmpty()) {
            return List.of(turn.say("reminders.calendar.empty"));
        }
        return List.of(Reply.file(turn.text("reminders.calendar.caption", withBirthday.size(), open.size()),
                new Attachment("homerun.ics", "text/calendar", ics(turn, withBirthday, open))));
    }

    byte[] ics(Turn turn, List<Contact> birthdays, List<FollowUp> tasks) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Homerun//Homerun " + turn.language().code() + "//"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        int thisYear = turn.user().today(clock).getYear();
        for (Contact contact : birthdays) {
            boolean leapDay = contact.birthday().day().equals(MonthDay.of(2, 29));
            // on 29 February: the last day of February every year (the 28th in other years), from a leap year
            int firstYear = contact.birthday().year().orElse(leapDay ? 2024 : thisYear);
            VEvent event = new VEvent(contact.birthday().on(firstYear), turn.text("reminders.calendar.birthday", contact.name()));
            event.add(new RRule<>(leapDay ? "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1" : "FREQ=YEARLY"));
            event.add(new Uid("birthday-" + contact.id() + "@homerun"));
            calendar.add(event);
        }
        for (FollowUp task : tasks) {
            String summary = "📌 " + followUps.describe(task);
            VEvent event = task.time() == null ? new VEvent(task.due(), summary)
                    : new VEvent(task.due().atTime(task.time()).atZone(turn.user().timeZone()), java.time.Duration.ofMinutes(30),
                            summary);
            event.add(new Uid("task-" + task.id() + "@homerun"));
            calendar.add(event);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
