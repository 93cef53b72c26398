package nl.homerun.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.homerun.coach.Attachment;
import nl.homerun.coach.Button;
import nl.homerun.coach.Reply;

/**
 * One Bot API message to send: a text, or a file with a caption, or (with {@code edit}) a change to a message sent
 * before. A {@link Reply} becomes one or more of these: texts over 4096 characters are split, and a caption over
 * 1024 goes out as a text before its file.
 */
record OutgoingMessage(String text, List<List<Button>> buttons, Attachment attachment, Reply.Edit edit) {

    static final int CAPTION_LIMIT = 1024;

    OutgoingMessage(String text, List<List<Button>> buttons, Attachment attachment) {
        this(text, buttons, attachment, null);
    }

    boolean isEdit() {
        return edit != null;
    }

    /** What to send where this change cannot be made (the message is gone, or too old): itself as a new message, or nothing. */
    Optional<OutgoingMessage> instead() {
        return edit == null ? Optional.of(this)
                : edit.orNew() && !edit.buttonsOnly() ? Optional.of(new OutgoingMessage(text, buttons, null)) : Optional.empty();
    }

    static List<OutgoingMessage> of(Reply reply) {
        if (reply.isEdit()) {
            Reply.Edit edit = reply.edit();
            if (edit.messageRef() == null) {
                // no message was named (a reminder, say): what is worth seeing comes as a new message
                return edit.buttonsOnly() || !edit.orNew() ? List.of() : of(reply.asNewMessage());
            }
            if (edit.buttonsOnly()) {
                return List.of(new OutgoingMessage("", reply.buttons(), null, edit));
            }
            if (!reply.text().isBlank() && reply.text().length() <= MessageSplitter.TELEGRAM_LIMIT) {
                return List.of(new OutgoingMessage(reply.text(), reply.buttons(), null, edit));
            }
            // too long for one message: the old one loses its buttons and the text comes anew, in parts
            List<OutgoingMessage> messages = new ArrayList<>();
            messages.add(new OutgoingMessage("", List.of(), null, new Reply.Edit(edit.messageRef(), true, false)));
            if (edit.orNew()) {
                messages.addAll(of(reply.asNewMessage()));
            }
            return messages;
        }
        List<OutgoingMessage> messages = new ArrayList<>();
        boolean fileTakesText = reply.attachment() != null && reply.text().length() <= CAPTION_LIMIT;
        if (!fileTakesText && !reply.text().isBlank()) {
            List<String> parts = MessageSplitter.split(reply.text(), MessageSplitter.TELEGRAM_LIMIT);
            for (int i = 0; i < parts.size(); i++) {
                boolean last = i == parts.size() - 1 && reply.attachment() == null;
                messages.add(new OutgoingMessage(parts.get(i), last ? reply.buttons() : List.of(), null));
            }
        }
        if (reply.attachment() != null) {
            messages.add(new OutgoingMessage(fileTakesText ? reply.text() : "", reply.buttons(), reply.attachment()));
        }
        return messages;
    }
}
