package nl.homerun.reminders;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.springframework.stereotype.Component;

import nl.homerun.coach.ChatFeature;
import nl.homerun.coach.Command;
import nl.homerun.coach.CommandSpec;
import nl.homerun.coach.Reply;
import nl.homerun.coach.Turn;

/** {@code /herinneringen [hh:mm]} ({@code /reminders}): when reminders arrive, in the user's own time zone. */
@Component
class ReminderCommands implements ChatFeature {

    private final ReminderSettings settings;
    private final ReminderPlanner planner;

    ReminderCommands(ReminderSettings settings, ReminderPlanner planner) {
        this.settings = settings;
        this.planner = planner;
    }

    @Override
    public String name() {
        return "rem";
    }

    @Override
    public List<CommandSpec> commands() {
        return List.of(new CommandSpec("herinneringen", "reminders", "reminders.description"));
    }

    @Override
    public List<Reply> onCommand(Turn turn, Command command) {
        if (command.hasArguments()) {
            LocalTime time;
            try {
                time = LocalTime.parse(command.arguments().strip().replace('.', ':').replaceFirst("^(\\d):", "0$1:"));
            } catch (DateTimeParseException e) {
                return List.of(turn.say("reminders.time.unreadable", command.arguments()));
            }
            settings.setTime(turn.userId(), time);
            planner.replan(turn.userId(), ReminderPlanner.Scope.everything());
        }
        ReminderSettings.Settings mine = settings.of(turn.userId());
        return List.of(turn.say("reminders.settings", mine.time().toString(), turn.user().timeZone().getId(), mine.daysAhead()));
    }
}
