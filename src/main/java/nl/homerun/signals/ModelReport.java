package nl.homerun.signals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import nl.homerun.users.Language;

/** The figures of models/README.md, as Markdown, written between its markers by the model commands. */
final class ModelReport {

    private ModelReport() {
    }

    /** A trained language model: the recipe, what cross-validation tuned, and how it did. */
    record Trained(Recipe recipe, ModelTraining.CrossValidation crossValidation, ModelEvaluation evaluation) {
    }

    static String evaluation(List<Trained> models, List<LanguageModelTraining.Accuracy> languages) {
        StringBuilder out = new StringBuilder();
        out.append(format("Language of the %d held-out sentences, decided without the user's language (whole sentence / "
                + "first three words only): OpenNLP's general detector alone %.1f%% / %.1f%%, our Dutch-or-English "
                + "detector alone %.1f%% / %.1f%%, the combination the bot uses %.1f%% / %.1f%%.%n%n",
                languages.get(0).sentences(), 100 * languages.get(0).general(), 100 * languages.get(1).general(),
                100 * languages.get(0).ours(), 100 * languages.get(1).ours(), 100 * languages.get(0).combined(),
                100 * languages.get(1).combined()));
        out.append(format("Shipped: **%s**, %d iterations, feature cutoff %d. Threshold and note floor tuned by %d-fold "
                + "cross-validation on the training file; the held-out, generalisation and note files are used for "
                + "nothing but these figures.%n%n", models.get(0).recipe().describe(), ModelTraining.ITERATIONS,
                ModelTraining.CUTOFF, ModelTraining.FOLDS));
        out.append("| language | train sentences | threshold | note floor | CV macro-F1 (mean ± sd of folds) | held-out "
                + "macro-F1 | **generalisation macro-F1** | generalisation COMPLAINT recall | notes labelled right | "
                + "keyword baseline held-out / generalisation |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (Trained t : models) {
            ModelEvaluation e = t.evaluation();
            double[] folds = t.crossValidation().foldMacroF1();
            double mean = Arrays.stream(folds).average().orElse(0);
            double sd = Math.sqrt(Arrays.stream(folds).map(x -> (x - mean) * (x - mean)).sum() / folds.length);
            out.append(format("| %s | %d | %.3f | %.3f | %.3f ± %.3f | %.3f | **%.3f** | %.3f | %.1f%% of %d | %.3f / %.3f |%n",
                    e.language().code(), e.trainSize(), t.crossValidation().threshold(), t.crossValidation().noteFloor(),
                    mean, sd, e.heldOut().macroF1(), e.generalisation().macroF1(), e.generalisation().recall(SignalType.COMPLAINT),
                    100 * e.noteAccuracy(), e.notes(), e.baselineHeldOut().macroF1(), e.baselineGeneralisation().macroF1()));
        }
        for (Trained t : models) {
            double[] clauses = t.evaluation().clauseBoundaries();
            out.append(format("%nClause boundaries (%s), in held-out sentences run together in lower case without punctuation: "
                    + "precision %.2f, recall %.2f.", t.evaluation().language().code(), clauses[0], clauses[1]));
        }
        out.append("\n\n").append(probes(models.stream().map(Trained::evaluation).toList(), true));
        out.append("\n").append(voices(models.stream().map(Trained::evaluation).toList()));
        for (Trained t : models) {
            ModelEvaluation e = t.evaluation();
            String name = e.language() == Language.NL ? "Dutch" : "English";
            out.append(format("%n### %s: generalisation file%n%n", name)).append(e.generalisation().table())
                    .append("\nConfusion matrix (rows: true type, columns: predicted):\n\n")
                    .append(e.generalisation().confusion());
            out.append(format("%n### %s: held-out file%n%n", name)).append(e.heldOut().table())
                    .append("\nConfusion matrix:\n\n").append(e.heldOut().confusion());
            out.append(format("%n### %s: 10-fold cross-validation on the training file%n%n", name))
                    .append(t.crossValidation().scores().table());
        }
        return out.toString();
    }

