package nl.homerun.dialogs;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.knowm.xchart.XYChart;
import org.springframework.stereotype.Component;

import nl.homerun.coach.Attachment;
import nl.homerun.coach.Html;
import nl.homerun.coach.Reply;
import nl.homerun.coach.Turn;
import nl.homerun.dialogs.Script.Step;

/**
 * {@code /voortgang} and {@code /progress}: the finished runs with their dates and scores, the trend per question
 * (✅ ◐ ❌ over the last runs), and a chart of the scores as a PNG.
 */
@Component
class ProgressReport {

    static final int LAST_RUNS = 6;

    private final ScriptLibrary library;
    private final DialogRunRepository runs;

    ProgressReport(ScriptLibrary library, DialogRunRepository runs) {
        this.library = library;
        this.runs = runs;
    }

    /** @param filter a script's command or id, or an account name (its legal form aside); empty for everything */
    List<Reply> report(Turn turn, String filter) {
        Map<String, List<DialogRun>> groups = new LinkedHashMap<>();
        for (DialogRun run : runs.finished(turn.userId())) {
            Script script = library.find(run.script()).orElse(null);
            if (script != null && matches(script, run, filter)) {
                groups.computeIfAbsent(run.script() + "\u0000" + Objects.toString(run.account(), ""), k -> new ArrayList<>()).add(run);
            }
        }
        if (groups.isEmpty()) {
            return List.of(turn.say("dialogs.progress.none"));
        }
        StringBuilder text = new StringBuilder(turn.text("dialogs.progress.header"));
        List<ScoreChart.Line> lines = new ArrayList<>();
        for (List<DialogRun> group : groups.values()) {
            Script script = library.find(group.get(0).script()).orElseThrow();
            String name = script.title().in(turn.language()) + (group.get(0).account() == null ? "" : " (" + group.get(0).account() + ")");
            text.append("\n\n<b>").append(Html.escape(name)).append("</b>");
            if (!script.scored()) {
                text.append(": ").append(turn.text("dialogs.progress.times", group.size(),
                        Questions.day(turn.language(), date(turn, group.get(group.size() - 1)))));
                continue;
            }
            List<DialogRun> last = group.subList(Math.max(0, group.size() - LAST_RUNS), group.size());
            text.append('\n').append(scores(turn, script, last)).append('\n').append(trends(turn, script, last));
            lines.add(new ScoreChart.Line(name, group, script.maxScore()));
        }
        if (lines.isEmpty()) {
            return List.of(Reply.text(text.toString()));
        }
        XYChart chart = ScoreChart.of(turn.text("dialogs.progress.chartTitle"), turn.text("dialogs.progress.score"),
                turn.language().locale(), turn.user().timeZone(), lines);
        return List.of(Reply.text(text.toString()), Reply.file(turn.text("dialogs.progress.chart"),
                new Attachment("progress.png", "image/png", ScoreChart.png(chart))));
    }

    private static boolean matches(Script script, DialogRun run, String filter) {
        String wanted = filter.strip().toLowerCase(Locale.ROOT);
        return wanted.isEmpty() || script.id().equals(wanted) || script.commandNl().equals(wanted)
                || script.commandEn().equals(wanted) || (run.account() != null && (run.account().toLowerCase(Locale.ROOT).equals(wanted)
                        || Companies.key(run.account()).equals(Companies.key(wanted))));
    }

    private static String scores(Turn turn, Script script, List<DialogRun> runs) {
        DateTimeFormatter format = DateTimeFormatter.ofPattern("d MMM", turn.language().locale());
        List<String> parts = new ArrayList<>();
        for (DialogRun run : runs) {
            parts.add(date(turn, run).format(format) + " <b>" + Questions.number(run.score(), turn.language()) + "/"
                    + Questions.number(script.maxScore(), turn.language()) + "</b>");
        }
        return String.join(" · ", parts);
    }

    /** Per question: its answers over the runs as symbols, and an arrow for the direction since the first of them. */
    private static String trends(Turn turn, Script script, List<DialogRun> runs) {
        StringBuilder out = new StringBuilder();
        int number = 0;
        for (Step step : script.steps()) {
            if (!step.answer().isScored()) {
                continue;
            }
            number++;
            StringBuilder symbols = new StringBuilder();
            Double first = null;
            Double latest = null;
            for (DialogRun run : runs) {
                String value = run.answers().get(step.id());
                symbols.append(value == null ? "·" : switch (value) {
                    case "yes" -> "✅";
                    case "partly" -> "◐";
                    default -> "❌";
                });
                if (value != null) {
                    first = first == null ? step.points(value) : first;
                    latest = step.points(value);
                }
            }
            String arrow = first == null || latest.equals(first) ? "→" : latest > first ? "↑" : "↓";
            out.append('\n').append(number).append(". ").append(Html.escape(Questions.shortly(step, turn.language())))
                    .append(' ').append(symbols).append(' ').append(arrow);
        }
        return out.toString().substring(1);
    }

    private static java.time.LocalDate date(Turn turn, DialogRun run) {
        return ScoreChart.day(run, turn.user().timeZone());
    }
}
