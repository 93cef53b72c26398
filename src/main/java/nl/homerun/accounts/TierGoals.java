package nl.homerun.accounts;

import java.util.EnumMap;
import java.util.Map;

import nl.homerun.contacts.Contact.Tier;

/**
 * A user's growth goal per tier, in percent of last year's revenue. The method's example is the default: A +20 %,
 * B +10 %, C flat ("for C accounts you do nothing extra: you go for the A accounts").
 *
 * @param chosen the goals the user chose; a tier not in it has its default
 */
record TierGoals(Map<Tier, Integer> chosen) {

    /** The lowest and highest goal that can be set: all revenue gone, six times as much. */
    static final int LOWEST = -100;
    static final int HIGHEST = 500;

    static final TierGoals DEFAULTS = new TierGoals(Map.of());

    TierGoals {
        chosen = chosen.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(chosen));
    }

    static int defaultOf(Tier tier) {
        return switch (tier) {
            case A -> 20;
            case B -> 10;
            case C -> 0;
        };
    }

    /** The goal of a tier: the user's, or its default. */
    int of(Tier tier) {
        return chosen.getOrDefault(tier, defaultOf(tier));
    }

    boolean isDefault(Tier tier) {
        return !chosen.containsKey(tier);
    }

    /** The goal an account works to: its own, else its tier's; null for an account without either. */
    Integer of(Account account) {
        return account.goalPercent() != null ? account.goalPercent() : account.tier() == null ? null : of(account.tier());
    }

    static boolean allowed(int percent) {
        return percent >= LOWEST && percent <= HIGHEST;
    }
}
