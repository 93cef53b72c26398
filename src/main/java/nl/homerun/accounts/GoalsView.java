package nl.homerun.accounts;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.springframework.stereotype.Component;

import nl.homerun.coach.Attachment;
import nl.homerun.coach.Button;
import nl.homerun.coach.Html;
import nl.homerun.coach.Messages;
import nl.homerun.coach.Reply;
import nl.homerun.coach.Turn;
import nl.homerun.contacts.Contact.Tier;
import nl.homerun.users.Language;

/**
 * How revenue, goals and progress read in the chat: an account's lines (on its card and after a change), the
 * overview of {@code /doelen}, the choices of a goal, the charts.
 */
@Component
class GoalsView {

    /** The goals offered as buttons, in percent; any other is typed. */
    static final List<Integer> CHOICES = List.of(-10, 0, 5, 10, 15, 20, 25, 30, 50);
    /** The years of revenue an account's lines show: the latest. */
    static final int YEARS_SHOWN = 4;

    private final Goals goals;

    GoalsView(Goals goals) {
        this.goals = goals;
    }

    /** Whole euros: "€ 240.000" in Dutch, "€240,000" in English. */
    static String money(long euros, Language language) {
        String amount = NumberFormat.getIntegerInstance(language.locale()).format(euros);
        return language == Language.NL ? "€ " + amount : "€" + amount;
    }

    /** A growth goal: "+20 %", "-10 %", "0 %" in Dutch; "+20%" in English. */
    static String goal(int percent, Language language) {
        return (percent > 0 ? "+" : "") + share(percent, language);
    }

    /** A share: "83 %" in Dutch, "83%" in English. */
    static String share(int percent, Language language) {
        return percent + (language == Language.NL ? " %" : "%");
    }

    /** The account's revenue and goal for its card: what was recorded, the goal, how far it is. */
    String lines(Turn turn, Account account) {
        int year = GoalProgress.yearToReport(List.of(account), goals.thisYear(turn.user()));
        GoalProgress.OfAccount progress = goals.of(account, year);
        Language language = turn.language();
        StringBuilder text = new StringBuilder("<b>").append(turn.text("accounts.goals.card.title")).append("</b>");
        if (account.revenue().isEmpty()) {
            text.append('\n').append(turn.text("accounts.goals.card.noRevenue"));
        } else {
            List<Map.Entry<Integer, Long>> years = new ArrayList<>(account.revenue().entrySet());
            text.append('\n').append(turn.text("accounts.goals.card.revenue", String.join(" · ", years
                    .subList(Math.max(0, years.size() - YEARS_SHOWN), years.size()).stream()
                    .map(e -> e.getKey() + " " + money(e.getValue(), language)).toList())));
        }
        text.append('\n');
        if (progress.goal() == null) {
            text.append(turn.text("accounts.goals.card.noGoal"));
        } else if (!progress.measurable()) {
            text.append(turn.text("accounts.goals.card.goalNoBase", String.valueOf(year), goal(progress.goal(), language),
                    source(turn, progress), String.valueOf(year - 1)));
        } else {
            text.append(turn.text("accounts.goals.card.goal", String.valueOf(year), goal(progress.goal(), language),
                    source(turn, progress), money(progress.target().orElseThrow(), language)));
            OptionalInt percent = progress.percent();
            text.append('\n').append(percent.isPresent()
                    ? turn.text("accounts.goals.card.progress", money(progress.actual(), language), share(percent.getAsInt(), language))
                    : turn.text("accounts.goals.card.notYet", String.valueOf(year)));
        }
        return text.toString();
    }

    /** The buttons under an account's revenue and goal: record revenue, choose a goal, and the chart once there is revenue. */
    List<Button> buttons(Turn turn, Account account) {
        List<Button> buttons = new ArrayList<>(List.of(
                new GoalsAction.AskRevenue(account.id()).button(turn.text("accounts.revenue.button")),
                new GoalsAction.AccountGoal(account.id()).button(turn.text("accounts.goals.button"))));
        if (!account.revenue().isEmpty()) {
            buttons.add(new GoalsAction.AccountChart(account.id()).button(turn.text("accounts.goals.chart.button")));
        }
        return buttons;
    }

