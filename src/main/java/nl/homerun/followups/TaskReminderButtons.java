package nl.homerun.followups;

import java.util.Optional;

import nl.homerun.coach.Button;
import nl.homerun.users.Language;

/**
 * A button another module adds to the reminder of a task it made, such as the conversation that waits for the call the
 * task is for. The reminders ask every implementation; one that did not make the task returns empty.
 */
public interface TaskReminderButtons {

    Optional<Button> button(FollowUp task, Language language);
}
