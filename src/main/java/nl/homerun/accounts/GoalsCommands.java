package nl.homerun.accounts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import nl.homerun.accounts.GoalsAction.AccountChart;
import nl.homerun.accounts.GoalsAction.AccountGoal;
import nl.homerun.accounts.GoalsAction.AskRevenue;
import nl.homerun.accounts.GoalsAction.Overview;
import nl.homerun.accounts.GoalsAction.RecordRevenue;
import nl.homerun.accounts.GoalsAction.SetAccountGoal;
import nl.homerun.accounts.GoalsAction.SetTierGoal;
import nl.homerun.accounts.GoalsAction.ShowAccount;
import nl.homerun.accounts.GoalsAction.TierGoal;
import nl.homerun.accounts.GoalsAction.TypeAccountGoal;
import nl.homerun.accounts.GoalsAction.TypeTierGoal;
import nl.homerun.accounts.RevenueEntry.NoAmount;
import nl.homerun.accounts.RevenueEntry.Read;
import nl.homerun.accounts.RevenueEntry.Reading;
import nl.homerun.accounts.RevenueEntry.Unreadable;
import nl.homerun.accounts.RevenueEntry.YearOutOfRange;
import nl.homerun.coach.Button;
import nl.homerun.coach.ChatFeature;
import nl.homerun.coach.Command;
import nl.homerun.coach.CommandSpec;
import nl.homerun.coach.Conversation;
import nl.homerun.coach.ConversationStore;
import nl.homerun.coach.FreeTextHandler;
import nl.homerun.coach.Reply;
import nl.homerun.coach.Turn;
import nl.homerun.contacts.Contact.Tier;

/**
 * Revenue and goals in the chat: {@code /omzet <account> 2026 240k} ({@code /revenue}) records an account's revenue
 * in a year, {@code /doelen} ({@code /goals}) shows the goals per tier and how far each tier and account is (with a
 * chart) and changes them. The buttons under an account's revenue and goal (also on its card) ask for the revenue
 * (typed as "omzet 2026 240k") or the goal in a short conversation.
 */
@Component
class GoalsCommands implements ChatFeature {

    /** The feature's name: the prefix of its buttons and the owner of its conversations. */
    static final String NAME = GoalsAction.FEATURE;

    private static final CommandSpec REVENUE = new CommandSpec("omzet", "revenue", "accounts.revenue.description");
    private static final CommandSpec GOALS = new CommandSpec("doelen", "goals", "accounts.goals.description");
    /** The most accounts offered as buttons to choose from. */
    static final int OFFERED = 8;
    /** "standaard", "default": back to the tier's default, or (for an account) to its tier's goal. */
    private static final List<String> BACK_WORDS = List.of("standaard", "default", "type", "tier", "reset", "geen", "none",
            "wis", "clear");
    private static final Pattern PERCENT = Pattern.compile("([+\\-−]?)\\s*(\\d{1,4})(?:[.,](\\d+))?\\s*(?:%|procent|percent|pct)?");

    private final Goals goals;
    private final Accounts accounts;
    private final GoalsView view;
    private final ConversationStore conversations;
    private final ObjectProvider<FreeTextHandler> freeText;

