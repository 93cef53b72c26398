package nl.homerun.dialogs;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import nl.homerun.coach.Html;
import nl.homerun.coach.Turn;
import nl.homerun.dialogs.Script.Step;

/** This run of a scored script next to the previous one: the score, and which questions went up or down. */
final class Comparison {

    private Comparison() {
    }

    static String withPrevious(Turn turn, Script script, DialogRun previous, DialogRun now) {
        ZoneId zone = turn.user().timeZone();
        double delta = now.score() - previous.score();
        String change = (delta > 0 ? "+" : delta < 0 ? "−" : "±") + Questions.number(Math.abs(delta), turn.language());
        StringBuilder text = new StringBuilder(turn.text("dialogs.previous",
                Questions.day(turn.language(), previous.endedAt().atZone(zone).toLocalDate()),
                Questions.number(previous.score(), turn.language()), Questions.number(script.maxScore(), turn.language()),
                Questions.number(now.score(), turn.language()), change));
        List<String> better = new ArrayList<>();
        List<String> worse = new ArrayList<>();
        for (Step step : script.steps()) {
            String before = previous.answers().get(step.id());
            String after = now.answers().get(step.id());
            if (!step.answer().isScored() || before == null || after == null) {
                continue;
            }
            double difference = step.points(after) - step.points(before);
            if (difference > 0) {
                better.add(Html.escape(Questions.shortly(step, turn.language())));
            } else if (difference < 0) {
                worse.add(Html.escape(Questions.shortly(step, turn.language())));
            }
        }
        if (!better.isEmpty()) {
            text.append('\n').append(turn.text("dialogs.better")).append(' ').append(String.join("; ", better));
        }
        if (!worse.isEmpty()) {
            text.append('\n').append(turn.text("dialogs.worse")).append(' ').append(String.join("; ", worse));
        }
        return text.toString();
    }
}
