package nl.homerun.accounts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import nl.homerun.contacts.Contact.Tier;

/**
 * How far accounts are toward their growth goal in a year. An account's target is last year's revenue × (1 + its
 * goal): its own goal, else its tier's. Its progress is the year's revenue recorded so far against that target. A
 * tier's progress adds up the targets and the revenue of its accounts that have a target (an account without
 * revenue for the year yet counts as nothing so far).
 */
final class GoalProgress {

    private GoalProgress() {
    }

    /**
     * One account in one year.
     *
     * @param goal    the goal in percent it works to; null without a tier or a goal of its own
     * @param ownGoal whether that is its own goal rather than its tier's
     * @param base    last year's revenue; null when not recorded
     * @param actual  this year's revenue so far; null when not recorded
     */
    record OfAccount(Account account, int year, Integer goal, boolean ownGoal, Long base, Long actual) {

        /** Whether there is something to measure against: a goal and last year's revenue (more than nothing). */
        boolean measurable() {
            return goal != null && base != null && base > 0;
        }

        /** Last year's revenue × (1 + goal), in whole euros. */
        Optional<Long> target() {
            return measurable() ? Optional.of(GoalProgress.target(base, goal)) : Optional.empty();
        }

        /** The year's revenue as a percentage of the target; empty without a target or this year's revenue. */
        OptionalInt percent() {
            return measurable() && actual != null ? percentOf(actual, GoalProgress.target(base, goal)) : OptionalInt.empty();
        }
    }

    /** The accounts of one tier in one year, and the tier's goal. */
    record OfTier(Tier tier, int year, int goal, List<OfAccount> accounts) {

        OfTier {
            accounts = List.copyOf(accounts);
        }

        List<OfAccount> measured() {
            return accounts.stream().filter(OfAccount::measurable).toList();
        }

        long base() {
            return measured().stream().mapToLong(OfAccount::base).sum();
        }

        long target() {
            return measured().stream().mapToLong(a -> a.target().orElseThrow()).sum();
        }

        /** The year's revenue so far of the accounts with a target. */
        long actual() {
            return measured().stream().mapToLong(a -> a.actual() == null ? 0 : a.actual()).sum();
        }

        /** How many of the accounts with a target have the year's revenue recorded. */
        long filled() {
            return measured().stream().filter(a -> a.actual() != null).count();
        }

        OptionalInt percent() {
            return filled() == 0 ? OptionalInt.empty() : percentOf(actual(), target());
        }
    }

    static OfAccount of(Account account, int year, TierGoals goals) {
        return new OfAccount(account, year, goals.of(account), account.goalPercent() != null,
                account.revenueIn(year - 1).orElse(null), account.revenueIn(year).orElse(null));
    }

    /** Per tier (A, B, C, each even without accounts), its accounts in the year, by name. */
    static List<OfTier> byTier(List<Account> accounts, int year, TierGoals goals) {
        List<OfTier> tiers = new ArrayList<>();
        for (Tier tier : Tier.values()) {
            tiers.add(new OfTier(tier, year, goals.of(tier), accounts.stream().filter(a -> a.tier() == tier)
                    .sorted(java.util.Comparator.comparing(Account::name, String.CASE_INSENSITIVE_ORDER))
                    .map(a -> of(a, year, goals)).toList()));
        }
        return tiers;
    }

    /**
     * The year to report on {@code thisYear}: this year, or, while no account has revenue recorded for it yet, last
     * year when that can be measured (in January the year that just ended is the one to look back on).
     */
    static int yearToReport(List<Account> accounts, int thisYear) {
        boolean thisYearKnown = accounts.stream().anyMatch(a -> a.revenueIn(thisYear).isPresent());
        boolean lastYearMeasured = accounts.stream()
                .anyMatch(a -> a.revenueIn(thisYear - 1).isPresent() && a.revenueIn(thisYear - 2).isPresent());
        return !thisYearKnown && lastYearMeasured ? thisYear - 1 : thisYear;
    }

    static long target(long base, int goal) {
        return Math.round(base * (100.0 + goal) / 100.0);
    }

    private static OptionalInt percentOf(long actual, long target) {
        return target <= 0 ? OptionalInt.empty() : OptionalInt.of((int) Math.round(actual * 100.0 / target));
    }
}
