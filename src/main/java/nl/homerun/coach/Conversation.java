package nl.homerun.coach;

import java.time.Instant;
import java.util.Map;

/**
 * The one conversation a user is in, if any: which feature owns it, where it stands and what it has
 * collected so far. {@code version} grows with every change, so two updates racing for the same step cannot
 * both win (see {@link ConversationStore#advance}). {@code message}: the chat message being answered, if any.
 */
public record Conversation(long userId, String feature, String step, Map<String, Object> state, long version,
        Instant startedAt, Instant updatedAt, String message) {

    public Conversation {
        state = Map.copyOf(state);
    }

    public Conversation(long userId, String feature, String step, Map<String, Object> state, long version,
            Instant startedAt, Instant updatedAt) {
        this(userId, feature, step, state, version, startedAt, updatedAt, null);
    }

    /**
     * The same, answering the chat message {@code message} (null where the channel does not name messages): a change
     * written from it records that message with it, so the message handled again after a crash is known as taken.
     */
    public Conversation answering(String message) {
        return new Conversation(userId, feature, step, state, version, startedAt, updatedAt, message);
    }
}
