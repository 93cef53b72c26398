package nl.homerun.reminders;

import java.time.Instant;

/**
 * One reminder to send at one moment. Its id says what for and when ("birthday-ahead:contact:2027-03-12"), so
 * planning it twice stores it once, and delivering it twice sends it once.
 */
record Occurrence(String id, long owner, Kind kind, String subject, Instant dueAt) {

    enum Kind { BIRTHDAY_AHEAD, BIRTHDAY, TASK, STAY_IN_TOUCH, DIGEST }
}
