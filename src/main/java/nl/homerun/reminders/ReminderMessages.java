package nl.homerun.reminders;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import nl.homerun.coach.Button;
import nl.homerun.coach.Html;
import nl.homerun.coach.Messages;
import nl.homerun.coach.Reply;
import nl.homerun.contacts.Contact;
import nl.homerun.contacts.Contacts;
import nl.homerun.followups.FollowUp;
import nl.homerun.followups.FollowUps;
import nl.homerun.followups.TaskAction;
import nl.homerun.followups.TaskReminderButtons;
import nl.homerun.notes.NoteHistory;
import nl.homerun.users.Language;
import nl.homerun.users.UserProfile;

/**
 * What a reminder says: a birthday with what you know of the person, or a task with buttons to tick it off or move
 * it. A reminder whose day has passed (Homerun was down) says so: "was jarig", "gepland voor".
 */
@Component
class ReminderMessages {

    private final Contacts contacts;
    private final FollowUps followUps;
    private final List<TaskReminderButtons> taskButtons;
    private final Messages messages;
    private final WeeklyDigest digest;
    private final NoteHistory history;
    private final ReminderSettings settings;
    private final Clock clock;
    private final List<ReminderSource> sources;

    ReminderMessages(Contacts contacts, FollowUps followUps, Messages messages, WeeklyDigest digest, NoteHistory history,
            ReminderSettings settings, Clock clock, List<TaskReminderButtons> taskButtons, List<ReminderSource> sources) {
        this.sources = List.copyOf(sources);
        this.taskButtons = taskButtons;
        this.history = history;
        this.contacts = contacts;
        this.followUps = followUps;
        this.messages = messages;
        this.digest = digest;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Empty when what it was about no longer holds: the contact deleted or their birthday on another day, the task
     * done or moved, the rhythm changed; a week-ahead notice once the birthday itself has come, and a digest once a
     * newer Monday has (one current digest instead of several old ones).
     */
    Optional<Reply> of(Occurrence occurrence, UserProfile user, boolean late) {
        Language language = user.language();
        String prefix = late ? messages.get(language, "reminders.late") + "\n" : "";
        LocalDate day = occurrence.day();
        LocalDate today = user.today(clock);
        return switch (occurrence.kind()) {
            case BIRTHDAY -> contacts.find(user.id(), occurrence.subject())
                    .filter(c -> c.birthday() != null && ReminderPlanner.isBirthday(c, day))
                    .map(c -> Reply.text(prefix + birthday(occurrence, c, user)));
            case BIRTHDAY_AHEAD -> contacts.find(user.id(), occurrence.subject())
                    .filter(c -> c.birthday() != null && ReminderPlanner.isBirthday(c, day.plusDays(settings.of(user.id()).daysAhead()))
                            && day.plusDays(settings.of(user.id()).daysAhead()).isAfter(today))
                    .map(c -> Reply.text(prefix + birthday(occurrence, c, user)));
            case TASK -> followUps.find(user.id(), occurrence.subject()).filter(t -> !t.done() && t.due().equals(day))
                    .map(t -> task(prefix, t, language, today));
            case DIGEST -> !WeeklyDigest.mondayOf(today).equals(day) ? Optional.empty()
                    : digest.of(user, day, today).map(d -> Reply.text(prefix + d));
            case STAY_IN_TOUCH -> contacts.find(user.id(), occurrence.subject())
                    .filter(c -> ReminderPlanner.isDueForContact(c, day, user))
                    .map(c -> Reply.text(prefix + messages.get(language, "reminders.stayInTouch", c.name(),
                            language.format(c.lastTouched(user.timeZone()), FormatStyle.LONG), c.cadenceDays())));
            case SOURCE -> source(occurrence).flatMap(s -> s.reminder(user, occurrence.sourceSubject(), day))
                    .map(r -> prefix.isEmpty() ? r : new Reply(prefix + r.text(), r.buttons(), r.attachment()));
        };
    }

    /** The source of a {@link Occurrence.Kind#SOURCE} occurrence; empty when no module of that name is running. */
    Optional<ReminderSource> source(Occurrence occurrence) {
        return sources.stream().filter(s -> s.name().equals(occurrence.source())).findFirst();
    }

    private String birthday(Occurrence occurrence, Contact contact, UserProfile user) {
        Language language = user.language();
        LocalDate day = occurrence.day();
        LocalDate birthday = occurrence.kind() == Occurrence.Kind.BIRTHDAY ? day
                : nextBirthday(contact, day);
        StringBuilder text = new StringBuilder();
        boolean past = day.isBefore(user.today(clock));
        String age = contact.birthday().year().isPresent() ? messages.get(language, past ? "reminders.age.past" : "reminders.age",
                birthday.getYear() - contact.birthday().year().getAsInt()) : "";
        if (occurrence.kind() == Occurrence.Kind.BIRTHDAY && past) {
            text.append(messages.get(language, "reminders.birthday.past", contact.name(), language.format(day, FormatStyle.FULL), age));
            String greetings = BirthdayWish.greetingsTo(contact).filter(to -> !to.isEmpty())
                    .map(to -> " " + messages.get(language, "reminders.birthday.greetings", to)).orElse("");
            text.append("\n").append(messages.get(language, "reminders.birthday.belated", firstName(contact), greetings));
        } else if (occurrence.kind() == Occurrence.Kind.BIRTHDAY) {
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

    private Reply task(String prefix, FollowUp task, Language language, LocalDate today) {
        String what = followUps.describe(task) + (task.time() == null ? "" : " (" + task.time() + ")");
        String text = task.due().isBefore(today)
                ? messages.get(language, "reminders.task.past", what, language.format(task.due(), FormatStyle.FULL))
                : messages.get(language, "reminders.task", what);
        List<List<Button>> rows = new java.util.ArrayList<>();
        rows.add(List.of(
                new TaskAction.Done(task.id(), true).button(messages.get(language, "reminders.task.done")),
                new TaskAction.Move(task.id(), true).button(messages.get(language, "reminders.task.tomorrow")),
                new TaskAction.Move(task.id(), false).button(messages.get(language, "reminders.task.week"))));
        taskButtons.forEach(b -> b.button(task, language).ifPresent(button -> rows.add(List.of(button))));
        return Reply.withButtons(prefix + text, rows);
    }

    static String firstName(Contact contact) {
        return contact.name().split(" ")[0];
    }
}
