package nl.homerun.plans;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import nl.homerun.accounts.AccountChanged;
import nl.homerun.followups.FollowUpChanged;

/**
 * What happens to a plan's activities when their tasks change elsewhere: a task ticked off (in {@code /taken}, from a
 * reminder) finishes its activity, a task deleted leaves its activity without one, a task moved to another day moves
 * its activity; and an account merged into another takes its plan along.
 */
@Component
class PlanFollowsTasks {

    private final Plans plans;

    PlanFollowsTasks(Plans plans) {
        this.plans = plans;
    }

    @EventListener
    void on(FollowUpChanged changed) {
        switch (changed.what()) {
            case DONE -> plans.taskDone(changed.owner(), changed.taskId());
            case DELETED -> plans.taskGone(changed.owner(), changed.taskId());
            case CHANGED -> plans.taskChanged(changed.owner(), changed.taskId());
            case CREATED -> {
            }
        }
    }

    @EventListener
    void on(AccountChanged changed) {
        if (changed.what() == AccountChanged.What.MERGED && changed.mergedId() != null) {
            plans.merged(changed.owner(), changed.mergedId(), changed.accountId());
        }
    }
}
