package nl.homerun.telegram;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageReplyMarkup;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import nl.homerun.coach.Attachment;
import nl.homerun.coach.Button;
import nl.homerun.coach.Html;

/** The Bot API calls Homerun makes, on top of the TelegramBots client. */
class BotApi {

    private static final Logger log = LoggerFactory.getLogger(BotApi.class);

    private final TelegramClient client;

    BotApi(TelegramClient client) {
        this.client = client;
    }

    /** Sends one message; as HTML unless {@code plain}, which is the fallback when Telegram rejects the markup. */
    void send(long chatId, OutgoingMessage message, boolean plain) throws TelegramApiException {
        String text = plain ? Html.toPlainText(message.text()) : message.text();
        String parseMode = plain ? null : "HTML";
        InlineKeyboardMarkup keyboard = keyboard(message.buttons());
        Attachment file = message.attachment();
        if (file == null) {
            client.execute(SendMessage.builder().chatId(chatId).text(text).parseMode(parseMode).replyMarkup(keyboard).build());
        } else if (file.isImage()) {
            client.execute(SendPhoto.builder().chatId(chatId).photo(input(file)).caption(text.isEmpty() ? null : text)
                    .parseMode(parseMode).replyMarkup(keyboard).build());
        } else {
            client.execute(SendDocument.builder().chatId(chatId).document(input(file)).caption(text.isEmpty() ? null : text)
                    .parseMode(parseMode).replyMarkup(keyboard).build());
        }
    }

    /**
     * Changes a message sent before, named by {@code messageId} in the chat: its text and buttons, or only its
     * buttons (none removes them). As HTML unless {@code plain}.
     */
    void edit(long chatId, int messageId, OutgoingMessage message, boolean plain) throws TelegramApiException {
        InlineKeyboardMarkup keyboard = keyboard(message.buttons());
        if (message.edit().buttonsOnly()) {
            client.execute(EditMessageReplyMarkup.builder().chatId(chatId).messageId(messageId).replyMarkup(keyboard).build());
        } else {
            client.execute(EditMessageText.builder().chatId(chatId).messageId(messageId)
                    .text(plain ? Html.toPlainText(message.text()) : message.text()).parseMode(plain ? null : "HTML")
                    .replyMarkup(keyboard).build());
        }
    }

    /** The message number in a reference made by {@link TelegramUpdate} ("chat:message"), if it is one of this chat's. */
    static java.util.OptionalInt messageId(String messageRef, long chatId) {
        int colon = messageRef == null ? -1 : messageRef.lastIndexOf(':');
        if (colon < 1 || !messageRef.substring(0, colon).equals(String.valueOf(chatId))
                || !messageRef.substring(colon + 1).matches("\\d{1,10}")) {
            return java.util.OptionalInt.empty();
        }
        long id = Long.parseLong(messageRef.substring(colon + 1));
        return id > 0 && id <= Integer.MAX_VALUE ? java.util.OptionalInt.of((int) id) : java.util.OptionalInt.empty();
    }

    /**
     * A call whose failure changes nothing for the user (typing, answering a button press, the command menu): made
     * in the background, a failure is logged, and the caller never waits or fails with it.
     */
    <T extends Serializable> void fireAndForget(BotApiMethod<T> method) {
        try {
            client.executeAsync(method).whenComplete((result, error) -> {
                if (error != null) {
                    log.warn("Bot API call {} failed: {}", method.getMethod(), describe(error));
                }
            });
        } catch (TelegramApiException | RuntimeException e) {
            log.warn("Bot API call {} failed: {}", method.getMethod(), describe(e));
        }
    }

    static String describe(Throwable error) {
        Throwable cause = error.getCause() != null && error instanceof java.util.concurrent.CompletionException
                ? error.getCause() : error;
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }

    private static InputFile input(Attachment file) {
        return new InputFile(new ByteArrayInputStream(file.content()), file.fileName());
    }

    private static InlineKeyboardMarkup keyboard(List<List<Button>> buttons) {
        if (buttons.isEmpty()) {
            return null;
        }
        return InlineKeyboardMarkup.builder().keyboard(buttons.stream()
                .map(row -> new InlineKeyboardRow(row.stream()
                        .map(b -> InlineKeyboardButton.builder().text(b.label()).callbackData(b.action()).build())
                        .toList()))
                .toList()).build();
    }
}
