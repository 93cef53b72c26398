package nl.homerun.followups;

/**
 * Published after a user's task was made, changed (text, day, time, person), done or deleted, for what others derive
 * from tasks (their reminders).
 */
public record FollowUpChanged(long owner, String taskId, What what) {

    public enum What { CREATED, CHANGED, DONE, DELETED }
}
