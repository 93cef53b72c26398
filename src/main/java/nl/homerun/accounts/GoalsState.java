package nl.homerun.accounts;

import java.util.HashMap;
import java.util.Map;

import nl.homerun.coach.Conversation;
import nl.homerun.contacts.Contact.Tier;

/**
 * What the goals feature's short conversation waits for, read from its {@link Conversation}'s stored state and
 * written back here and nowhere else.
 *
 * @param step      what is asked
 * @param accountId the account the revenue or goal is for ({@link Step#REVENUE}, {@link Step#ACCOUNT_GOAL})
 * @param tier      the tier whose goal is typed ({@link Step#TIER_GOAL})
 * @param year      the year already given for the revenue; null for "this year unless typed"
 * @param message   the channel's name for the message to change once it is answered (the goals overview); may be null
 */
record GoalsState(Step step, String accountId, Tier tier, Integer year, String message) {

    /** What is asked, as the conversation's step. */
    enum Step {
        REVENUE("revenue"), ACCOUNT_GOAL("account-goal"), TIER_GOAL("tier-goal");

        final String id;

        Step(String id) {
            this.id = id;
        }

        static Step of(String id) {
            for (Step step : values()) {
                if (step.id.equals(id)) {
                    return step;
                }
            }
            throw new IllegalArgumentException("Not a step of the goals conversation: " + id);
        }
    }

    private static final String ACCOUNT = "account";
    private static final String TIER = "tier";
    private static final String YEAR = "year";
    private static final String MESSAGE = "message";

    static GoalsState revenue(String accountId, Integer year) {
        return new GoalsState(Step.REVENUE, accountId, null, year, null);
    }

    static GoalsState accountGoal(String accountId) {
        return new GoalsState(Step.ACCOUNT_GOAL, accountId, null, null, null);
    }

    static GoalsState tierGoal(Tier tier, String message) {
        return new GoalsState(Step.TIER_GOAL, null, tier, null, message);
    }

    static GoalsState of(Conversation conversation) {
        Map<String, Object> s = conversation.state();
        return new GoalsState(Step.of(conversation.step()), (String) s.get(ACCOUNT),
                s.get(TIER) instanceof String t ? Tier.valueOf(t) : null,
                s.get(YEAR) instanceof Number n ? n.intValue() : null, (String) s.get(MESSAGE));
    }

    /** The form the conversation store keeps (no nulls). */
    Map<String, Object> toMap() {
        Map<String, Object> map = new HashMap<>();
        if (accountId != null) {
            map.put(ACCOUNT, accountId);
        }
        if (tier != null) {
            map.put(TIER, tier.name());
        }
        if (year != null) {
            map.put(YEAR, year);
        }
        if (message != null) {
            map.put(MESSAGE, message);
        }
        return map;
    }
}
