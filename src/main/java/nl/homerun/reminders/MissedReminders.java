package nl.homerun.reminders;

import java.time.LocalDate;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import nl.homerun.coach.Messages;
import nl.homerun.coach.Reply;
import nl.homerun.contacts.Contact;
import nl.homerun.contacts.Contacts;
import nl.homerun.followups.FollowUp;
import nl.homerun.followups.FollowUps;
import nl.homerun.users.Language;
import nl.homerun.users.UserProfile;

/**
 * One message for the reminders missed long ago while Homerun was down, instead of one message each: the birthdays
 * that were, the tasks whose day it was (still open), who was due for contact. A week-ahead notice and an old digest
 * say nothing that still matters and are left out, as is what no longer holds.
 */
@Component
class MissedReminders {

    static final int LISTED = 30;

    private final Contacts contacts;
    private final FollowUps followUps;
    private final Messages messages;

    private final List<ReminderSource> sources;

    MissedReminders(Contacts contacts, FollowUps followUps, Messages messages, List<ReminderSource> sources) {
        this.sources = List.copyOf(sources);
        this.contacts = contacts;
        this.followUps = followUps;
        this.messages = messages;
    }

    /** The outbox key of a summary: the same occurrences summarised again (after a crash) are not sent twice. */
    static String key(List<Occurrence> summarised) {
        List<String> ids = summarised.stream().map(Occurrence::id).sorted().toList();
        return "reminder:missed:" + summarised.get(0).owner() + ":" + Integer.toHexString(String.join(",", ids).hashCode())
                + ":" + ids.size();
    }

    /** The summary of these occurrences of the user, oldest first; empty when none of them still holds. */
    Optional<Reply> summary(List<Occurrence> missed, UserProfile user) {
        Language language = user.language();
        List<String> lines = new ArrayList<>();
        Set<String> dueForContact = new HashSet<>();
        boolean tasks = false;
        for (Occurrence o : missed.stream().sorted(Comparator.comparing(Occurrence::dueAt)).toList()) {
            LocalDate day = o.day();
            String when = language.format(day, FormatStyle.FULL);
            switch (o.kind()) {
                case BIRTHDAY -> contacts.find(user.id(), o.subject())
                        .filter(c -> c.birthday() != null && ReminderPlanner.isBirthday(c, day))
                        .ifPresent(c -> lines.add(messages.get(language, "reminders.missed.birthday", c.name(), when, age(c, day, language))));
                case TASK -> {
                    Optional<FollowUp> task = followUps.find(user.id(), o.subject()).filter(t -> !t.done() && t.due().equals(day));
                    task.ifPresent(t -> lines.add(messages.get(language, "reminders.missed.task", followUps.describe(t), when)));
                    tasks |= task.isPresent();
                }
                case STAY_IN_TOUCH -> contacts.find(user.id(), o.subject())
                        .filter(c -> ReminderPlanner.isDueForContact(c, day, user) && dueForContact.add(c.id()))
                        .ifPresent(c -> lines.add(messages.get(language, "reminders.missed.stayInTouch", c.name(), when)));
                case SOURCE -> sources.stream().filter(s -> s.name().equals(o.source())).findFirst()
                        .flatMap(s -> s.missed(user, o.sourceSubject(), day)).ifPresent(lines::add);
                case BIRTHDAY_AHEAD, DIGEST -> {
                    // the birthday itself has come since, and so has a newer digest
                }
            }
        }
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder(messages.get(language, "reminders.missed.title"));
        lines.stream().limit(LISTED).forEach(line -> text.append('\n').append(line));
        if (lines.size() > LISTED) {
            text.append('\n').append(messages.get(language, "reminders.missed.more", lines.size() - LISTED));
        }
        if (tasks) {
            text.append('\n').append(messages.get(language, "reminders.missed.tasks"));
        }
        return Optional.of(Reply.text(text.toString()));
    }

    private String age(Contact contact, LocalDate birthday, Language language) {
        return contact.birthday().year().isPresent()
                ? messages.get(language, "reminders.age.past", birthday.getYear() - contact.birthday().year().getAsInt()) : "";
    }
}
