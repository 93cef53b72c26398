package nl.homerun.accounts;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.homerun.coach.Conversation;

/**
 * Where a value conversation ({@code /waarde}) stands: the account scored, the scores given so far, and text typed
 * where a score was expected (until the user says whether it was a visit note). Read from its {@link Conversation}'s
 * stored state and written back here and nowhere else; the conversation's step is the criterion being asked.
 */
record ValueConversation(String accountId, Map<Criterion, Integer> scores, String pending) {

    static final String STEP_DONE = "done";
    private static final String ACCOUNT = "account";
    private static final String SCORES = "scores";
    private static final String PENDING = "pending";

    ValueConversation {
        Map<Criterion, Integer> copy = new EnumMap<>(Criterion.class);
        copy.putAll(scores);
        scores = Map.copyOf(copy);
    }

    static ValueConversation begin(String accountId) {
        return new ValueConversation(accountId, Map.of(), null);
    }

    static ValueConversation of(Conversation conversation) {
        Map<String, Object> s = conversation.state();
        Map<Criterion, Integer> scores = new EnumMap<>(Criterion.class);
        if (s.get(SCORES) instanceof Map<?, ?> map) {
            map.forEach((k, v) -> Criterion.of(String.valueOf(k)).ifPresent(c -> {
                if (v instanceof Number n && n.intValue() >= 1 && n.intValue() <= 5) {
                    scores.put(c, n.intValue());
                }
            }));
        }
        return new ValueConversation(String.valueOf(s.get(ACCOUNT)), scores,
                s.get(PENDING) == null ? null : s.get(PENDING).toString());
    }

    /** The form the conversation store keeps. */
    Map<String, Object> toMap() {
        Map<String, Object> map = new HashMap<>();
        map.put(ACCOUNT, accountId);
        Map<String, Object> given = new HashMap<>();
        scores.forEach((c, score) -> given.put(c.key(), score));
        map.put(SCORES, given);
        if (pending != null) {
            map.put(PENDING, pending);
        }
        return map;
    }

    /** The criterion a conversation is asking; empty when its step is none (it is over, or from another version). */
    static Optional<Criterion> asking(Conversation conversation) {
        return Criterion.of(conversation.step());
    }

    /** The criterion after this one, in the order asked; empty after the last. */
    static Optional<Criterion> after(Criterion criterion) {
        List<Criterion> all = List.of(Criterion.values());
        int next = all.indexOf(criterion) + 1;
        return next < all.size() ? Optional.of(all.get(next)) : Optional.empty();
    }

    /** The score given (0: skipped, nothing recorded); the pending text is done with. */
    ValueConversation scored(Criterion criterion, int score) {
        Map<Criterion, Integer> more = new EnumMap<>(Criterion.class);
        more.putAll(scores);
        if (score > 0) {
            more.put(criterion, score);
        } else {
            more.remove(criterion);
        }
        return new ValueConversation(accountId, more, null);
    }

    ValueConversation withPending(String text) {
        return new ValueConversation(accountId, scores, text);
    }
}
