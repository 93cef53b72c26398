package nl.homerun.reminders;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import nl.homerun.coach.Reply;
import nl.homerun.users.UserProfile;

/**
 * Dated reminders that another module knows (the new-business tournament's decisions and its kweekvijver), planned and
 * sent like this module's own, at the user's reminder time, without reminders depending on that module. Each day of
 * the user's calendar is asked once, ahead ({@link #due}); when the reminder is sent, its text is made from what is
 * true then ({@link #reminder}), and it is dropped when it no longer holds. After a change that moves what is due,
 * the module publishes {@link Changed} and the days already planned are planned again.
 */
public interface ReminderSource {

    /** A short lower-case name, unique among the sources: the first part of its reminders' ids. */
    String name();

    /** What to remind the user of on {@code day}: a subject each (letters, digits, {@code -}, {@code .} only). */
    List<String> due(UserProfile user, LocalDate day);

    /**
     * The reminder for a subject {@link #due} on {@code day}, as it is now; empty when it no longer holds (the decision
     * was made, the account came back). Sent late (Homerun was down at its time), the text is marked late before it.
     */
    Optional<Reply> reminder(UserProfile user, String subject, LocalDate day);

    /** One line for the summary of what was missed while Homerun was down a long time; empty when it no longer holds. */
    default Optional<String> missed(UserProfile user, String subject, LocalDate day) {
        return Optional.empty();
    }

    /** What a source's reminders are derived from changed for a user: plan their days again. */
    record Changed(long owner) {
    }
}
