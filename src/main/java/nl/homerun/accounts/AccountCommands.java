package nl.homerun.accounts;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import nl.homerun.coach.Button;
import nl.homerun.coach.ChatFeature;
import nl.homerun.coach.Command;
import nl.homerun.coach.CommandSpec;
import nl.homerun.coach.Conversation;
import nl.homerun.coach.ConversationStore;
import nl.homerun.coach.Reply;
import nl.homerun.coach.Turn;
import nl.homerun.contacts.Contact.Tier;

/**
 * {@code /account <naam>} shows an account's card, {@code /accounts} lists them by tier (and asks about names that
 * may be one company), {@code /waarde} ({@code /value}) scores an account's value and proposes its tier,
 * {@code /portfolio} shows the spread and coaches focus.
 */
@Component
class AccountCommands implements ChatFeature {

    private static final int LISTED = 24;
    private static final int CHOICES = 8;

    private final Accounts accounts;
    private final AccountCard card;
    private final ValueScoring value;
    private final Portfolio portfolio;
    private final java.time.Clock clock;
    private final ConversationStore conversations;

    AccountCommands(Accounts accounts, AccountCard card, ValueScoring value, Portfolio portfolio, java.time.Clock clock,
            ConversationStore conversations) {
        this.clock = clock;
        this.conversations = conversations;
        this.accounts = accounts;
        this.card = card;
        this.value = value;
        this.portfolio = portfolio;
    }

    @Override
    public String name() {
        return AccountAction.FEATURE;
    }

    @Override
    public List<CommandSpec> commands() {
        return List.of(new CommandSpec("account", "account", "accounts.account.description"),
                new CommandSpec("accounts", "accounts", "accounts.list.description"),
                new CommandSpec("waarde", "value", "accounts.value.description"),
                new CommandSpec("portfolio", "portfolio", "accounts.portfolio.description"));
    }

    /**
     * The command's answer; a value conversation it interrupted shows its question again after it (the coach does so
     * only for commands of other features).
     */
    @Override
    public List<Reply> onCommand(Turn turn, Command command) {
        boolean scoring = command.name().equals("waarde") || command.name().equals("value");
        Optional<Conversation> before = scoring ? Optional.empty() : conversations.active(turn.userId())
                .filter(c -> c.feature().equals(name()));
        List<Reply> replies = new ArrayList<>(answer(turn, command));
        before.flatMap(c -> conversations.active(turn.userId()).filter(now -> now.version() == c.version()))
                .flatMap(c -> value.current(turn, c)).ifPresent(replies::add);
        return replies;
    }

    private List<Reply> answer(Turn turn, Command command) {
        return switch (command.name()) {
            case "accounts" -> list(turn);
            case "portfolio" -> List.of(portfolio.of(turn));
            case "waarde", "value" -> command.hasArguments()
                    ? find(turn, command.arguments(), a -> value.start(turn, a), AccountAction.Value::new)
                    : List.of(chooseToScore(turn));
            default -> command.hasArguments()
                    ? find(turn, command.arguments(), a -> List.of(card.of(turn, a)), AccountAction.Show::new)
                    : list(turn);
        };
    }

    /** The account a typed name fits: one does {@code then}; several are asked about; none is said plainly. */
    private List<Reply> find(Turn turn, String typed, Function<Account, List<Reply>> then,
            Function<String, AccountAction> choice) {
        List<Account> found = accounts.findByName(turn.userId(), typed);
        if (found.size() == 1) {
            return then.apply(found.get(0));
        }
        if (found.isEmpty()) {
            return List.of(turn.say("accounts.notFound", typed.strip()));
        }
        List<List<Button>> rows = new ArrayList<>();
        for (Account account : found.subList(0, Math.min(CHOICES, found.size()))) {
            rows.add(List.of(choice.apply(account.id()).button(label(account))));
        }
        return List.of(Reply.withButtons(turn.text("accounts.which"), rows));
    }

    private static String label(Account account) {
        return account.name() + (account.tier() == null ? "" : " (" + account.tier().name() + ")");
    }

