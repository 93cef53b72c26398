package nl.homerun.accounts;

import java.time.Clock;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import nl.homerun.contacts.Contact.Tier;
import nl.homerun.users.UserProfile;

/**
 * A user's growth goals and how far their accounts are toward them: the goal per tier (stored per user, defaults A
 * +20 %, B +10 %, C flat), an account's own goal (on the account), and the progress in a year ({@link GoalProgress}).
 */
@Service
class Goals {

    private final Accounts accounts;
    private final TierGoalRepository tierGoals;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Goals(Accounts accounts, TierGoalRepository tierGoals, ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.tierGoals = tierGoals;
        this.events = events;
        this.clock = clock;
    }

    TierGoals tierGoals(long owner) {
        return tierGoals.of(owner);
    }

    /** Sets a tier's goal in percent; null sets it back to its default. */
    void setTierGoal(long owner, Tier tier, Integer percent) {
        if (percent != null && !TierGoals.allowed(percent)) {
            throw new IllegalArgumentException("Not a goal: " + percent);
        }
        tierGoals.set(owner, tier, percent);
        events.publishEvent(new TierGoalChanged(owner, tier, percent == null ? TierGoals.defaultOf(tier) : percent));
    }

    /** Gives the account a goal of its own; null makes it work to its tier's again. False when it is not the user's. */
    boolean setAccountGoal(long owner, String accountId, Integer percent) {
        if (percent != null && !TierGoals.allowed(percent)) {
            throw new IllegalArgumentException("Not a goal: " + percent);
        }
        return accounts.setGoal(owner, accountId, percent);
    }

    /** The year it is where the user is. */
    int thisYear(UserProfile user) {
        return user.today(clock).getYear();
    }

    /** The years revenue can be recorded for now. */
    RevenueEntry.Years years(UserProfile user) {
        return RevenueEntry.Years.around(user.today(clock));
    }

    List<Account> accounts(long owner) {
        return accounts.all(owner);
    }

    /** The year {@code /doelen} and the digest report on: see {@link GoalProgress#yearToReport}. */
    int yearToReport(UserProfile user) {
        return yearToReport(user.id(), thisYear(user));
    }

    int yearToReport(long owner, int thisYear) {
        return GoalProgress.yearToReport(accounts.all(owner), thisYear);
    }

    /** Per tier, its accounts' progress in the year. */
    List<GoalProgress.OfTier> byTier(long owner, int year) {
        return GoalProgress.byTier(accounts.all(owner), year, tierGoals.of(owner));
    }

    GoalProgress.OfAccount of(Account account, int year) {
        return GoalProgress.of(account, year, tierGoals.of(account.owner()));
    }
}
