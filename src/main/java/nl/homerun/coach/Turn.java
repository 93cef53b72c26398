package nl.homerun.coach;

import nl.homerun.users.Language;
import nl.homerun.users.UserProfile;

/** One inbound event being answered: who sent it, what it was, and the texts in their language. */
public record Turn(UserProfile user, InboundEvent event, Messages messages) {

    public long userId() {
        return user.id();
    }

    public Language language() {
        return user.language();
    }

    /** A text from the bundles in the user's language. */
    public String text(String key, Object... args) {
        return messages.get(user.language(), key, args);
    }

    /** A reply made of one text from the bundles. */
    public Reply say(String key, Object... args) {
        return Reply.text(text(key, args));
    }

    /**
     * The channel's name for the message whose button is being pressed, to change it later (after the user has typed
     * something); null when this is no button press or the channel does not name its messages.
     */
    public String pressedMessage() {
        return event.payload() instanceof InboundEvent.ButtonPress press ? press.messageRef() : null;
    }

    public Turn withUser(UserProfile changed) {
        return new Turn(changed, event, messages);
    }
}