    /** The account's name and tier, its revenue and goal, and the buttons to change them. */
    Reply account(Turn turn, Account account) {
        return Reply.withButtons(heading(account) + "\n" + lines(turn, account), List.of(buttons(turn, account)));
    }

    /** A message above the account's revenue and goal: what was just recorded or set. */
    Reply account(Turn turn, Account account, String done) {
        return Reply.withButtons(done + "\n\n" + lines(turn, account), List.of(buttons(turn, account)));
    }

    static String heading(Account account) {
        return "<b>" + Html.escape(account.name()) + "</b>" + (account.tier() == null ? "" : " [" + account.tier() + "]");
    }

    private static String source(Turn turn, GoalProgress.OfAccount progress) {
        return progress.ownGoal() ? turn.text("accounts.goals.source.own")
                : turn.text("accounts.goals.source.tier", progress.account().tier().name());
    }

    /** {@code /doelen}: per tier its goal and progress, then each of its accounts; the accounts without a goal last. */
    Reply overview(Turn turn, int year) {
        Language language = turn.language();
        List<Account> all = goals.accounts(turn.userId());
        TierGoals tierGoals = goals.tierGoals(turn.userId());
        StringBuilder text = new StringBuilder(turn.text("accounts.goals.title", String.valueOf(year)));
        text.append('\n').append(turn.text("accounts.goals.how", String.valueOf(year - 1), String.valueOf(year)));
        for (GoalProgress.OfTier tier : GoalProgress.byTier(all, year, tierGoals)) {
            text.append("\n\n").append(turn.text("accounts.goals.tier", tier.tier().name(), tierGoal(turn, tier.goal())));
            if (tier.accounts().isEmpty()) {
                text.append('\n').append(turn.text("accounts.goals.tier.none"));
                continue;
            }
            if (tier.measured().isEmpty()) {
                text.append('\n').append(turn.text("accounts.goals.tier.nothingToMeasure", String.valueOf(year - 1)));
            } else {
                text.append('\n').append(tierTotal(turn, tier));
            }
            tier.accounts().forEach(a -> text.append("\n• ").append(accountLine(turn, a)));
        }
        List<String> untiered = all.stream().filter(a -> a.tier() == null && a.goalPercent() == null).map(Account::name).toList();
        List<GoalProgress.OfAccount> ownGoalNoTier = all.stream().filter(a -> a.tier() == null && a.goalPercent() != null)
                .map(a -> goals.of(a, year)).toList();
        if (!ownGoalNoTier.isEmpty()) {
            text.append("\n\n").append(turn.text("accounts.goals.ownNoTier"));
            ownGoalNoTier.forEach(a -> text.append("\n• ").append(accountLine(turn, a)));
        }
        if (!untiered.isEmpty()) {
            text.append("\n\n").append(turn.text("accounts.goals.untiered", String.join(", ", untiered),
                    turn.language() == Language.NL ? "/waarde" : "/value"));
        }
        text.append("\n\n").append(turn.text("accounts.goals.coach"));
        text.append('\n').append(turn.text("accounts.goals.change"));
        List<List<Button>> rows = new ArrayList<>();
        rows.add(java.util.Arrays.stream(Tier.values()).map(t -> new GoalsAction.TierGoal(t)
                .button(turn.text("accounts.goals.tier.button", t.name(), goal(tierGoals.of(t), language)))).toList());
        List<Button> years = new ArrayList<>();
        if (all.stream().anyMatch(a -> a.revenueIn(year - 2).isPresent())) {
            years.add(new GoalsAction.Overview(year - 1).button("◀️ " + (year - 1)));
        }
        if (year < goals.thisYear(turn.user())) {
            years.add(new GoalsAction.Overview(year + 1).button((year + 1) + " ▶️"));
        }
        if (!years.isEmpty()) {
            rows.add(years);
        }
        return Reply.withButtons(text.toString(), rows);
    }

