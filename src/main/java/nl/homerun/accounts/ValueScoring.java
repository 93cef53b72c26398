package nl.homerun.accounts;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import nl.homerun.coach.Button;
import nl.homerun.coach.Conversation;
import nl.homerun.coach.ConversationStore;
import nl.homerun.coach.CoreAction;
import nl.homerun.coach.FreeTextHandler;
import nl.homerun.coach.Reply;
import nl.homerun.coach.Turn;
import nl.homerun.contacts.Contact.Tier;

/**
 * The value conversation ({@code /waarde}, {@code /value}): one question per {@link Criterion}, over the three value
 * groups, each scored 1 to 5 with a button (or typed); then the tier the scores point to, with the reason, to confirm
 * or overrule. A criterion skipped keeps the score it had. The scores are stored when the last question is answered;
 * the tier when the user chooses it.
 */
@Component
class ValueScoring {

    private final Accounts accounts;
    private final ConversationStore conversations;
    private final ObjectProvider<FreeTextHandler> notes;
    private final Clock clock;

    ValueScoring(Accounts accounts, ConversationStore conversations, ObjectProvider<FreeTextHandler> notes, Clock clock) {
        this.accounts = accounts;
        this.conversations = conversations;
        this.notes = notes;
        this.clock = clock;
    }

    List<Reply> start(Turn turn, Account account) {
        Criterion first = Criterion.values()[0];
        Conversation started = conversations.start(turn.userId(), AccountAction.FEATURE, first.key(),
                ValueConversation.begin(account.id()).toMap());
        return List.of(turn.say("accounts.value.intro", account.name(), Criterion.values().length),
                question(turn, account, first, started.version()));
    }

    /** The question of a criterion, with a button per score, "don't know" and stop. */
    Reply question(Turn turn, Account account, Criterion criterion, long version) {
        int number = List.of(Criterion.values()).indexOf(criterion) + 1;
        StringBuilder text = new StringBuilder(turn.text("accounts.value.question", turn.text("accounts.group." + criterion.group().key()),
                number, Criterion.values().length)).append("\n").append(turn.text("accounts.criterion." + criterion.key(), account.name()));
        account.value().score(criterion).ifPresent(before -> text.append("\n").append(turn.text("accounts.value.before", before)));
        List<Button> scores = new ArrayList<>();
        for (int score = 1; score <= 5; score++) {
            scores.add(new AccountAction.Score(version, score).button(String.valueOf(score)));
        }
        return Reply.withButtons(text.toString(), List.of(scores, List.of(
                new AccountAction.Score(version, 0).button(turn.text("accounts.value.skip")),
                CoreAction.STOP.button(turn.text("accounts.value.stop")))));
    }

    /** The current question again, as after an interruption; empty when the conversation is not a value conversation. */
    Optional<Reply> current(Turn turn, Conversation conversation) {
        return ValueConversation.asking(conversation).flatMap(criterion -> accounts.find(turn.userId(),
                ValueConversation.of(conversation).accountId()).map(a -> question(turn, a, criterion, conversation.version())));
    }

    /** A score button: answered at the version it was asked at, else it had already come in. */
    List<Reply> pressed(Turn turn, AccountAction.Score score) {
        Optional<Conversation> conversation = active(turn, score.version());
        if (conversation.isEmpty()) {
            return List.of(Reply.noButtonsInPlace(), turn.say("accounts.value.stale"));
        }
        Criterion criterion = ValueConversation.asking(conversation.get()).orElseThrow();
        String answer = score.score() == 0 ? turn.text("accounts.value.skipped") : String.valueOf(score.score());
        List<Reply> replies = new ArrayList<>(List.of(Reply.noButtonsInPlace(), Reply.notice(turn.text("accounts.value.answered",
                turn.text("accounts.criterion." + criterion.key() + ".short"), answer))));
        replies.addAll(answer(turn, conversation.get(), criterion, score.score()));
        return replies;
    }

