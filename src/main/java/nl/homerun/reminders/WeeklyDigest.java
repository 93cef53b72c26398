package nl.homerun.reminders;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;

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
 * Monday's overview: birthdays this week, who is due for contact (A first), complaints of the last month nobody
 * acted on, and the open tasks. Nothing is sent when there is nothing to say.
 */
@Component
class WeeklyDigest {

    static final int LISTED = 5;

    private final Contacts contacts;
    private final FollowUps followUps;
    private final OpenComplaints complaints;
    private final Messages messages;

    WeeklyDigest(Contacts contacts, FollowUps followUps, OpenComplaints complaints, Messages messages) {
        this.contacts = contacts;
        this.followUps = followUps;
        this.complaints = complaints;
        this.messages = messages;
    }

    Optional<String> of(UserProfile user, LocalDate monday) {
        Language language = user.language();
        DateTimeFormatter day = DateTimeFormatter.ofPattern("EEEE d MMMM", language.locale());
        StringBuilder text = new StringBuilder(messages.get(language, "reminders.digest.title"));
        boolean anything = false;

        List<Contact> all = contacts.all(user.id());
        List<String> birthdays = all.stream().filter(c -> c.birthday() != null)
                .flatMap(c -> monday.datesUntil(monday.plusDays(7)).filter(d -> ReminderPlanner.isBirthday(c, d))
                        .map(d -> "🎂 " + Html.escape(c.name()) + " — " + d.format(day)))
                .toList();
        anything |= section(text, messages.get(language, "reminders.digest.birthdays"), birthdays);

        List<Contact> due = contacts.overdue(user.id(), monday, user.timeZone()).stream()
                .sorted(java.util.Comparator.comparing((Contact c) -> c.tier() == null ? "Z" : c.tier().name())).toList();
        anything |= section(text, messages.get(language, "reminders.digest.overdue", due.size()), due.stream()
                .map(c -> "🔁 " + Html.escape(c.name()) + (c.tier() == null ? "" : " [" + c.tier() + "]")).toList());

        List<String> open = complaints.since(user.id(), monday.minusDays(30).atStartOfDay(user.timeZone()).toInstant());
        anything |= section(text, messages.get(language, "reminders.digest.complaints", open.size()),
                open.stream().map(s -> "🟠 “" + Html.escape(s) + "”").toList());

        List<FollowUp> tasks = followUps.open(user.id());
        anything |= section(text, messages.get(language, "reminders.digest.tasks", tasks.size()), tasks.stream()
                .map(t -> (t.due().isBefore(monday) ? "⚠️ " : "📌 ") + Html.escape(followUps.describe(t)) + " — " + language.format(t.due(), FormatStyle.MEDIUM)).toList());
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
