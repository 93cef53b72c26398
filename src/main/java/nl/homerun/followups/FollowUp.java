package nl.homerun.followups;

import java.time.Instant;
import java.time.LocalDate;

/** Something to do for a customer by a day, made from a detected signal or by hand. */
public record FollowUp(String id, long owner, String text, LocalDate due, boolean done, Instant createdAt) {
}
