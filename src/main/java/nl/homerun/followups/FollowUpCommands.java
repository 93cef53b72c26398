package nl.homerun.followups;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import nl.homerun.coach.Button;
import nl.homerun.coach.ChatFeature;
import nl.homerun.coach.Command;
import nl.homerun.coach.CommandSpec;
import nl.homerun.coach.Html;
import nl.homerun.coach.Reply;
import nl.homerun.coach.Turn;

/** {@code /taken} and {@code /tasks}: the open follow-ups, soonest first, each with a button to tick it off. */
@Component
class FollowUpCommands implements ChatFeature {

    private static final int SHOWN = 20;

    private final FollowUps followUps;
    private final Clock clock;

    FollowUpCommands(FollowUps followUps, Clock clock) {
        this.followUps = followUps;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "fu";
    }

    @Override
    public List<CommandSpec> commands() {
        return List.of(new CommandSpec("taken", "tasks", "followups.description"),
                new CommandSpec("taak", "task", "followups.add.description"));
    }

    @Override
    public List<Reply> onCommand(Turn turn, Command command) {
        if (command.name().equals("taak") || command.name().equals("task")) {
            return List.of(add(turn, command.arguments()));
        }
        List<FollowUp> open = followUps.open(turn.userId());
        if (open.isEmpty()) {
            return List.of(turn.say("followups.none"));
        }
        LocalDate today = turn.user().today(clock);
        StringBuilder text = new StringBuilder(turn.text("followups.header", open.size()));
        List<List<Button>> buttons = new ArrayList<>();
        for (int i = 0; i < Math.min(SHOWN, open.size()); i++) {
            FollowUp followUp = open.get(i);
            String due = turn.language().format(followUp.due(), FormatStyle.MEDIUM);
            String when = followUp.due().isBefore(today) ? "⚠️ " + due : due;
            text.append("\n").append(i + 1).append(". ").append(Html.escape(followUp.text())).append(" — ").append(when);
            buttons.add(List.of(new Button("✔️ " + (i + 1), "fu:" + followUp.id() + ":done")));
        }
        return List.of(Reply.withButtons(text.toString(), buttons));
    }

    /**
     * "/taak Bel Jansen volgende week dinsdag": the longest end of the text that reads as a date is the due day, the
     * rest is the task. Without a date it is asked for, with examples, rather than guessed.
     */
    private Reply add(Turn turn, String arguments) {
        String[] words = arguments.strip().split("\\s+");
        LocalDate today = turn.user().today(clock);
        for (int tail = Math.min(5, words.length - 1); tail >= 1; tail--) {
            String date = String.join(" ", java.util.Arrays.copyOfRange(words, words.length - tail, words.length));
            var due = nl.homerun.dates.Dates.readDay(date.replaceFirst("^(op|on|by|voor)\\s+", ""), today);
            if (due.isPresent()) {
                String text = String.join(" ", java.util.Arrays.copyOfRange(words, 0, words.length - tail))
                        .replaceFirst("\\s+(op|on|by|voor)$", "");
                FollowUp task = followUps.create(turn.userId(), text, due.get());
                return turn.say("followups.added", task.text(), turn.language().format(task.due(), FormatStyle.FULL));
            }
        }
        return turn.say("followups.add.how", nl.homerun.dates.Dates.examples(turn.language()));
    }

    @Override
    public List<Reply> onButton(Turn turn, String action) {
        String[] parts = action.split(":");
        if (parts.length == 2 && parts[1].equals("done") && followUps.complete(turn.userId(), parts[0])) {
            return List.of(Reply.notice(turn.text("followups.done")));
        }
        if (parts.length == 2 && (parts[1].equals("tomorrow") || parts[1].equals("week"))) {
            LocalDate today = turn.user().today(clock);
            LocalDate due = parts[1].equals("tomorrow") ? today.plusDays(1) : today.with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.MONDAY));
            if (followUps.find(turn.userId(), parts[0]).filter(f -> !f.done()).isPresent()
                    && followUps.reschedule(turn.userId(), parts[0], due)) {
                return List.of(Reply.notice(turn.text("followups.moved", turn.language().format(due, FormatStyle.MEDIUM))));
            }
        }
        return List.of(turn.say("coach.button.stale"));
    }
}
