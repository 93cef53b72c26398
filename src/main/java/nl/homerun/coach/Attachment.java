package nl.homerun.coach;

import java.util.Objects;

/** A file sent with a reply: a document (JSON export, calendar, vCard) or a picture (a PNG chart). */
public record Attachment(String fileName, String mediaType, byte[] content) {

    public Attachment {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(content, "content");
    }

    public boolean isImage() {
        return mediaType.startsWith("image/");
    }
}