    /** "+20 %", and for no growth "0 % (flat)". */
    private static String tierGoal(Turn turn, int percent) {
        return percent == 0 ? turn.text("accounts.goals.flat", goal(0, turn.language())) : goal(percent, turn.language());
    }

    private static String tierTotal(Turn turn, GoalProgress.OfTier tier) {
        Language language = turn.language();
        OptionalInt percent = tier.percent();
        String total = percent.isPresent()
                ? turn.text("accounts.goals.tier.total", money(tier.actual(), language), money(tier.target(), language),
                        share(percent.getAsInt(), language))
                : turn.text("accounts.goals.tier.target", money(tier.target(), language), String.valueOf(tier.year()));
        long measured = tier.measured().size();
        return tier.filled() < measured && tier.filled() > 0
                ? total + turn.text("accounts.goals.tier.filled", tier.filled(), measured, String.valueOf(tier.year())) : total;
    }

    /** One account under its tier: "Fabrikam: € 200.000 of € 240.000 (83 %)". */
    private static String accountLine(Turn turn, GoalProgress.OfAccount a) {
        Language language = turn.language();
        String name = Html.escape(a.account().name())
                + (a.ownGoal() ? " " + turn.text("accounts.goals.account.own", goal(a.goal(), language)) : "") + ": ";
        if (!a.measurable()) {
            return name + turn.text("accounts.goals.account.noBase", String.valueOf(a.year() - 1));
        }
        OptionalInt percent = a.percent();
        return name + (percent.isPresent()
                ? turn.text("accounts.goals.account.progress", money(a.actual(), language),
                        money(a.target().orElseThrow(), language), share(percent.getAsInt(), language))
                : turn.text("accounts.goals.account.notYet", money(a.target().orElseThrow(), language), String.valueOf(a.year())));
    }

    /** The lines of the monthly goals part of Monday's digest: each tier with something to measure, then who lags most. */
    static List<String> digestLines(Messages messages, Language language, List<GoalProgress.OfTier> tiers, int most) {
        List<String> lines = new ArrayList<>();
        for (GoalProgress.OfTier tier : tiers) {
            OptionalInt percent = tier.percent();
            if (percent.isPresent()) {
                lines.add(messages.get(language, "accounts.goals.digest.tier", tier.tier().name(), goal(tier.goal(), language),
                        money(tier.actual(), language), money(tier.target(), language), share(percent.getAsInt(), language)));
            }
        }
        tiers.stream().flatMap(t -> t.measured().stream()).filter(a -> a.percent().isPresent() && a.percent().getAsInt() < 100)
                .sorted(Comparator.comparingInt((GoalProgress.OfAccount a) -> a.percent().getAsInt()))
                .limit(Math.max(0, most - lines.size()))
                .forEach(a -> lines.add(messages.get(language, "accounts.goals.digest.behind", a.account().name(),
                        a.account().tier().name(), share(a.percent().getAsInt(), language))));
        return lines;
    }

    /** The goals to choose from for a tier, the current one marked. */
    Reply tierChoices(Turn turn, Tier tier, int year) {
        TierGoals tierGoals = goals.tierGoals(turn.userId());
        int current = tierGoals.of(tier);
        List<List<Button>> rows = choiceRows(turn, current, p -> new GoalsAction.SetTierGoal(tier, p));
        List<Button> last = new ArrayList<>(List.of(new GoalsAction.TypeTierGoal(tier).button(turn.text("accounts.goals.type.button"))));
        if (!tierGoals.isDefault(tier)) {
            last.add(new GoalsAction.SetTierGoal(tier, null)
                    .button(turn.text("accounts.goals.default.button", goal(TierGoals.defaultOf(tier), turn.language()))));
        }
        rows.add(last);
        rows.add(List.of(new GoalsAction.Overview(year).button(turn.text("accounts.goals.back"))));
        return Reply.withButtons(turn.text("accounts.goals.tier.choose", tier.name(), goal(current, turn.language()),
                String.valueOf(year - 1)), rows);
    }

