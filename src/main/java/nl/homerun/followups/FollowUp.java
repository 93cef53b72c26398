package nl.homerun.followups;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Something to do for a customer by a day, perhaps at a time, made from a note, a signal, a dialog or by hand;
 * {@code contactId} is the person it is for (null when it is for no one in particular).
 */
public record FollowUp(String id, long owner, String text, LocalDate due, LocalTime time, String contactId, boolean done,
        Instant createdAt) {
}
