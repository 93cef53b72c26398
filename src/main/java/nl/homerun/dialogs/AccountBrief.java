package nl.homerun.dialogs;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import nl.homerun.coach.Html;
import nl.homerun.coach.Reply;
import nl.homerun.coach.Turn;
import nl.homerun.contacts.Contact;
import nl.homerun.dialogs.Companies.Company;
import nl.homerun.followups.FollowUp;
import nl.homerun.followups.FollowUps;
import nl.homerun.notes.OpenSignals;

/**
 * What Homerun knows of the account a conversation is about, shown when it is settled: its people with their roles
 * (the decision-making team), the signals still open in the notes about them, their open tasks, and when this
 * conversation was last had for it.
 */
@Component
class AccountBrief {

    private static final int PEOPLE_SHOWN = 12;
    private static final int SIGNALS_SHOWN = 5;
    private static final int TASKS_SHOWN = 5;

    private final OpenSignals signals;
    private final FollowUps followUps;

    AccountBrief(OpenSignals signals, FollowUps followUps) {
        this.signals = signals;
        this.followUps = followUps;
    }

    /** @param lastTime the day this script was last finished for the account, if ever */
    Reply of(Turn turn, Company company, Optional<LocalDate> lastTime) {
        StringBuilder text = new StringBuilder(turn.text("dialogs.account.about", company.name()));
        List<Contact> people = company.people();
        text.append('\n').append(turn.text("dialogs.account.people", people.size()));
        people.stream().limit(PEOPLE_SHOWN).forEach(p -> text.append("\n• ").append(Html.escape(p.name()))
                .append(p.role() == null ? "" : ", " + Html.escape(p.role())));
        if (people.size() > PEOPLE_SHOWN) {
            text.append("\n").append(turn.text("dialogs.account.more", people.size() - PEOPLE_SHOWN));
        }
        List<String> withoutRole = people.stream().filter(p -> p.role() == null).map(Contact::name).limit(3).toList();
        if (!withoutRole.isEmpty()) {
            text.append("\n<i>").append(turn.text("dialogs.account.noRole", String.join(", ", withoutRole))).append("</i>");
        }
        Map<String, Contact> byId = people.stream().collect(Collectors.toMap(Contact::id, Function.identity()));
        List<OpenSignals.Open> open = signals.about(turn.userId(), byId.keySet());
        if (!open.isEmpty()) {
            text.append("\n\n<b>").append(turn.text("dialogs.account.signals")).append("</b>");
            open.stream().limit(SIGNALS_SHOWN).forEach(s -> text.append('\n').append(icon(s.kind())).append(" “")
                    .append(Html.escape(s.sentence())).append("”").append(s.contactIds().stream().filter(byId::containsKey)
                            .findFirst().map(id -> " — " + Html.escape(byId.get(id).name())).orElse("")));
        }
        List<FollowUp> tasks = people.stream().flatMap(p -> followUps.openFor(turn.userId(), p.id()).stream())
                .sorted(java.util.Comparator.comparing(FollowUp::due)).limit(TASKS_SHOWN).toList();
        if (!tasks.isEmpty()) {
            text.append("\n\n<b>").append(turn.text("dialogs.account.tasks")).append("</b>");
            tasks.forEach(t -> text.append("\n• ").append(Html.escape(followUps.describe(t))).append(" (")
                    .append(Questions.day(turn.language(), t.due())).append(')'));
        }
        lastTime.ifPresent(day -> text.append("\n\n").append(turn.text("dialogs.account.lastTime", Questions.day(turn.language(), day))));
        return Reply.text(text.toString());
    }

    private static String icon(OpenSignals.Kind kind) {
        return switch (kind) {
            case COMPLAINT -> "🔴";
            case SILENT_COMPLAINT -> "🟠";
            case BUYING_SIGNAL -> "🟢";
        };
    }
}
