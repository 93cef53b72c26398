package nl.homerun.coach;

import java.io.IOException;
import java.util.Objects;

/**
 * Something a user did in a chat, as any channel reports it.
 *
 * @param userId       who (the Telegram user id, or the terminal's configured id)
 * @param chatId       where; Homerun serves private chats only, where it equals {@code userId}
 * @param languageCode the language of the user's app, such as "nl" or "en-GB"; may be null
 * @param payload      what they did
 */
public record InboundEvent(long userId, long chatId, String languageCode, Payload payload) {

    public InboundEvent {
        Objects.requireNonNull(payload, "payload");
    }

    public boolean isPrivateChat() {
        return userId == chatId;
    }

    /** What the user sent. */
    public sealed interface Payload {
    }

    /**
     * A typed message, commands included; {@code messageRef} is the channel's name for the message, to find it again
     * when it is edited (null where messages cannot be edited).
     */
    public record Text(String text, String messageRef) implements Payload {
        public Text {
            text = text == null ? "" : text;
        }

        public Text(String text) {
            this(text, null);
        }
    }

    /** A message the user changed after sending it: its new text. */
    public record EditedText(String messageRef, String text) implements Payload {
        public EditedText {
            text = text == null ? "" : text;
        }
    }

    /**
     * A press on one of our buttons; {@code action} is the button's {@link Button#action()}, {@code messageRef} the
     * channel's name for the message the button is under, so that the answer can change that message (null where the
     * channel does not know it).
     */
    public record ButtonPress(String action, String messageRef) implements Payload {
        public ButtonPress {
            action = action == null ? "" : action;
        }

        public ButtonPress(String action) {
            this(action, null);
        }
    }

    /** A contact card shared from the phone's address book. */
    public record SharedContact(String firstName, String lastName, String phoneNumber, String vcard) implements Payload {
    }

    /** A file; its content is fetched only when a feature asks for it. */
    public record DocumentUpload(String fileName, String mimeType, long size, Content content) implements Payload {
    }

    /** Anything else (a sticker, a photo, a voice message, a location …): named, so the reply can say what it was. */
    public record Unsupported(String kind) implements Payload {
    }

    /** Loads the bytes of an uploaded file. */
    @FunctionalInterface
    public interface Content {
        byte[] read() throws IOException;
    }
}
