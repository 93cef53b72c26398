package nl.homerun.coach;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A capability of the coach (the checklist, contacts, reminders …). The core routes to it the commands it
 * names, the presses on its buttons and the text typed while one of its conversations is active.
 */
public interface ChatFeature {

    /** A short lower-case name: the prefix of this feature's button actions ({@code name:…}) and conversations. */
    String name();

    /** The commands this feature answers, in the order {@code /help} lists them. */
    default List<CommandSpec> commands() {
        return List.of();
    }

    default List<Reply> onCommand(Turn turn, Command command) {
        throw new UnsupportedOperationException(name() + " has no commands");
    }

    /** A press on one of this feature's buttons; {@code action} is what follows "name:". */
    default List<Reply> onButton(Turn turn, String action) {
        return List.of(turn.say("coach.button.stale"));
    }

    /** This feature's conversation is being left: stopped by the user or closed after waiting too long. */
    default void onLeave(Turn turn, Conversation conversation) {
    }

    /**
     * When this feature's conversation is closed if the user does not come back: by default {@code timeout} after its
     * last change. A conversation that waits for something dated (a call days away) may wait longer.
     */
    default Instant closesAt(Conversation conversation, Duration timeout) {
        return conversation.updatedAt().plus(timeout);
    }

    /**
     * What to show after the user's command to another feature interrupted this feature's conversation: usually a
     * way back in. Empty by default.
     */
    default Optional<Reply> resumeOffer(Turn turn, Conversation conversation) {
        return Optional.empty();
    }

    /**
     * A file sent while this feature's {@link Conversation} is the active one (a list of names it asked for); empty to
     * let it go where files go otherwise (the {@link DocumentHandler}).
     */
    default Optional<List<Reply>> onDocument(Turn turn, Conversation conversation, InboundEvent.DocumentUpload document) {
        return Optional.empty();
    }

    /** Text typed while this feature's {@link Conversation} is the active one. */
    default List<Reply> onText(Turn turn, Conversation conversation, String text) {
        return List.of(turn.say("coach.fallback"));
    }
}
