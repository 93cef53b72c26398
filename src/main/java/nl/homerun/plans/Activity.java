package nl.homerun.plans;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One activity of a plan: what to do under which P, its measurable goal, the day it is due, and the follow-up task
 * that reminds of it ({@code taskId}, null once that task is gone). {@code suggestion} is the code of the
 * {@link Suggestion} it was taken from, null for the user's own.
 */
record Activity(String id, Pillar pillar, String text, String goal, LocalDate due, String taskId, boolean done,
        Instant doneAt, String suggestion, Instant createdAt) {

    /** Eight hex digits, so that a button naming the account and the activity fits Telegram's 64 bytes. */
    static final String ID = "[0-9a-f]{8}";

    Activity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(pillar, "pillar");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(due, "due");
        if (!id.matches(ID)) {
            throw new IllegalArgumentException("Not an activity id: " + id);
        }
    }

    Activity withText(String changed) {
        return new Activity(id, pillar, changed, goal, due, taskId, done, doneAt, suggestion, createdAt);
    }

    Activity withGoal(String changed) {
        return new Activity(id, pillar, text, changed, due, taskId, done, doneAt, suggestion, createdAt);
    }

    Activity withDue(LocalDate changed) {
        return new Activity(id, pillar, text, goal, changed, taskId, done, doneAt, suggestion, createdAt);
    }

    Activity withTask(String changed) {
        return new Activity(id, pillar, text, goal, due, changed, done, doneAt, suggestion, createdAt);
    }

    /** Open again, without a task: the task it had stays done, as what happened; reopening makes a new one. */
    Activity reopened() {
        return new Activity(id, pillar, text, goal, due, null, false, null, suggestion, createdAt);
    }

    Activity finished(Instant at) {
        return done ? this : new Activity(id, pillar, text, goal, due, taskId, true, at, suggestion, createdAt);
    }
}