    /** Text typed during the conversation: a score 1–5 or "skip", else asked whether it was a visit note. */
    List<Reply> typed(Turn turn, Conversation conversation, String text) {
        Optional<Criterion> criterion = ValueConversation.asking(conversation);
        if (criterion.isEmpty()) {
            conversations.end(conversation);
            return List.of(turn.say("accounts.value.stale"));
        }
        String answer = text.strip().toLowerCase(java.util.Locale.ROOT);
        if (answer.matches("[1-5]")) {
            return answer(turn, conversation, criterion.get(), Integer.parseInt(answer));
        }
        if (List.of("weet niet", "weet ik niet", "overslaan", "skip", "don't know", "dont know", "?").contains(answer)) {
            return answer(turn, conversation, criterion.get(), 0);
        }
        if (answer.matches("\\d+([.,]\\d+)?")) {
            return List.of(turn.say("accounts.value.range"));
        }
        Optional<Conversation> kept = conversations.advance(conversation, conversation.step(),
                ValueConversation.of(conversation).withPending(text).toMap());
        if (kept.isEmpty()) {
            return List.of(turn.say("accounts.value.stale"));
        }
        long version = kept.get().version();
        return List.of(Reply.withButtons(turn.text("accounts.value.noteOrAnswer"), List.of(List.of(
                new AccountAction.Typed(version, true).button(turn.text("accounts.value.asNote")),
                new AccountAction.Typed(version, false).button(turn.text("accounts.value.back"))))));
    }

    /** After "was that a note?": kept as a note (or not), and the question again. */
    List<Reply> typedSettled(Turn turn, AccountAction.Typed typed) {
        Optional<Conversation> conversation = active(turn, typed.version());
        if (conversation.isEmpty()) {
            return List.of(Reply.noButtonsInPlace(), turn.say("accounts.value.stale"));
        }
        ValueConversation state = ValueConversation.of(conversation.get());
        List<Reply> replies = new ArrayList<>(List.of(Reply.noButtonsInPlace()));
        FreeTextHandler handler = notes.getIfAvailable();
        if (typed.asNote() && state.pending() != null && handler != null) {
            replies.addAll(handler.onFreeText(turn, state.pending()));
        }
        Optional<Conversation> moved = conversations.advance(conversation.get(), conversation.get().step(),
                state.withPending(null).toMap());
        moved.flatMap(c -> current(turn, c)).ifPresentOrElse(replies::add, () -> replies.add(turn.say("accounts.value.stale")));
        return replies;
    }

    private Optional<Conversation> active(Turn turn, long version) {
        return conversations.active(turn.userId()).filter(c -> c.feature().equals(AccountAction.FEATURE)
                && c.version() == version && ValueConversation.asking(c).isPresent());
    }

    private List<Reply> answer(Turn turn, Conversation conversation, Criterion criterion, int score) {
        ValueConversation state = ValueConversation.of(conversation).scored(criterion, score);
        Optional<Account> account = accounts.find(turn.userId(), state.accountId());
        if (account.isEmpty()) {
            conversations.end(conversation);
            return List.of(turn.say("accounts.gone"));
        }
        Optional<Criterion> next = ValueConversation.after(criterion);
        if (next.isPresent()) {
            return conversations.advance(conversation, next.get().key(), state.toMap())
                    .map(moved -> List.of(question(turn, account.get(), next.get(), moved.version())))
                    .orElseGet(() -> List.of(turn.say("accounts.value.stale")));
        }
        if (!conversations.end(conversation)) {
            return List.of(turn.say("accounts.value.stale"));
        }
        Map<Criterion, Integer> scores = new EnumMap<>(Criterion.class);
        scores.putAll(account.get().value().scores());
        scores.putAll(state.scores());
        if (scores.isEmpty()) {
            return List.of(turn.say("accounts.value.nothing", account.get().name()));
        }
        ValueScores value = new ValueScores(scores, clock.instant());
        accounts.setValue(turn.userId(), account.get().id(), value);
        return List.of(proposal(turn, accounts.find(turn.userId(), account.get().id()).orElseThrow()));
    }

    /** The tier the scores point to, why, what it means, and buttons to confirm it or choose another. */
    static Reply proposal(Turn turn, Account account) {
        Tier proposed = account.value().proposedTier().orElseThrow();
        String text = turn.text("accounts.value.result", account.name(), AccountCard.groups(turn, account.value()))
                + "\n" + turn.text("accounts.value.propose." + proposed.name())
                + "\n" + turn.text("accounts.value.rule", ValueScores.A_FROM, ValueScores.C_BELOW)
                + "\n\n" + turn.text("accounts.value.confirm.ask");
        List<Button> choices = new ArrayList<>(List.of(new AccountAction.SetTier(account.id(), proposed)
                .button(turn.text("accounts.value.confirm", proposed.name()))));
        for (Tier other : Tier.values()) {
            if (other != proposed) {
                choices.add(new AccountAction.SetTier(account.id(), other).button(turn.text("accounts.value.overrule", other.name())));
            }
        }
        return Reply.withButtons(text, List.of(choices));
    }
}
