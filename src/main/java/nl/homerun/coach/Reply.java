package nl.homerun.coach;

import java.util.List;
import java.util.Objects;

/**
 * One message back to the user. The text uses Telegram's HTML subset ({@code <b>}, {@code <i>}, {@code <code>});
 * anything the user typed is escaped with {@link Html#escape} before it goes in. Buttons are rows of
 * {@link Button}s; the attachment, when present, carries the text as its caption. A {@link #notice} is a short
 * confirmation rather than a message. With an {@link #edit} the reply changes a message already sent instead of
 * sending a new one: most often the message whose button was just pressed ({@link #inPlace()}).
 */
public record Reply(String text, List<List<Button>> buttons, Attachment attachment, boolean notice, Edit edit) {

    /**
     * Which message a reply changes, and how.
     *
     * @param messageRef  the channel's name for the message; null for the message whose button was pressed, which
     *                    the {@link Coach} fills in before a channel sees the reply
     * @param buttonsOnly only the buttons change (the text stays); no buttons removes them
     * @param orNew       whether the reply is still worth sending as a new message where that message cannot be
     *                    changed (a card showing its new state is; a question marked as answered is not)
     */
    public record Edit(String messageRef, boolean buttonsOnly, boolean orNew) {
    }

    public Reply(String text, List<List<Button>> buttons, Attachment attachment) {
        this(text, buttons, attachment, false, null);
    }

    public Reply(String text, List<List<Button>> buttons, Attachment attachment, boolean notice) {
        this(text, buttons, attachment, notice, null);
    }

    public Reply {
        Objects.requireNonNull(text, "text");
        buttons = buttons.stream().map(List::copyOf).toList();
        if (edit != null && (attachment != null || notice)) {
            throw new IllegalArgumentException("Only a text message can be changed in place");
        }
    }

    public static Reply text(String text) {
        return new Reply(text, List.of(), null);
    }

    public static Reply withButtons(String text, List<List<Button>> buttons) {
        return new Reply(text, buttons, null);
    }

    /**
     * A short confirmation of a button press ("Saved"): Telegram shows it briefly over the chat instead of as a
     * message; other channels print it as a line.
     */
    public static Reply notice(String text) {
        return new Reply(text, List.of(), null, true);
    }

    public static Reply file(String caption, Attachment attachment) {
        return new Reply(caption, List.of(), Objects.requireNonNull(attachment));
    }

    /**
     * New buttons for the message whose button was pressed, its text unchanged (none: the buttons go). Dropped where
     * that message cannot be changed.
     */
    public static Reply buttonsInPlace(List<List<Button>> buttons) {
        return new Reply("", buttons, null, false, new Edit(null, true, false));
    }

    /** The message whose button was pressed loses its buttons, as a question that has been answered. */
    public static Reply noButtonsInPlace() {
        return buttonsInPlace(List.of());
    }

    /**
     * This reply shown instead of the message whose button was pressed (a card with its new state); where that
     * message cannot be changed, it comes as a new message.
     */
    public Reply inPlace() {
        return new Reply(text, buttons, null, false, new Edit(null, false, true));
    }

    /**
     * This reply shown instead of the message whose button was pressed, only to mark it (a question with the answer
     * given); dropped where that message cannot be changed.
     */
    public Reply markInPlace() {
        return new Reply(text, buttons, null, false, new Edit(null, false, false));
    }

    /**
     * This reply shown instead of the message the channel calls {@code messageRef} (one whose button was pressed
     * earlier); a new message when that is null or cannot be changed.
     */
    public Reply inPlaceOf(String messageRef) {
        return messageRef == null ? new Reply(text, buttons, null, false, null)
                : new Reply(text, buttons, null, false, new Edit(messageRef, false, true));
    }

    /**
     * This reply shown instead of the message {@code messageRef}, only to mark it (an offer taken after its text was
     * typed); dropped where it cannot be changed.
     */
    public Reply markInPlaceOf(String messageRef) {
        return new Reply(text, buttons, null, false, new Edit(Objects.requireNonNull(messageRef, "messageRef"), false, false));
    }

    /** The same reply for the message {@code messageRef}: how the {@link Coach} names the pressed message. */
    Reply editing(String messageRef) {
        return new Reply(text, buttons, attachment, notice, new Edit(messageRef, edit.buttonsOnly(), edit.orNew()));
    }

    /** The same reply as a message of its own. */
    public Reply asNewMessage() {
        return new Reply(text, buttons, attachment, notice, null);
    }

    public boolean hasButtons() {
        return !buttons.isEmpty();
    }

    public boolean isEdit() {
        return edit != null;
    }
}
