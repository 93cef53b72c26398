package nl.homerun.coach;

import java.time.Instant;
import java.util.Map;

/**
 * The one conversation a user is in, if any: which feature owns it, where it stands and what it has
 * collected so far. {@code version} grows with every change, so two updates racing for the same step cannot
 * both win (see {@link ConversationStore#advance}).
 */
public record Conversation(long userId, String feature, String step, Map<String, Object> state, long version,
        Instant startedAt, Instant updatedAt) {

    public Conversation {
        state = Map.copyOf(state);
    }
}