    /** The flip rate of each probe per language, with the bound the tests hold it to. */
    static String probes(List<ModelEvaluation> evaluations, boolean withBounds) {
        StringBuilder out = new StringBuilder("| probe (held-out and generalisation sentences) |");
        StringBuilder rule = new StringBuilder("| --- |");
        for (ModelEvaluation e : evaluations) {
            out.append(' ').append(e.language().code()).append(" flips |");
            rule.append(" ---: |");
        }
        out.append(withBounds ? " bound |\n" : "\n").append(rule).append(withBounds ? " ---: |\n" : "\n");
        for (Probe probe : Probe.values()) {
            out.append("| ").append(probe.description()).append(" |");
            for (ModelEvaluation e : evaluations) {
                out.append(format(" %.1f%% |", 100 * e.flipRates().get(probe)));
            }
            out.append(withBounds ? format(" %.0f%% |%n", 100 * probe.bound()) : "\n");
        }
        return out.toString();
    }

    /** Macro-F1 on the held-out file per voice. */
    static String voices(List<ModelEvaluation> evaluations) {
        Set<String> voices = new TreeSet<>();
        evaluations.forEach(e -> voices.addAll(e.heldOutByVoice().keySet()));
        StringBuilder out = new StringBuilder("| voice (held-out file) |");
        StringBuilder rule = new StringBuilder("| --- |");
        for (ModelEvaluation e : evaluations) {
            out.append(' ').append(e.language().code()).append(" macro-F1 (sentences) |");
            rule.append(" ---: |");
        }
        out.append('\n').append(rule).append('\n');
        for (String voice : voices) {
            out.append("| ").append(voice).append(" |");
            for (ModelEvaluation e : evaluations) {
                Scores s = e.heldOutByVoice().get(voice);
                out.append(s == null ? " – |" : format(" %.3f (%d) |", s.macroF1(), s.total()));
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** How the figures moved from the models before a training with feedback to those after it. */
    static String moved(List<ModelEvaluation> before, List<ModelEvaluation> after) {
        StringBuilder out = new StringBuilder("| language | held-out macro-F1 | generalisation macro-F1 | notes right | "
                + "mean probe flip rate |\n| --- | --- | --- | --- | --- |\n");
        for (int i = 0; i < before.size(); i++) {
            ModelEvaluation b = before.get(i);
            ModelEvaluation a = after.get(i);
            out.append(format("| %s | %.3f → %.3f | %.3f → %.3f | %.1f%% → %.1f%% | %.1f%% → %.1f%% |%n", a.language().code(),
                    b.heldOut().macroF1(), a.heldOut().macroF1(), b.generalisation().macroF1(), a.generalisation().macroF1(),
                    100 * b.noteAccuracy(), 100 * a.noteAccuracy(), 100 * b.meanFlipRate(), 100 * a.meanFlipRate()));
        }
        return out.toString();
    }

    /** One row per recipe and language: what compare-models measured. */
    static String comparison(List<Trained> candidates) {
        StringBuilder out = new StringBuilder("| recipe | language | held-out macro-F1 | generalisation macro-F1 | "
                + "generalisation COMPLAINT recall | notes right | mean probe flip rate | worst probe |\n"
                + "| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |\n");
        for (Trained t : candidates) {
            ModelEvaluation e = t.evaluation();
            Probe worst = e.flipRates().entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey();
            out.append(format("| %s | %s | %.3f | %.3f | %.3f | %.1f%% | %.1f%% | %s %.1f%% |%n", t.recipe().describe(),
                    e.language().code(), e.heldOut().macroF1(), e.generalisation().macroF1(),
                    e.generalisation().recall(SignalType.COMPLAINT), 100 * e.noteAccuracy(), 100 * e.meanFlipRate(),
                    worst.description(), 100 * e.flipRates().get(worst)));
        }
        return out.toString();
    }

    /** Replaces what stands between {@code <!-- name:start -->} and {@code <!-- name:end -->} in a file. */
    static void writeInto(Path file, String name, String content) throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        String start = "<!-- " + name + ":start -->";
        String end = "<!-- " + name + ":end -->";
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int from = text.indexOf(start);
        int to = text.indexOf(end);
        if (from < 0 || to < from) {
            return;
        }
        Files.writeString(file, text.substring(0, from + start.length()) + "\n" + content + "\n" + text.substring(to),
                StandardCharsets.UTF_8);
    }

    private static String format(String pattern, Object... arguments) {
        return String.format(Locale.ROOT, pattern, arguments);
    }
}