    /** The accounts by tier, a button each; then the first pair of names that may be one company. */
    private List<Reply> list(Turn turn) {
        List<Account> all = accounts.all(turn.userId());
        if (all.isEmpty()) {
            return List.of(turn.say("accounts.none"));
        }
        Map<Tier, Integer> people = new EnumMap<>(Tier.class);
        StringBuilder text = new StringBuilder(turn.text("accounts.list", all.size()));
        String heading = null;
        for (Account account : all) {
            String group = account.tier() == null ? turn.text("accounts.list.untiered")
                    : turn.text("accounts.list.tier." + account.tier().name());
            if (!group.equals(heading)) {
                long inGroup = all.stream().filter(a -> a.tier() == account.tier()).count();
                text.append("\n\n<b>").append(group).append("</b> (").append(inGroup).append(')');
                heading = group;
            }
            int size = accounts.contactsOf(turn.userId(), account).size();
            text.append("\n").append(turn.text("accounts.list.line", account.name(), size));
            if (account.tier() != null) {
                people.merge(account.tier(), size, Integer::sum);
            }
        }
        text.append("\n\n").append(turn.text("accounts.list.hint"));
        List<List<Button>> rows = new ArrayList<>();
        List<Button> row = new ArrayList<>();
        for (Account account : all.subList(0, Math.min(LISTED, all.size()))) {
            row.add(new AccountAction.Show(account.id()).button(label(account)));
            if (row.size() == 2) {
                rows.add(row);
                row = new ArrayList<>();
            }
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        List<Reply> replies = new ArrayList<>(List.of(Reply.withButtons(text.toString(), rows)));
        nextMergeQuestion(turn).ifPresent(replies::add);
        return replies;
    }

    /** "/waarde" without a name: the accounts to score, those without scores first. */
    private Reply chooseToScore(Turn turn) {
        List<Account> all = new ArrayList<>(accounts.all(turn.userId()));
        if (all.isEmpty()) {
            return turn.say("accounts.none");
        }
        all.sort(java.util.Comparator.comparing((Account a) -> !a.value().isEmpty()).thenComparing(Accounts.BY_TIER));
        List<List<Button>> rows = new ArrayList<>();
        for (Account account : all.subList(0, Math.min(CHOICES, all.size()))) {
            rows.add(List.of(new AccountAction.Value(account.id()).button((account.value().isEmpty() ? "⚖️ " : "✓ ") + label(account))));
        }
        return Reply.withButtons(turn.text("accounts.value.choose"), rows);
    }

    private Optional<Reply> nextMergeQuestion(Turn turn) {
        return accounts.nearDuplicates(turn.userId()).stream().findFirst()
                .map(pair -> mergeQuestion(turn, pair.one(), pair.other()));
    }

    private Reply mergeQuestion(Turn turn, Account one, Account other) {
        long owner = turn.userId();
        return Reply.withButtons(turn.text("accounts.merge.ask", one.name(), accounts.contactsOf(owner, one).size(),
                other.name(), accounts.contactsOf(owner, other).size()), List.of(
                List.of(new AccountAction.Merge(one.id(), other.id()).button(turn.text("accounts.merge.as", one.name())),
                        new AccountAction.Merge(other.id(), one.id()).button(turn.text("accounts.merge.as", other.name()))),
                List.of(new AccountAction.Apart(one.id(), other.id()).button(turn.text("accounts.merge.apart")))));
    }

    @Override
    public List<Reply> onText(Turn turn, Conversation conversation, String text) {
        return value.typed(turn, conversation, text);
    }

    @Override
    public Optional<Reply> resumeOffer(Turn turn, Conversation conversation) {
        return value.current(turn, conversation);
    }

    /** Stopped or closed midway: the scores given so far are kept (a criterion not reached keeps the score it had). */
    @Override
    public void onLeave(Turn turn, Conversation conversation) {
        ValueConversation state = ValueConversation.of(conversation);
        if (ValueConversation.asking(conversation).isEmpty() || state.scores().isEmpty()) {
            return;
        }
        accounts.find(turn.userId(), state.accountId()).ifPresent(account -> {
            Map<Criterion, Integer> scores = new EnumMap<>(Criterion.class);
            scores.putAll(account.value().scores());
            scores.putAll(state.scores());
            accounts.setValue(turn.userId(), account.id(), new ValueScores(scores, clock.instant()));
        });
    }

    @Override
    public List<Reply> onButton(Turn turn, String action) {
        return AccountAction.unpack(action).flatMap(a -> press(turn, a))
                .orElseGet(() -> List.of(turn.say("coach.button.stale")));
    }

    /** What a button does; empty when it no longer applies (the account is gone, or another user's). */
    private Optional<List<Reply>> press(Turn turn, AccountAction action) {
        long owner = turn.userId();
        if (action instanceof AccountAction.Score score) {
            return Optional.of(value.pressed(turn, score));
        }
        if (action instanceof AccountAction.Typed typed) {
            return Optional.of(value.typedSettled(turn, typed));
        }
        if (action instanceof AccountAction.Show show) {
            return accounts.find(owner, show.accountId()).map(a -> List.of(card.of(turn, a).inPlace()));
        }
        if (action instanceof AccountAction.Value start) {
            return accounts.find(owner, start.accountId()).map(a -> value.start(turn, a));
        }
        if (action instanceof AccountAction.SetTier set) {
            return accounts.find(owner, set.accountId()).flatMap(a -> setTier(turn, a, set.tier()));
        }
        if (action instanceof AccountAction.AskMerge ask) {
            return accounts.find(owner, ask.oneId()).flatMap(one -> accounts.find(owner, ask.otherId())
                    .map(other -> List.of(mergeQuestion(turn, one, other))));
        }
        if (action instanceof AccountAction.Merge merge) {
            Optional<Account> gone = accounts.find(owner, merge.goneId());
            if (gone.isEmpty() || !accounts.merge(owner, merge.keepId(), merge.goneId(), null)) {
                return Optional.empty();
            }
            Account kept = accounts.find(owner, merge.keepId()).orElseThrow();
            return Optional.of(answeredThenNext(turn, turn.text("accounts.merged", gone.get().name(), kept.name(),
                    accounts.contactsOf(owner, kept).size())));
        }
        if (action instanceof AccountAction.Apart apart) {
            Optional<Account> one = accounts.find(owner, apart.oneId());
            Optional<Account> other = accounts.find(owner, apart.otherId());
            if (one.isEmpty() || other.isEmpty() || !accounts.keepApart(owner, apart.oneId(), apart.otherId())) {
                return Optional.empty();
            }
            return Optional.of(answeredThenNext(turn, turn.text("accounts.keptApart", one.get().name(), other.get().name())));
        }
        return Optional.empty();
    }

    /** A merge question answered: its answer in its place, and the next pair, if any. */
    private List<Reply> answeredThenNext(Turn turn, String answer) {
        List<Reply> replies = new ArrayList<>(List.of(Reply.text(answer).inPlace()));
        nextMergeQuestion(turn).ifPresent(replies::add);
        return replies;
    }

    /**
     * The tier chosen: by value when it is what the scores propose, the user's own choice against them when not, by
     * hand without scores. Said with what it means for the people there; the card shows it in place.
     */
    private Optional<List<Reply>> setTier(Turn turn, Account account, Tier tier) {
        Optional<Tier> proposed = account.value().proposedTier();
        TierReason reason = proposed.isEmpty() ? TierReason.BY_HAND
                : proposed.get() == tier ? TierReason.BY_VALUE : TierReason.OVERRULED;
        if (!accounts.setTier(turn.userId(), account.id(), tier, reason)) {
            return Optional.empty();
        }
        Account changed = accounts.find(turn.userId(), account.id()).orElseThrow();
        int people = accounts.contactsOf(turn.userId(), changed).size();
        return Optional.of(List.of(card.of(turn, changed).inPlace(),
                turn.say("accounts.tier.set", changed.name(), tier.name(), people, turn.text("accounts.rhythm." + tier.name()))));
    }
}
