package nl.homerun.telegram;

import java.util.Optional;

import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Document;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.Message;

import nl.homerun.coach.InboundEvent;
import nl.homerun.coach.InboundEvent.Payload;

/**
 * A Telegram update read as a coach event, with what the channel needs to answer it (the callback query to
 * acknowledge). Updates that are not from a person in a chat (channel posts, member changes, edits of anything but text) have none.
 */
record TelegramUpdate(int updateId, InboundEvent event, String callbackQueryId) {

    long chatId() {
        return event.chatId();
    }

    static Optional<TelegramUpdate> read(Update update, FileDownloader files) {
        if (update.hasMessage() && update.getMessage().getFrom() != null) {
            Message message = update.getMessage();
            User from = message.getFrom();
            InboundEvent event = new InboundEvent(from.getId(), message.getChatId(), from.getLanguageCode(),
                    payload(message, files));
            return Optional.of(new TelegramUpdate(update.getUpdateId(), event, null));
        }
        if (update.hasEditedMessage() && update.getEditedMessage().getFrom() != null && update.getEditedMessage().hasText()) {
            Message message = update.getEditedMessage();
            User from = message.getFrom();
            InboundEvent event = new InboundEvent(from.getId(), message.getChatId(), from.getLanguageCode(),
                    new InboundEvent.EditedText(reference(message), message.getText()));
            return Optional.of(new TelegramUpdate(update.getUpdateId(), event, null));
        }
        if (update.hasCallbackQuery() && update.getCallbackQuery().getFrom() != null) {
            CallbackQuery query = update.getCallbackQuery();
            User from = query.getFrom();
            long chatId = query.getMessage() != null ? query.getMessage().getChatId() : from.getId();
            InboundEvent event = new InboundEvent(from.getId(), chatId, from.getLanguageCode(),
                    new InboundEvent.ButtonPress(query.getData(), pressedOn(query)));
            return Optional.of(new TelegramUpdate(update.getUpdateId(), event, query.getId()));
        }
        return Optional.empty();
    }

    private static Payload payload(Message message, FileDownloader files) {
        if (message.hasText()) {
            return new InboundEvent.Text(message.getText(), reference(message));
        }
        if (message.hasContact()) {
            var contact = message.getContact();
            return new InboundEvent.SharedContact(contact.getFirstName(), contact.getLastName(),
                    contact.getPhoneNumber(), contact.getVCard());
        }
        if (message.hasDocument()) {
            Document document = message.getDocument();
            long size = document.getFileSize() == null ? 0 : document.getFileSize();
            return new InboundEvent.DocumentUpload(document.getFileName(), document.getMimeType(), size,
                    () -> files.download(document.getFileId()));
        }
        return new InboundEvent.Unsupported(kind(message));
    }

    /**
     * The message a pressed button is under, to change it; none when Telegram no longer shows it to the bot (deleted,
     * or too old: an "inaccessible" message, dated 0).
     */
    private static String pressedOn(CallbackQuery query) {
        var message = query.getMessage();
        return message == null || message.getMessageId() == null || message.getChatId() == null
                || message.getDate() == null || message.getDate() == 0 ? null
                : message.getChatId() + ":" + message.getMessageId();
    }

    /** A message's name in its chat: Telegram numbers messages per chat. */
    private static String reference(Message message) {
        return message.getChatId() + ":" + message.getMessageId();
    }

    private static String kind(Message message) {
        if (message.hasSticker()) {
            return "sticker";
        }
        if (message.hasPhoto()) {
            return "photo";
        }
        if (message.hasVoice() || message.hasAudio()) {
            return "audio";
        }
        if (message.hasVideo() || message.hasVideoNote()) {
            return "video";
        }
        if (message.hasLocation()) {
            return "location";
        }
        return "message";
    }
}
