package nl.homerun.plans;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import nl.homerun.coach.Conversation;

/**
 * What the plans feature's short conversation waits for, read from its {@link Conversation}'s stored state and
 * written back here and nowhere else.
 *
 * @param step       what is asked
 * @param accountId  the account whose plan it is
 * @param pillar     the P an activity is added under ({@link Step#NEW}, {@link Step#NEW_GOAL}, {@link Step#NEW_DUE})
 * @param activityId the activity changed ({@link Step#TEXT}, {@link Step#GOAL}, {@link Step#DUE})
 * @param text       what the new activity is, once typed
 * @param goal       its measurable goal, once typed
 * @param due        its day, once typed
 */
record PlanState(Step step, String accountId, Pillar pillar, String activityId, String text, String goal, LocalDate due) {

    /** What is asked, as the conversation's step. */
    enum Step {
        NEW("new"), NEW_GOAL("new-goal"), NEW_DUE("new-due"), TEXT("text"), GOAL("goal"), DUE("due");

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
            throw new IllegalArgumentException("Not a step of the plan conversation: " + id);
        }
    }

    private static final String ACCOUNT = "account";
    private static final String PILLAR = "pillar";
    private static final String ACTIVITY = "activity";
    private static final String TEXT = "text";
    private static final String GOAL = "goal";
    private static final String DUE = "due";

    static PlanState adding(String accountId, Pillar pillar) {
        return new PlanState(Step.NEW, accountId, pillar, null, null, null, null);
    }

    static PlanState changing(String accountId, String activityId, PlanAction.Field field) {
        Step step = switch (field) {
            case TEXT -> Step.TEXT;
            case GOAL -> Step.GOAL;
            case DUE -> Step.DUE;
        };
        return new PlanState(step, accountId, null, activityId, null, null, null);
    }

    /** The new activity as far as it is typed; asks next for what is still missing (the goal, then the day). */
    PlanState typed(String typedText, String typedGoal, LocalDate typedDue) {
        String t = typedText != null ? typedText : text;
        String g = typedGoal != null ? typedGoal : goal;
        LocalDate d = typedDue != null ? typedDue : due;
        Step next = g == null ? Step.NEW_GOAL : d == null ? Step.NEW_DUE : step;
        return new PlanState(next, accountId, pillar, activityId, t, g, d);
    }

    /** Whether everything of a new activity is there. */
    boolean complete() {
        return text != null && goal != null && due != null;
    }

    static PlanState of(Conversation conversation) {
        Map<String, Object> s = conversation.state();
        return new PlanState(Step.of(conversation.step()), (String) s.get(ACCOUNT),
                s.get(PILLAR) instanceof String p ? Pillar.of(p).orElse(null) : null, (String) s.get(ACTIVITY),
                (String) s.get(TEXT), (String) s.get(GOAL), s.get(DUE) instanceof String d ? LocalDate.parse(d) : null);
    }

    /** The form the conversation store keeps (no nulls). */
    Map<String, Object> toMap() {
        Map<String, Object> map = new HashMap<>();
        map.put(ACCOUNT, accountId);
        if (pillar != null) {
            map.put(PILLAR, pillar.key);
        }
        if (activityId != null) {
            map.put(ACTIVITY, activityId);
        }
        if (text != null) {
            map.put(TEXT, text);
        }
        if (goal != null) {
            map.put(GOAL, goal);
        }
        if (due != null) {
            map.put(DUE, due.toString());
        }
        return map;
    }
}
