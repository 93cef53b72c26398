package nl.homerun.reminders;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One reminder to send at one moment. Its id says what for and on which day ("birthday_ahead:contact:2027-03-12"),
 * so planning it twice stores it once, and delivering it twice sends it once. {@code expectedOnTime} is false for a
 * reminder planned only after its time had passed (what was added or changed later that day): sent at once, it is
 * not late, since Homerun was running when it would have been due.
 */
record Occurrence(String id, long owner, Kind kind, String subject, Instant dueAt, boolean expectedOnTime) {

    /** {@code SOURCE}: another module's ({@link ReminderSource}); its subject is the source's name, "/", its own subject. */
    enum Kind { BIRTHDAY_AHEAD, BIRTHDAY, TASK, STAY_IN_TOUCH, DIGEST, SOURCE }

    /** The source's name of a {@link Kind#SOURCE} occurrence. */
    String source() {
        return subject.substring(0, subject.indexOf('/'));
    }

    /** The source's own subject of a {@link Kind#SOURCE} occurrence. */
    String sourceSubject() {
        return subject.substring(subject.indexOf('/') + 1);
    }

    /** The occurrence of {@code kind} for {@code subject} on {@code day}, at {@code dueAt}. */
    static Occurrence of(long owner, Kind kind, String subject, LocalDate day, Instant dueAt) {
        return new Occurrence(kind.name().toLowerCase() + ":" + subject + ":" + day, owner, kind, subject, dueAt, true);
    }

    /** The day it is for, in the user's calendar (as its id says). */
    LocalDate day() {
        return LocalDate.parse(id.substring(id.lastIndexOf(':') + 1));
    }

    Occurrence at(Instant time, boolean onTime) {
        return new Occurrence(id, owner, kind, subject, time, onTime);
    }
}
