package nl.homerun.accounts;

/** Why an account has its tier: what its card says under "why". */
public enum TierReason {
    /** Its contacts had that tier (set on them by hand) when the account was made from them. */
    FROM_CONTACTS,
    /** Proposed from its value scores and confirmed. */
    BY_VALUE,
    /** Chosen by the user against what the value scores proposed. */
    OVERRULED,
    /** Set by hand, without value scores. */
    BY_HAND,
    /** Won as the year's XXL account in the new-business tournament. */
    NEW_BUSINESS
}
