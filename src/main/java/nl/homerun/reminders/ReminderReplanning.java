package nl.homerun.reminders;

import java.util.EnumSet;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import nl.homerun.coach.Redacted;
import nl.homerun.contacts.ContactChanged;
import nl.homerun.followups.FollowUpChanged;
import nl.homerun.users.TimeZoneChanged;

/**
 * Reminders follow what they are derived from. The module that owns a change publishes it (contacts, followups,
 * users); this listens and has the planner plan again, at once and in the same thread, exactly the reminders the
 * change affects: a contact's birthday or rhythm, a task, or (time zone) everything of the user. The reminder time
 * is this module's own setting, and {@code /herinneringen} asks for the same re-planning directly.
 * <p>A failure here is logged, not passed on: the change itself has been made, and what is sent is checked against
 * what is true when it is sent.
 */
@Component
class ReminderReplanning {

    private static final Logger log = LoggerFactory.getLogger(ReminderReplanning.class);

    private final ReminderPlanner planner;

    ReminderReplanning(ReminderPlanner planner) {
        this.planner = planner;
    }

    @EventListener
    void on(ContactChanged changed) {
        Set<Occurrence.Kind> affected = switch (changed.what()) {
            case ADDED, DELETED, ALL_ERASED -> ReminderPlanner.Scope.OF_CONTACTS;
            case BIRTHDAY -> EnumSet.of(Occurrence.Kind.BIRTHDAY, Occurrence.Kind.BIRTHDAY_AHEAD);
            case RHYTHM, LAST_CONTACT -> EnumSet.of(Occurrence.Kind.STAY_IN_TOUCH);
            case DETAILS -> EnumSet.noneOf(Occurrence.Kind.class); // a name or a fact: read when the reminder is sent
        };
        if (!affected.isEmpty()) {
            replan(changed.owner(), new ReminderPlanner.Scope(affected, changed.contactId()));
        }
    }

    @EventListener
    void on(FollowUpChanged changed) {
        replan(changed.owner(), ReminderPlanner.Scope.task(changed.taskId()));
    }

    @EventListener
    void on(ReminderSource.Changed changed) {
        replan(changed.owner(), ReminderPlanner.Scope.sources());
    }

    @EventListener
    void on(TimeZoneChanged changed) {
        replan(changed.userId(), ReminderPlanner.Scope.everything());
    }

    private void replan(long owner, ReminderPlanner.Scope scope) {
        try {
            planner.replan(owner, scope);
        } catch (RuntimeException e) {
            log.warn("Re-planning reminders after a change failed", Redacted.of(e));
        }
    }
}