    /** The goals to choose from for an account, its current one marked; and back to working to its tier's. */
    Reply accountChoices(Turn turn, Account account) {
        Integer current = goals.tierGoals(turn.userId()).of(account);
        List<List<Button>> rows = choiceRows(turn, account.goalPercent(), p -> new GoalsAction.SetAccountGoal(account.id(), p));
        List<Button> last = new ArrayList<>(List.of(new GoalsAction.TypeAccountGoal(account.id()).button(turn.text("accounts.goals.type.button"))));
        if (account.goalPercent() != null && account.tier() != null) {
            last.add(new GoalsAction.SetAccountGoal(account.id(), null).button(turn.text("accounts.goals.tierGoal.button",
                    account.tier().name(), goal(goals.tierGoals(turn.userId()).of(account.tier()), turn.language()))));
        } else if (account.goalPercent() != null) {
            last.add(new GoalsAction.SetAccountGoal(account.id(), null).button(turn.text("accounts.goals.noOwnGoal.button")));
        }
        rows.add(last);
        String now = current == null ? turn.text("accounts.goals.none")
                : goal(current, turn.language()) + " (" + (account.goalPercent() != null ? turn.text("accounts.goals.source.own")
                        : turn.text("accounts.goals.source.tier", account.tier().name())) + ")";
        return Reply.withButtons(turn.text("accounts.goals.account.choose", account.name(), now), rows);
    }

    private static List<List<Button>> choiceRows(Turn turn, Integer current,
            java.util.function.Function<Integer, GoalsAction> action) {
        List<List<Button>> rows = new ArrayList<>();
        for (int i = 0; i < CHOICES.size(); i += 3) {
            rows.add(CHOICES.subList(i, Math.min(CHOICES.size(), i + 3)).stream().map(p -> action.apply(p)
                    .button((p.equals(current) ? "✓ " : "") + goal(p, turn.language()))).toList());
        }
        return rows;
    }

    /** The chart of the tiers' progress in the year; null when no tier has anything to measure. */
    Reply tiersChart(Turn turn, int year) {
        List<GoalProgress.OfTier> tiers = goals.byTier(turn.userId(), year);
        if (tiers.stream().allMatch(t -> t.measured().isEmpty())) {
            return null;
        }
        String y = String.valueOf(year);
        GoalsChart.Labels labels = new GoalsChart.Labels(turn.text("accounts.goals.chart.title", y), String.valueOf(year - 1),
                turn.text("accounts.goals.chart.target", y), y);
        byte[] png = GoalsChart.png(GoalsChart.ofTiers(labels, turn.language().locale(), tiers));
        return Reply.file(turn.text("accounts.goals.chart.caption", y, String.valueOf(year - 1)),
                new Attachment("goals-" + year + ".png", "image/png", png));
    }

    /** The chart of an account's revenue per year and its target. */
    Reply accountChart(Turn turn, Account account) {
        int year = GoalProgress.yearToReport(List.of(account), goals.thisYear(turn.user()));
        String y = String.valueOf(year);
        GoalsChart.Labels labels = new GoalsChart.Labels(account.name(), "", turn.text("accounts.goals.chart.target", y),
                turn.text("accounts.goals.chart.revenue"));
        byte[] png = GoalsChart.png(GoalsChart.ofAccount(labels, turn.language().locale(), goals.of(account, year)));
        return Reply.file(turn.text("accounts.goals.chart.account.caption", account.name(), y),
                new Attachment("revenue.png", "image/png", png));
    }
}
