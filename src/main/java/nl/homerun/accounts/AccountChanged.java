package nl.homerun.accounts;

/**
 * Published after one of a user's accounts changed, for what others derive from accounts (plans, goals, digests).
 * {@code accountId} is null when all of the user's accounts went at once; on {@link What#MERGED} the account
 * {@code mergedId} went into {@code accountId} (whatever was kept of it should follow).
 */
public record AccountChanged(long owner, String accountId, What what, String mergedId) {

    public AccountChanged(long owner, String accountId, What what) {
        this(owner, accountId, what, null);
    }

    /** What changed. */
    public enum What { ADDED, RENAMED, TIER, VALUE, REVENUE, GOAL, MERGED, KEPT_APART, ALL_ERASED }
}
