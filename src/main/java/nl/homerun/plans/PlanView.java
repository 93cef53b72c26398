package nl.homerun.plans;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import nl.homerun.accounts.Account;
import nl.homerun.accounts.Accounts;
import nl.homerun.coach.Button;
import nl.homerun.coach.Html;
import nl.homerun.coach.Reply;
import nl.homerun.coach.Turn;
import nl.homerun.contacts.Contact;
import nl.homerun.contacts.Contact.Tier;
import nl.homerun.users.Language;

/**
 * How a plan reads in the chat: all four P's with their activities and how far it is, one P with its suggestions,
 * one activity with its buttons, the plan as one message to share, the list of A and B accounts with and without a
 * plan, and the lines on the account card.
 */
@Component
class PlanView {

    /** The most characters of an activity in a button's label. */
    static final int LABEL = 34;

    private final Plans plans;
    private final Accounts accounts;

    PlanView(Plans plans, Accounts accounts) {
        this.plans = plans;
        this.accounts = accounts;
    }

    static String day(Turn turn, LocalDate day) {
        return turn.language().format(day, FormatStyle.MEDIUM);
    }

    static String tier(Turn turn, Account account) {
        return account.tier() == null ? turn.text("plans.tier.none") : turn.text("plans.tier", account.tier().name());
    }

    static String pillarName(Turn turn, Pillar pillar) {
        return turn.text(pillar.nameKey());
    }

    /** "Factuurproces afstemmen — doel: geen factuur terug — vóór 1 mrt 2027", escaped. */
    static String line(Turn turn, Activity a) {
        return (a.done() ? "✅ " : "⬜ ") + Html.escape(a.text())
                + (a.goal() == null ? "" : " — " + turn.text("plans.goal.word") + ": " + Html.escape(a.goal()))
                + " — " + turn.text("plans.due", day(turn, a.due()));
    }

    /** The plan: its four P's, how far it is, for whom its tasks are, and buttons to each P and to share it. */
    Reply overview(Turn turn, Account account, Optional<Plan> found, String above) {
        StringBuilder text = new StringBuilder();
        if (above != null) {
            text.append(above).append("\n\n");
        }
        text.append("📋 <b>").append(turn.text("plans.title", account.name())).append("</b> · ").append(tier(turn, account));
        if (found.isEmpty() || found.get().activities().isEmpty()) {
            text.append("\n").append(turn.text("plans.intro"));
        }
        for (Pillar pillar : Pillar.values()) {
            List<Activity> activities = found.map(p -> p.of(pillar)).orElse(List.of());
            text.append("\n\n<b>").append(pillar.number).append(". ").append(pillarName(turn, pillar)).append("</b> — ")
                    .append(turn.text("plans.pillar." + pillar.key + ".short"));
            if (activities.isEmpty()) {
                text.append("\n").append(turn.text("plans.pillar.empty"));
            } else {
                text.append(" (").append(turn.text("plans.pillar.done", found.get().finished(pillar), activities.size())).append(")");
                activities.forEach(a -> text.append("\n").append(line(turn, a)));
            }
        }
        boolean planned = found.isPresent() && !found.get().activities().isEmpty();
        text.append("\n\n");
        if (planned) {
            text.append(progress(turn, account, found.get())).append("\n");
        }
        text.append(whom(turn, account));
        List<List<Button>> rows = new ArrayList<>();
        rows.add(List.of(pillarButton(turn, account, Pillar.PROJECT, found), pillarButton(turn, account, Pillar.PERSON, found)));
        rows.add(List.of(pillarButton(turn, account, Pillar.PROCESS, found), pillarButton(turn, account, Pillar.PARTNERSHIP, found)));
        if (found.isPresent() && !found.get().activities().isEmpty()) {
            rows.add(List.of(new PlanAction.ShareText(account.id()).button(turn.text("plans.share.text.button")),
                    new PlanAction.SharePdf(account.id()).button(turn.text("plans.share.pdf.button"))));
        }
        return Reply.withButtons(text.toString(), rows);
    }

    private static Button pillarButton(Turn turn, Account account, Pillar pillar, Optional<Plan> plan) {
        int count = plan.map(p -> p.of(pillar).size()).orElse(0);
        return new PlanAction.OfPillar(account.id(), pillar)
                .button(pillar.number + " · " + pillarName(turn, pillar) + (count == 0 ? "" : " (" + count + ")"));
    }

    /** "📈 2 van 5 activiteiten klaar · volgende: … (1 mrt)" and "📝 3 notities over hun mensen sinds 4 mei". */
    String progress(Turn turn, Account account, Plan plan) {
        String line = "📈 " + turn.text("plans.progress", plan.finished(), plan.activities().size());
        Optional<Activity> next = plan.next();
        if (next.isPresent()) {
            line += " · " + turn.text("plans.next", shorten(next.get().text(), 60), day(turn, next.get().due()));
        }
        ZoneId zone = turn.user().timeZone();
        return line + "\n📝 " + turn.text("plans.notes", plans.notesSince(turn.userId(), account, plan),
                day(turn, plan.createdAt().atZone(zone).toLocalDate()));
    }