    GoalsCommands(Goals goals, Accounts accounts, GoalsView view, ConversationStore conversations,
            ObjectProvider<FreeTextHandler> freeText) {
        this.goals = goals;
        this.accounts = accounts;
        this.view = view;
        this.conversations = conversations;
        this.freeText = freeText;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<CommandSpec> commands() {
        return List.of(REVENUE, GOALS);
    }

    @Override
    public List<Reply> onCommand(Turn turn, Command command) {
        return REVENUE.names().contains(command.name()) ? revenueCommand(turn, command.arguments())
                : goalsCommand(turn, command.arguments());
    }

    // --- revenue ---------------------------------------------------------------------------------------------------

    private List<Reply> revenueCommand(Turn turn, String arguments) {
        if (arguments.isBlank()) {
            return List.of(turn.say("accounts.revenue.usage"));
        }
        RevenueEntry.Years years = goals.years(turn.user());
        Named named = named(turn.userId(), arguments, rest -> RevenueEntry.read(rest, years) instanceof Read);
        if (named.accounts().isEmpty()) {
            return unknownForRevenue(turn, arguments);
        }
        Reading reading = RevenueEntry.read(named.rest(), years);
        if (named.accounts().size() > 1) {
            return List.of(which(turn, named.accounts(), account -> reading instanceof Read read
                    ? new RecordRevenue(account.id(), read.entry().yearOr(goals.thisYear(turn.user())), read.entry().euros())
                    : new AskRevenue(account.id())));
        }
        return onReading(turn, named.accounts().get(0), reading, null, null);
    }

    /** What to do with revenue typed for an account: record it, or ask again (in the conversation) and say why. */
    private List<Reply> onReading(Turn turn, Account account, Reading reading, Conversation conversation, Integer givenYear) {
        if (reading instanceof Read read) {
            if (conversation != null && !conversations.end(conversation)) {
                return List.of(turn.say("coach.button.stale"));
            }
            int thisYearOrGiven = givenYear != null ? givenYear : goals.thisYear(turn.user());
            return List.of(record(turn, account, read.entry().yearOr(thisYearOrGiven), read.entry().euros()));
        }
        Integer year = givenYear;
        String why;
        if (reading instanceof NoAmount none) {
            year = none.year() != null ? none.year() : givenYear;
            why = null;
        } else if (reading instanceof Unreadable unreadable) {
            year = unreadable.year() != null ? unreadable.year() : givenYear;
            why = turn.text("accounts.revenue.unreadable", unreadable.typed());
        } else {
            YearOutOfRange out = (YearOutOfRange) reading;
            why = turn.text("accounts.revenue.yearOutOfRange", String.valueOf(out.year()), String.valueOf(out.years().first()),
                    String.valueOf(out.years().last()));
        }
        GoalsState state = GoalsState.revenue(account.id(), year);
        if (keep(turn, conversation, state).isEmpty()) {
            return List.of(turn.say("coach.button.stale"));
        }
        return List.of(Reply.text(why == null ? askRevenue(turn, account, year) : why + "\n" + turn.text("accounts.revenue.retry",
                example(turn, year == null ? goals.thisYear(turn.user()) : year))));
    }

    private String askRevenue(Turn turn, Account account, Integer year) {
        int shown = year == null ? goals.thisYear(turn.user()) : year;
        String known = account.revenue().isEmpty() ? "" : "\n" + turn.text("accounts.goals.card.revenue", String.join(" · ",
                account.revenue().entrySet().stream().map(e -> e.getKey() + " " + GoalsView.money(e.getValue(), turn.language())).toList()));
        return (year == null ? turn.text("accounts.revenue.ask", account.name(), example(turn, shown), String.valueOf(shown))
                : turn.text("accounts.revenue.askAmount", account.name(), String.valueOf(shown))) + known;
    }

    /** "omzet 2026 240k" in the user's language. */
    private static String example(Turn turn, int year) {
        return turn.text("accounts.revenue.example", String.valueOf(year));
    }

    private Reply record(Turn turn, Account account, int year, long euros) {
        Long before = account.revenueIn(year).orElse(null);
        if (!accounts.recordRevenue(turn.userId(), account.id(), year, euros)) {
            return turn.say("accounts.goals.gone");
        }
        Account now = accounts.find(turn.userId(), account.id()).orElseThrow();
        String money = GoalsView.money(euros, turn.language());
        String done = before == null || before == euros
                ? turn.text("accounts.revenue.recorded", now.name(), String.valueOf(year), money)
                : turn.text("accounts.revenue.replaced", now.name(), String.valueOf(year), money,
                        GoalsView.money(before, turn.language()));
        return view.account(turn, now, done);
    }

    /**
     * No account by that name: said with the name as typed (the words before the amount), and when the user has only a
     * few accounts and the amount was read, a button per account records it there, so nothing typed is lost.
     */
    private List<Reply> unknownForRevenue(Turn turn, String arguments) {
        List<Account> all = accounts.all(turn.userId());
        if (all.isEmpty()) {
            return List.of(turn.say("accounts.goals.noAccounts"));
        }
        String[] words = arguments.strip().split("\\s+");
        int first = 0;
        while (first < words.length && !Character.isDigit(words[first].charAt(0)) && words[first].charAt(0) != '€') {
            first++;
        }
        if (first == 0) {
            return List.of(turn.say("accounts.revenue.usage"));
        }
        String name = String.join(" ", Arrays.copyOfRange(words, 0, first));
        Reading reading = RevenueEntry.read(String.join(" ", Arrays.copyOfRange(words, first, words.length)), goals.years(turn.user()));
        if (reading instanceof Read read && all.size() <= OFFERED) {
            int year = read.entry().yearOr(goals.thisYear(turn.user()));
            Reply choose = which(turn, all, a -> new RecordRevenue(a.id(), year, read.entry().euros()));
            return List.of(Reply.withButtons(turn.text("accounts.goals.unknown", name) + "\n"
                    + turn.text("accounts.goals.unknown.choose", GoalsView.money(read.entry().euros(), turn.language()),
                            String.valueOf(year)), choose.buttons()));
        }
        return List.of(turn.say("accounts.goals.unknown", name));
    }

    // --- goals -----------------------------------------------------------------------------------------------------

    private List<Reply> goalsCommand(Turn turn, String arguments) {
        String args = arguments.strip();
        if (args.isEmpty()) {
            return overview(turn, goals.yearToReport(turn.user()));
        }
        if (args.matches("\\d{4}")) {
            int year = Integer.parseInt(args);
            RevenueEntry.Years years = goals.years(turn.user());
            return years.contains(year) ? overview(turn, year)
                    : List.of(turn.say("accounts.revenue.yearOutOfRange", args, String.valueOf(years.first()), String.valueOf(years.last())));
        }
        String[] parts = args.split("\\s+", 2);
        String rest = parts.length > 1 ? parts[1].strip() : "";
        if (parts[0].matches("(?i)[abc]")) {
            Tier tier = Tier.valueOf(parts[0].toUpperCase(Locale.ROOT));
            return rest.isEmpty() ? List.of(view.tierChoices(turn, tier, goals.yearToReport(turn.user())))
                    : setTierGoal(turn, tier, rest, null);
        }
        Named named = named(turn.userId(), args, after -> TypedGoal.read(after).isPresent());
        if (named.accounts().isEmpty()) {
            return List.of(accounts.all(turn.userId()).isEmpty() ? turn.say("accounts.goals.noAccounts")
                    : turn.say("accounts.goals.unknown", args));
        }
        if (named.accounts().size() > 1) {
            Optional<TypedGoal> typed = TypedGoal.read(named.rest());
            return List.of(which(turn, named.accounts(), a -> named.rest().isEmpty() || typed.isEmpty() ? new AccountGoal(a.id())
                    : new SetAccountGoal(a.id(), typed.get().percent())));
        }
        Account account = named.accounts().get(0);
        return named.rest().isEmpty() ? List.of(view.accountChoices(turn, account)) : setAccountGoal(turn, account, named.rest(), null);
    }

    /** The overview, and the chart of the tiers when there is something to measure. */
    private List<Reply> overview(Turn turn, int year) {
        List<Reply> replies = new ArrayList<>(List.of(view.overview(turn, year)));
        Reply chart = view.tiersChart(turn, year);
        if (chart != null) {
            replies.add(chart);
        }
        return replies;
    }

    /** A goal typed for a tier: set it (and end the conversation it was typed in), or say why not and ask again. */
    private List<Reply> setTierGoal(Turn turn, Tier tier, String text, Conversation conversation) {
        Optional<TypedGoal> typed = TypedGoal.read(text);
        if (typed.isEmpty()) {
            if (conversation == null && keep(turn, null, GoalsState.tierGoal(tier, null)).isEmpty()) {
                return List.of(turn.say("coach.button.stale"));
            }
            return List.of(turn.say("accounts.goals.percent.unreadable", text));
        }
        if (conversation != null && !conversations.end(conversation)) {
            return List.of(turn.say("coach.button.stale"));
        }
        goals.setTierGoal(turn.userId(), tier, typed.get().percent());
        String message = conversation == null ? null : GoalsState.of(conversation).message();
        return List.of(Reply.text(tierGoalSet(turn, tier)),
                view.overview(turn, goals.yearToReport(turn.user())).inPlaceOf(message));
    }

    private String tierGoalSet(Turn turn, Tier tier) {
        return turn.text("accounts.goals.tier.set", tier.name(),
                GoalsView.goal(goals.tierGoals(turn.userId()).of(tier), turn.language()));
    }

    /** A goal typed for an account: give it that goal (or back to its tier's), or say why not and ask again. */
    private List<Reply> setAccountGoal(Turn turn, Account account, String text, Conversation conversation) {
        Optional<TypedGoal> typed = TypedGoal.read(text);
        if (typed.isEmpty()) {
            if (conversation == null && keep(turn, null, GoalsState.accountGoal(account.id())).isEmpty()) {
                return List.of(turn.say("coach.button.stale"));
            }
            return List.of(turn.say("accounts.goals.percent.unreadable", text));
        }
        if (conversation != null && !conversations.end(conversation)) {
            return List.of(turn.say("coach.button.stale"));
        }
        return List.of(accountGoalSet(turn, account, typed.get().percent()));
    }

    private Reply accountGoalSet(Turn turn, Account account, Integer percent) {
        if (!goals.setAccountGoal(turn.userId(), account.id(), percent)) {
            return turn.say("accounts.goals.gone");
        }
        Account now = accounts.find(turn.userId(), account.id()).orElseThrow();
        String done;
        if (percent != null) {
            done = turn.text("accounts.goals.account.set", now.name(), GoalsView.goal(percent, turn.language()));
        } else if (now.tier() != null) {
            done = turn.text("accounts.goals.account.tier", now.name(), now.tier().name(),
                    GoalsView.goal(goals.tierGoals(turn.userId()).of(now.tier()), turn.language()));
        } else {
            done = turn.text("accounts.goals.account.noTier", now.name());
        }
        return view.account(turn, now, done);
    }

    /**
     * A goal as typed: "15", "+15%", "-5 %", "15,5" (rounded), or a word for "back to the default" ("standaard",
     * "default"): then {@code percent} is null. Only goals from {@link TierGoals#LOWEST} to {@link TierGoals#HIGHEST}.
     */
    record TypedGoal(Integer percent) {

        static Optional<TypedGoal> read(String text) {
            String typed = text.strip().toLowerCase(Locale.ROOT);
            if (BACK_WORDS.contains(typed)) {
                return Optional.of(new TypedGoal(null));
            }
            Matcher m = PERCENT.matcher(typed);
            if (!m.matches()) {
                return Optional.empty();
            }
            double value = Double.parseDouble(m.group(2) + (m.group(3) == null ? "" : "." + m.group(3)));
            int percent = (int) Math.round(m.group(1).isEmpty() || m.group(1).equals("+") ? value : -value);
            return TierGoals.allowed(percent) ? Optional.of(new TypedGoal(percent)) : Optional.empty();
        }
    }

    // --- the conversation --------------------------------------------------------------------------------------------

    @Override
    public List<Reply> onText(Turn turn, Conversation conversation, String text) {
        GoalsState state = GoalsState.of(conversation);
        if (looksLikeANote(text) && freeText.getIfAvailable() != null) {
            conversations.end(conversation);
            List<Reply> replies = new ArrayList<>(List.of(turn.say("accounts.goals.leftForNote")));
            replies.addAll(freeText.getIfAvailable().onFreeText(turn, text));
            return replies;
        }
        if (state.step() == GoalsState.Step.TIER_GOAL) {
            return setTierGoal(turn, state.tier(), text, conversation);
        }
        Optional<Account> account = accounts.find(turn.userId(), state.accountId());
        if (account.isEmpty()) {
            conversations.end(conversation);
            return List.of(turn.say("accounts.goals.gone"));
        }
        return state.step() == GoalsState.Step.REVENUE
                ? onReading(turn, account.get(), RevenueEntry.read(text, goals.years(turn.user())), conversation, state.year())
                : setAccountGoal(turn, account.get(), text, conversation);
    }

    /** Words and no figure at all, more than a few: a visit note typed while a figure was asked for. */
    static boolean looksLikeANote(String text) {
        return text.chars().noneMatch(Character::isDigit) && text.strip().split("\\s+").length >= 4;
    }

    /** Starts the conversation, or moves the one under way on; empty when another update moved it first. */
    private Optional<Conversation> keep(Turn turn, Conversation current, GoalsState state) {
        return current == null ? Optional.of(conversations.start(turn.userId(), NAME, state.step().id, state.toMap()))
                : conversations.advance(current, state.step().id, state.toMap());
    }

    // --- buttons -----------------------------------------------------------------------------------------------------

    @Override
    public List<Reply> onButton(Turn turn, String packed) {
        Optional<GoalsAction> unpacked = GoalsAction.unpack(packed);
        if (unpacked.isEmpty()) {
            return List.of(turn.say("coach.button.stale"));
        }
        GoalsAction action = unpacked.get();
        if (action instanceof TierGoal t) {
            return List.of(view.tierChoices(turn, t.tier(), goals.yearToReport(turn.user())).inPlace());
        }
        if (action instanceof SetTierGoal s) {
            if (s.percent() != null && !TierGoals.allowed(s.percent())) {
                return List.of(turn.say("coach.button.stale"));
            }
            goals.setTierGoal(turn.userId(), s.tier(), s.percent());
            return List.of(Reply.notice(tierGoalSet(turn, s.tier())), view.overview(turn, goals.yearToReport(turn.user())).inPlace());
        }
        if (action instanceof TypeTierGoal t) {
            conversations.start(turn.userId(), NAME, GoalsState.Step.TIER_GOAL.id, GoalsState.tierGoal(t.tier(), turn.pressedMessage()).toMap());
            return List.of(view.overview(turn, goals.yearToReport(turn.user())).markInPlace(),
                    Reply.text(turn.text("accounts.goals.ask.tier", t.tier().name()) + " " + turn.text("accounts.goals.ask.percent")));
        }
        if (action instanceof Overview o) {
            return goals.years(turn.user()).contains(o.year()) ? List.of(view.overview(turn, o.year()).inPlace())
                    : List.of(turn.say("coach.button.stale"));
        }
        String accountId = action instanceof GoalsAction.OnAccount on ? on.accountId() : null;
        Optional<Account> found = accounts.find(turn.userId(), accountId);
        if (found.isEmpty()) {
            return List.of(turn.say("accounts.goals.gone"));
        }
        Account account = found.get();
        if (action instanceof AskRevenue) {
            conversations.start(turn.userId(), NAME, GoalsState.Step.REVENUE.id, GoalsState.revenue(account.id(), null).toMap());
            return List.of(Reply.text(askRevenue(turn, account, null)));
        }
        if (action instanceof RecordRevenue r) {
            return goals.years(turn.user()).contains(r.year()) && r.euros() <= Amounts.MOST
                    ? List.of(record(turn, account, r.year(), r.euros()).inPlace()) : List.of(turn.say("coach.button.stale"));
        }
        if (action instanceof ShowAccount) {
            return List.of(view.account(turn, account).inPlace());
        }
        if (action instanceof AccountGoal) {
            return List.of(view.accountChoices(turn, account));
        }
        if (action instanceof SetAccountGoal s) {
            return s.percent() != null && !TierGoals.allowed(s.percent()) ? List.of(turn.say("coach.button.stale"))
                    : List.of(accountGoalSet(turn, account, s.percent()).inPlace());
        }
        if (action instanceof TypeAccountGoal) {
            conversations.start(turn.userId(), NAME, GoalsState.Step.ACCOUNT_GOAL.id, GoalsState.accountGoal(account.id()).toMap());
            return List.of(Reply.noButtonsInPlace(),
                    Reply.text(turn.text("accounts.goals.ask.account", account.name()) + " " + turn.text("accounts.goals.ask.percent")));
        }
        if (action instanceof AccountChart) {
            return List.of(view.accountChart(turn, account));
        }
        return List.of(turn.say("coach.button.stale"));
    }

    // --- naming an account -----------------------------------------------------------------------------------------

    /** The accounts the first words name (the most words that name one), and the words after that name. */
    record Named(List<Account> accounts, String rest) {
    }

    /**
     * "Fabrikam Nederland 2026 240k": the run of words from the start that names an account, and the rest. The longest
     * such run after which the rest {@code reads} (is an amount or a goal) wins, so that a figure is not taken for a typo
     * in the name ("contoso 0" is Contoso and 0 %, not a misspelt "Contoso"); without one, the longest that names one.
     */
    private Named named(long owner, String typed, java.util.function.Predicate<String> reads) {
        String[] words = typed.strip().split("\\s+");
        Named longest = null;
        for (int k = words.length; k >= 1; k--) {
            List<Account> found = accounts.findByName(owner, String.join(" ", Arrays.copyOfRange(words, 0, k)));
            if (!found.isEmpty()) {
                Named named = new Named(found, String.join(" ", Arrays.copyOfRange(words, k, words.length)));
                if (!named.rest().isEmpty() && reads.test(named.rest())) {
                    return named;
                }
                longest = longest == null ? named : longest;
            }
        }
        return longest == null ? new Named(List.of(), typed.strip()) : longest;
    }

    /** "Which account do you mean?", a button each (the first {@value #OFFERED}). */
    private Reply which(Turn turn, List<Account> candidates, Function<Account, GoalsAction> action) {
        List<List<Button>> rows = candidates.stream().limit(OFFERED)
                .map(a -> List.of(action.apply(a).button(a.name() + (a.tier() == null ? "" : " [" + a.tier() + "]")))).toList();
        return Reply.withButtons(turn.text("accounts.goals.which"), rows);
    }
}
