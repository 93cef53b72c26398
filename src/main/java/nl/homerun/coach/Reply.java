package nl.homerun.coach;

import java.util.List;
import java.util.Objects;

/**
 * One message back to the user. The text uses Telegram's HTML subset ({@code <b>}, {@code <i>}, {@code <code>});
 * anything the user typed is escaped with {@link Html#escape} before it goes in. Buttons are rows of
 * {@link Button}s; the attachment, when present, carries the text as its caption. A {@link #notice} is a short
 * confirmation rather than a message.
 */
public record Reply(String text, List<List<Button>> buttons, Attachment attachment, boolean notice) {

    public Reply(String text, List<List<Button>> buttons, Attachment attachment) {
        this(text, buttons, attachment, false);
    }

    public Reply {
        Objects.requireNonNull(text, "text");
        buttons = buttons.stream().map(List::copyOf).toList();
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

    public boolean hasButtons() {
        return !buttons.isEmpty();
    }
}