    /** For whom the plan's tasks are. */
    private String whom(Turn turn, Account account) {
        return plans.mainContact(turn.userId(), account).map(c -> "👤 " + turn.text("plans.whom", c.name()))
                .orElseGet(() -> "👤 " + turn.text("plans.whom.none", account.name()));
    }

    /** One P: why it matters, its activities (a button each), the suggestions not taken, and one's own. */
    Reply pillar(Turn turn, Account account, Optional<Plan> plan, Pillar pillar, String above) {
        StringBuilder text = new StringBuilder();
        if (above != null) {
            text.append(above).append("\n\n");
        }
        text.append("<b>").append(pillar.number).append(". ").append(pillarName(turn, pillar)).append("</b> · ")
                .append(Html.escape(account.name())).append("\n").append(turn.text("plans.pillar." + pillar.key + ".why"));
        List<Activity> activities = plan.map(p -> p.of(pillar)).orElse(List.of());
        List<List<Button>> rows = new ArrayList<>();
        text.append("\n\n");
        if (activities.isEmpty()) {
            text.append(turn.text("plans.pillar.none", pillarName(turn, pillar)));
        } else {
            text.append("<b>").append(turn.text("plans.planned")).append("</b>");
            for (int i = 0; i < activities.size(); i++) {
                Activity a = activities.get(i);
                text.append("\n").append(i + 1).append(". ").append(line(turn, a));
                rows.add(List.of(new PlanAction.OfActivity(account.id(), a.id())
                        .button((a.done() ? "✅ " : "✏️ ") + (i + 1) + ". " + shorten(a.text(), LABEL))));
            }
        }
        List<Suggestion> open = Suggestion.of(pillar).stream().filter(s -> plan.map(p -> !p.took(s)).orElse(true)).toList();
        if (!open.isEmpty()) {
            text.append("\n\n<b>").append(turn.text("plans.suggestions")).append("</b>");
            for (Suggestion s : open) {
                text.append("\n• ").append(turn.text(s.textKey())).append(" — ").append(turn.text("plans.goal.word")).append(": ")
                        .append(turn.text(s.goalKey())).append(" (").append(turn.text("plans.suggestion.when", s.days / 7)).append(")");
                rows.add(List.of(new PlanAction.Accept(account.id(), s).button("➕ " + shorten(turn.text(s.textKey()), LABEL))));
            }
        }
        rows.add(List.of(new PlanAction.Add(account.id(), pillar).button(turn.text("plans.own.button")),
                new PlanAction.Show(account.id()).button(turn.text("plans.back.plan"))));
        return Reply.withButtons(text.toString(), rows);
    }

    /** One activity: its goal, day and task, and the buttons to change, finish or remove it. */
    Reply activity(Turn turn, Account account, Activity a, String above) {
        StringBuilder text = new StringBuilder();
        if (above != null) {
            text.append(above).append("\n\n");
        }
        text.append("<b>").append(pillarName(turn, a.pillar())).append("</b> · ").append(Html.escape(account.name()))
                .append("\n").append(a.done() ? "✅ " : "⬜ ").append("<b>").append(Html.escape(a.text())).append("</b>")
                .append("\n🎯 ").append(a.goal() == null ? turn.text("plans.goal.none") : turn.text("plans.goal", a.goal()))
                .append("\n📅 ").append(turn.text("plans.due.line", day(turn, a.due())));
        if (a.done()) {
            text.append("\n").append(a.doneAt() == null ? turn.text("plans.done")
                    : turn.text("plans.done.on", day(turn, a.doneAt().atZone(turn.user().timeZone()).toLocalDate())));
        } else if (a.taskId() == null) {
            text.append("\n🔕 ").append(turn.text("plans.task.none"));
        } else {
            Optional<Contact> who = plans.mainContact(turn.userId(), account);
            text.append("\n🔔 ").append(who.map(c -> turn.text("plans.task.for", c.name())).orElseGet(() -> turn.text("plans.task.yes")));
        }
        List<List<Button>> rows = new ArrayList<>();
        if (!a.done()) {
            rows.add(List.of(new PlanAction.Edit(account.id(), a.id(), PlanAction.Field.TEXT).button(turn.text("plans.edit.text")),
                    new PlanAction.Edit(account.id(), a.id(), PlanAction.Field.GOAL).button(turn.text("plans.edit.goal")),
                    new PlanAction.Edit(account.id(), a.id(), PlanAction.Field.DUE).button(turn.text("plans.edit.due"))));
            rows.add(List.of(new PlanAction.Done(account.id(), a.id()).button(turn.text("plans.done.button")),
                    new PlanAction.Remove(account.id(), a.id()).button(turn.text("plans.remove.button"))));
        } else {
            rows.add(List.of(new PlanAction.Reopen(account.id(), a.id()).button(turn.text("plans.reopen.button")),
                    new PlanAction.Remove(account.id(), a.id()).button(turn.text("plans.remove.button"))));
        }
        rows.add(List.of(new PlanAction.OfPillar(account.id(), a.pillar()).button("⬅️ " + pillarName(turn, a.pillar())),
                new PlanAction.Show(account.id()).button(turn.text("plans.back.plan"))));
        return Reply.withButtons(text.toString(), rows);
    }

