package nl.homerun.accounts;

import nl.homerun.contacts.Contact.Tier;

/**
 * Published after a user changed the growth goal of a tier; {@code percent} is the goal it has now (its default when
 * set back). An account's own goal changing is an {@link AccountChanged} of {@link AccountChanged.What#GOAL}.
 */
public record TierGoalChanged(long owner, Tier tier, int percent) {
}
