package nl.homerun.reminders;

import java.time.LocalDate;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import nl.homerun.coach.Html;
import nl.homerun.coach.Messages;
import nl.homerun.coach.Reply;
import nl.homerun.contacts.Contact;
import nl.homerun.contacts.Contacts;
import nl.homerun.followups.FollowUp;
import nl.homerun.followups.FollowUps;
import nl.homerun.followups.TaskAction;
import nl.homerun.notes.NoteHistory;
import nl.homerun.users.Language;
import nl.homerun.users.UserProfile;

/** What a reminder says: a birthday with what you know of the person, or a task with buttons to tick it off or move it. */
@Component
class ReminderMessages {

    private final Contacts contacts;
    private final FollowUps followUps;
    private final Messages messages;
    private final WeeklyDigest digest;
    private final NoteHistory history;

    ReminderMessages(Contacts contacts, FollowUps followUps, Messages messages, WeeklyDigest digest, NoteHistory history) {
        this.history = history;
        this.contacts = contacts;
        this.followUps = followUps;
        this.messages = messages;
        this.digest = digest;
    }

    /** Empty when what it was about is gone (the contact deleted, the task done). */
    Optional<Reply> of(Occurrence occurrence, UserProfile user, boolean late) {
        Language language = user.language();
        String prefix = late ? messages.get(language, "reminders.late") + "\n" : "";
        return switch (occurrence.kind()) {
            case BIRTHDAY, BIRTHDAY_AHEAD -> contacts.find(user.id(), occurrence.subject())
                    .filter(c -> c.birthday() != null)
                    .map(c -> Reply.text(prefix + birthday(occurrence, c, user)));
            case TASK -> followUps.find(user.id(), occurrence.subject()).filter(t -> !t.done())
                    .map(t -> task(prefix, t, language));
            case DIGEST -> digest.of(user, occurrence.dueAt().atZone(user.timeZone()).toLocalDate()).map(d -> Reply.text(prefix + d));
            case STAY_IN_TOUCH -> contacts.find(user.id(), occurrence.subject())
                    .filter(c -> ReminderPlanner.isDueForContact(c, occurrence.dueAt().atZone(user.timeZone()).toLocalDate(), user))
                    .map(c -> Reply.text(prefix + messages.get(language, "reminders.stayInTouch", c.name(),
                            language.format(c.lastTouched(user.timeZone()), FormatStyle.LONG), c.cadenceDays())));
        };
    }

    private String birthday(Occurrence occurrence, Contact contact, UserProfile user) {
        Language language = user.language();
        LocalDate day = occurrence.dueAt().atZone(user.timeZone()).toLocalDate();
        LocalDate birthday = occurrence.kind() == Occurrence.Kind.BIRTHDAY ? day
                : nextBirthday(contact, day);
        StringBuilder text = new StringBuilder();
        String age = contact.birthday().year().isPresent()
                ? messages.get(language, "reminders.age", birthday.getYear() - contact.birthday().year().getAsInt()) : "";
        if (occurrence.kind() == Occurrence.Kind.BIRTHDAY) {
            text.append(messages.get(language, "reminders.birthday.today", contact.name(), age));
            String greetings = BirthdayWish.greetingsTo(contact)
                    .map(to -> " " + (to.isEmpty() ? messages.get(language, "reminders.birthday.family")
                            : messages.get(language, "reminders.birthday.greetings", to))).orElse("");
            text.append("\n").append(messages.get(language, "reminders.birthday.suggest", firstName(contact), greetings));
        } else {
            text.append(messages.get(language, "reminders.birthday.ahead", contact.name(),
                    language.format(birthday, FormatStyle.FULL), age));
            text.append("\n").append(messages.get(language, "reminders.birthday.prepare"));
        }
        if (contact.account() != null) {
            text.append("\n🏢 ").append(Html.escape(contact.account()));
        }
        contact.facts().forEach((fact, value) -> text.append("\n• ")
                .append(messages.get(language, "contacts.fact." + fact.name().toLowerCase())).append(": ").append(Html.escape(value)));
        history.lastAbout(user.id(), contact.id()).ifPresent(note -> text.append("\n").append(messages.get(language,
                "reminders.lastNote", language.format(note.at().atZone(user.timeZone()).toLocalDate(), FormatStyle.MEDIUM),
                note.text().length() > 200 ? note.text().substring(0, 197) + "…" : note.text())));
        if (contact.lastContact() != null) {
            text.append("\n").append(messages.get(language, "reminders.lastContact",
                    language.format(contact.lastContact(), FormatStyle.LONG)));
        }
        return text.toString();
    }

    private static LocalDate nextBirthday(Contact contact, LocalDate from) {
        LocalDate thisYear = contact.birthday().on(from.getYear());
        return thisYear.isBefore(from) ? contact.birthday().on(from.getYear() + 1) : thisYear;
    }

    private Reply task(String prefix, FollowUp task, Language language) {
        return Reply.withButtons(prefix + messages.get(language, "reminders.task",
                followUps.describe(task) + (task.time() == null ? "" : " (" + task.time() + ")")), List.of(List.of(
                new TaskAction.Done(task.id(), true).button(messages.get(language, "reminders.task.done")),
                new TaskAction.Move(task.id(), true).button(messages.get(language, "reminders.task.tomorrow")),
                new TaskAction.Move(task.id(), false).button(messages.get(language, "reminders.task.week")))));
    }

    private static String firstName(Contact contact) {
        return contact.name().split(" ")[0];
    }
}
