package nl.homerun.telegram;

import java.util.ArrayList;
import java.util.List;

import nl.homerun.coach.Attachment;
import nl.homerun.coach.Button;
import nl.homerun.coach.Reply;

/**
 * One Bot API message to send: a text, or a file with a caption. A {@link Reply} becomes one or more of these:
 * texts over 4096 characters are split, and a caption over 1024 goes out as a text before its file.
 */
record OutgoingMessage(String text, List<List<Button>> buttons, Attachment attachment) {

    static final int CAPTION_LIMIT = 1024;

    static List<OutgoingMessage> of(Reply reply) {
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
