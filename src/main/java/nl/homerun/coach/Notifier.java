package nl.homerun.coach;

import java.util.List;

/**
 * Sends replies to a user without them writing first (a reminder). The channel delivers them; {@code key} names the
 * occasion, and the same key delivers once, however often it is sent (after a crash, or from two instances).
 */
public interface Notifier {

    void notify(long userId, String key, List<Reply> replies);
}