    /** The plan as one message for the account team: heading, the team, each P's activities, how far it is. */
    String shareText(Turn turn, Account account, Plan plan, LocalDate today) {
        StringBuilder text = new StringBuilder("📋 <b>").append(turn.text("plans.title", account.name())).append("</b>")
                .append(" (").append(tier(turn, account)).append("), ").append(day(turn, today));
        List<Contact> people = accounts.contactsOf(turn.userId(), account);
        if (!people.isEmpty()) {
            text.append("\n").append(turn.text("plans.share.people", people.stream()
                    .map(c -> c.name() + (c.role() == null ? "" : " (" + c.role() + ")")).collect(Collectors.joining(", "))));
        }
        for (Pillar pillar : Pillar.values()) {
            List<Activity> activities = plan.of(pillar);
            text.append("\n\n<b>").append(pillar.number).append(". ").append(pillarName(turn, pillar)).append("</b> — ")
                    .append(turn.text("plans.pillar." + pillar.key + ".short"));
            if (activities.isEmpty()) {
                text.append("\n").append(turn.text("plans.pillar.empty"));
            }
            activities.forEach(a -> text.append("\n").append(line(turn, a)));
        }
        text.append("\n\n").append(progress(turn, account, plan));
        text.append("\n\n<i>").append(turn.text("plans.share.team")).append("</i>");
        return text.toString();
    }

    /** {@code /plan} without an account: the A and B accounts with a plan and without one (and C accounts with one). */
    Reply list(Turn turn) {
        List<Account> all = accounts.all(turn.userId());
        List<Account> withPlan = new ArrayList<>();
        List<Account> without = new ArrayList<>();
        for (Account account : all) {
            Optional<Plan> plan = plans.of(turn.userId(), account.id()).filter(p -> !p.activities().isEmpty());
            if (plan.isPresent()) {
                withPlan.add(account);
            } else if (account.tier() == Tier.A || account.tier() == Tier.B) {
                without.add(account);
            }
        }
        if (withPlan.isEmpty() && without.isEmpty()) {
            return turn.say(all.isEmpty() ? "plans.list.noAccounts" : "plans.list.noAB", turn.language() == Language.NL ? "/waarde" : "/value");
        }
        StringBuilder text = new StringBuilder("📋 <b>").append(turn.text("plans.list.title")).append("</b>");
        List<List<Button>> rows = new ArrayList<>();
        if (!withPlan.isEmpty()) {
            text.append("\n\n<b>").append(turn.text("plans.list.with", withPlan.size())).append("</b>");
            for (Account account : withPlan) {
                Plan plan = plans.of(turn.userId(), account.id()).orElseThrow();
                text.append("\n• ").append(Html.escape(account.name())).append(account.tier() == null ? "" : " [" + account.tier() + "]")
                        .append(" — ").append(turn.text("plans.progress", plan.finished(), plan.activities().size()));
                rows.add(List.of(new PlanAction.Show(account.id()).button("📋 " + label(account))));
            }
        }
        if (!without.isEmpty()) {
            text.append("\n\n<b>").append(turn.text("plans.list.without", without.size())).append("</b>");
            for (Account account : without) {
                text.append("\n• ").append(Html.escape(account.name())).append(" [").append(account.tier()).append("]");
                rows.add(List.of(new PlanAction.Show(account.id()).button("➕ " + label(account))));
            }
        }
        text.append("\n\n").append(turn.text("plans.list.hint"));
        return Reply.withButtons(text.toString(), rows.subList(0, Math.min(rows.size(), 16)));
    }

    private static String label(Account account) {
        return account.name() + (account.tier() == null ? "" : " (" + account.tier().name() + ")");
    }

    /** The plan in short on the account's card: how far, what is next; or, for an A or B account, that it has none. */
    Optional<String> cardLines(Turn turn, Account account) {
        Optional<Plan> plan = plans.of(turn.userId(), account.id()).filter(p -> !p.activities().isEmpty());
        if (plan.isEmpty()) {
            return account.tier() == Tier.A || account.tier() == Tier.B
                    ? Optional.of("<b>" + turn.text("plans.card.title") + "</b>\n" + turn.text("plans.card.none", account.tier().name()))
                    : Optional.empty();
        }
        StringBuilder text = new StringBuilder("<b>").append(turn.text("plans.card.title")).append("</b>");
        for (Pillar pillar : Pillar.values()) {
            List<Activity> activities = plan.get().of(pillar);
            if (!activities.isEmpty()) {
                text.append("\n").append(pillar.number).append(". ").append(pillarName(turn, pillar)).append(": ")
                        .append(turn.text("plans.pillar.done", plan.get().finished(pillar), activities.size()));
            }
        }
        text.append("\n").append(progress(turn, account, plan.get()));
        return Optional.of(text.toString());
    }

    static String shorten(String text, int most) {
        return text.length() <= most ? text : text.substring(0, most - 1).strip() + "…";
    }
}
