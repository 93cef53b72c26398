package nl.homerun.understanding;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;

import nl.homerun.understanding.UnderstandingEvaluation.Count;
import nl.homerun.understanding.UnderstandingEvaluation.Half;
import nl.homerun.understanding.UnderstandingEvaluation.Kind;

/**
 * Leave-one-set-out measure of the trained task model ({@link TaskModel}) against the rules alone: for each labelled
 * set S of a language ({@code <lang>.yaml}, {@code fresh*-<lang>.yaml}) the model is trained on every other set of
 * that language and measured on S, which it never saw; the counts of all S are added up (micro precision and
 * recall) for {@link Kind#TASKS} and {@link Kind#TASK_DAYS}, next to the rules' on the same notes. A tool for
 * deciding, not part of the running bot: {@code java -cp ... nl.homerun.understanding.TaskModelEvaluation
 * [--keep=0.5] [--add=0.5] [--iterations=100] [--cutoff=1] [--grid]}.
 */
public final class TaskModelEvaluation {

    static int iterations = 100;
    static int cutoff = 1;

    /** Rules and model, added up over the left-out sets, per kind. */
    record Figures(Map<Kind, Count> rules, Map<Kind, Count> model) {
    }

    private record Set(String name, UnderstandingEvaluation evaluation, List<Event> events) {
    }

    private final List<Set> sets = new ArrayList<>();

    TaskModelEvaluation(String language) throws IOException {
        List<Path> paths = new ArrayList<>();
        paths.add(UnderstandingEvaluation.labelled(language));
        paths.addAll(UnderstandingEvaluation.fresh(language));
        for (Path path : paths) {
            UnderstandingEvaluation evaluation = new UnderstandingEvaluation(path);
            sets.add(new Set(path.getFileName().toString(), evaluation, evaluation.labelledCandidates()));
        }
    }

    /** All events of a language's sets but the one left out (-1: none). */
    List<Event> eventsWithout(int left) {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < sets.size(); i++) {
            if (i != left) {
                events.addAll(sets.get(i).events());
            }
        }
        return events;
    }

    Figures leaveOneSetOut(double[][] thresholds, List<Figures> perThreshold) throws IOException {
        Map<Kind, Count> rules = empty();
        List<Map<Kind, Count>> models = new ArrayList<>();
        for (int t = 0; t < thresholds.length; t++) {
            models.add(empty());
        }
        for (int s = 0; s < sets.size(); s++) {
            MaxentModel trained = TaskModel.train(eventsWithout(s), iterations, cutoff);
            UnderstandingEvaluation evaluation = sets.get(s).evaluation();
            add(rules, evaluation.withTasks(null).evaluate(Half.ALL));
            for (int t = 0; t < thresholds.length; t++) {
                add(models.get(t), evaluation.withTasks(new TaskModel(trained, thresholds[t][0], thresholds[t][1]))
                        .evaluate(Half.ALL));
            }
            evaluation.withTasks(null);
        }
        for (Map<Kind, Count> model : models) {
            perThreshold.add(new Figures(rules, model));
        }
        return perThreshold.get(0);
    }

    private static Map<Kind, Count> empty() {
        Map<Kind, Count> counts = new EnumMap<>(Kind.class);
        for (Kind kind : List.of(Kind.TASKS, Kind.TASK_DAYS)) {
            counts.put(kind, new Count(0, 0, 0));
        }
        return counts;
    }

    private static void add(Map<Kind, Count> sum, Map<Kind, Count> counts) {
        for (Kind kind : sum.keySet()) {
            sum.merge(kind, counts.get(kind), Count::plus);
        }
    }

    static String line(String title, Map<Kind, Count> counts) {
        StringBuilder line = new StringBuilder(title);
        counts.forEach((kind, c) -> line.append(String.format(Locale.ROOT, "  %s P%.3f R%.3f (tp %d fp %d fn %d)", kind,
                c.precision(), c.recall(), c.truePositives(), c.falsePositives(), c.falseNegatives())));
        return line.toString();
    }

    public static void main(String[] args) throws IOException {
        double keep = option(args, "--keep=", 0.5);
        double add = option(args, "--add=", 0.5);
        iterations = (int) option(args, "--iterations=", 100);
        cutoff = (int) option(args, "--cutoff=", 1);
        List<double[]> grid = new ArrayList<>();
        grid.add(new double[] {keep, add});
        if (List.of(args).contains("--grid")) {
            for (double k : new double[] {0.3, 0.5, 0.6}) {
                for (double a : new double[] {0.3, 0.4, 0.5, 1.01}) {
                    grid.add(new double[] {k, a});
                }
            }
        }
        for (String language : List.of("nl", "en")) {
            TaskModelEvaluation evaluation = new TaskModelEvaluation(language);
            long positives = evaluation.eventsWithout(-1).stream().filter(e -> e.getOutcome().equals(TaskModel.TASK)).count();
            System.out.println(language + ": " + evaluation.sets.size() + " sets, " + evaluation.eventsWithout(-1).size()
                    + " candidates, " + positives + " of them tasks");
            List<Figures> figures = new ArrayList<>();
            evaluation.leaveOneSetOut(grid.toArray(double[][]::new), figures);
            System.out.println(line(language + " rules              ", figures.get(0).rules()));
            for (int t = 0; t < grid.size(); t++) {
                System.out.println(line(String.format(Locale.ROOT, "%s model keep %.2f add %.2f", language, grid.get(t)[0],
                        grid.get(t)[1]), figures.get(t).model()));
            }
        }
    }

    private static double option(String[] args, String name, double otherwise) {
        return List.of(args).stream().filter(a -> a.startsWith(name)).map(a -> Double.parseDouble(a.substring(name.length())))
                .findFirst().orElse(otherwise);
    }
}
