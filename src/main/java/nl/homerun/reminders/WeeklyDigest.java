package nl.homerun.reminders;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import nl.homerun.coach.Html;
import nl.homerun.coach.Messages;
import nl.homerun.contacts.Contact;
import nl.homerun.contacts.Contacts;
import nl.homerun.followups.FollowUp;
import nl.homerun.followups.FollowUps;
import nl.homerun.notes.OpenComplaints;
import nl.homerun.users.Language;
import nl.homerun.users.UserProfile;

/**
 * Monday's overview: birthdays this week, who is due for contact (A first), the complaints nobody acted on (however
 * old: until they are made a task or dismissed), and the open tasks. Nothing is sent when there is nothing to say.
 * Sent late (Homerun was down on Monday), it tells the rest of the week as it is on the day it is sent. Other modules
 * add parts ({@link DigestSection}): every week, or in the first digest of the month (a Monday from the 1st to the 7th).
 */
@Component
class WeeklyDigest {

    static final int LISTED = 5;

    private final Contacts contacts;
    private final FollowUps followUps;
    private final OpenComplaints complaints;
    private final Messages messages;
    private final ObjectProvider<DigestSection> sections;

    WeeklyDigest(Contacts contacts, FollowUps followUps, OpenComplaints complaints, Messages messages,
            ObjectProvider<DigestSection> sections) {
        this.contacts = contacts;
        this.followUps = followUps;
        this.complaints = complaints;
        this.messages = messages;
        this.sections = sections;
    }

    /** Whether the digest of this Monday is the month's first, which carries the monthly parts. */
    static boolean firstOfMonth(LocalDate monday) {
        return monday.getDayOfMonth() <= 7;
    }

    /** The Monday of the week {@code day} is in. */
    static LocalDate mondayOf(LocalDate day) {
        return day.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
    }

    /** The digest of the week of {@code monday}, as it is {@code today} (that Monday, or a later day of its week). */
    Optional<String> of(UserProfile user, LocalDate monday, LocalDate today) {
        LocalDate from = today.isAfter(monday) ? today : monday;
        Language language = user.language();
        DateTimeFormatter day = DateTimeFormatter.ofPattern("EEEE d MMMM", language.locale());
        StringBuilder text = new StringBuilder(messages.get(language, "reminders.digest.title"));
        boolean anything = false;

        List<Contact> all = contacts.all(user.id());
        List<String> birthdays = all.stream().filter(c -> c.birthday() != null)
                .flatMap(c -> from.datesUntil(monday.plusDays(7)).filter(d -> ReminderPlanner.isBirthday(c, d))
                        .map(d -> "🎂 " + Html.escape(c.name()) + " — " + d.format(day)))
                .toList();
        anything |= section(text, messages.get(language, "reminders.digest.birthdays"), birthdays);

        List<Contact> due = contacts.overdue(user.id(), from, user.timeZone()).stream()
                .sorted(java.util.Comparator.comparing((Contact c) -> c.tier() == null ? "Z" : c.tier().name())).toList();
        anything |= section(text, messages.get(language, "reminders.digest.overdue", due.size()), due.stream()
                .map(c -> "🔁 " + Html.escape(c.name()) + (c.tier() == null ? "" : " [" + c.tier() + "]")).toList());

        List<String> open = complaints.open(user.id());
        anything |= section(text, messages.get(language, "reminders.digest.complaints", open.size()),
                open.stream().map(s -> "🟠 “" + Html.escape(s) + "”").toList());

        List<FollowUp> tasks = followUps.open(user.id());
        anything |= section(text, messages.get(language, "reminders.digest.tasks", tasks.size()), tasks.stream()
                .map(t -> (t.due().isBefore(from) ? "⚠️ " : "📌 ") + Html.escape(followUps.describe(t)) + " — " + language.format(t.due(), FormatStyle.MEDIUM)).toList());

        for (DigestSection extra : sections.orderedStream().toList()) {
            if (extra.every() == DigestSection.Every.WEEK || firstOfMonth(monday)) {
                Optional<DigestSection.Part> part = extra.part(user, from);
                if (part.isPresent()) {
                    anything |= section(text, part.get().title(), part.get().lines());
                }
            }
        }
        return anything ? Optional.of(text.toString()) : Optional.empty();
    }

    private static boolean section(StringBuilder text, String title, List<String> lines) {
        if (lines.isEmpty()) {
            return false;
        }
        text.append("\n\n<b>").append(title).append("</b>");
        lines.stream().limit(LISTED).forEach(line -> text.append('\n').append(line));
        if (lines.size() > LISTED) {
            text.append("\n…");
        }
        return true;
    }
}
