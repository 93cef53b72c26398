package nl.homerun.coach;

import java.util.List;

/** Who answers a plain message when no conversation waits for it (the visit notes, once they exist). */
public interface FreeTextHandler {

    List<Reply> onFreeText(Turn turn, String text);

    /** A message changed after it was sent; nothing happens unless it was taken as something that can follow. */
    default List<Reply> onEditedText(Turn turn, String messageRef, String text) {
        return List.of();
    }
}
