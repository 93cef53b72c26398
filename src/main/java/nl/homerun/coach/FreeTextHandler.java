package nl.homerun.coach;

import java.util.List;

/** Who answers a plain message when no conversation waits for it (the visit notes, once they exist). */
public interface FreeTextHandler {

    List<Reply> onFreeText(Turn turn, String text);
}
