package nl.homerun.signals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.langdetect.LanguageDetectorFactory;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.langdetect.LanguageSample;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;

import nl.homerun.users.Language;

/**
 * Trains and evaluates the signal models from {@code models/data/<lang>/{train,test}/<TYPE>.txt} (one sentence a
 * line). Deterministic: the same data gives the same model (maximum entropy with GIS has no randomness, the
 * files are read in a fixed order, and the folds are fixed).
 */
final class ModelTraining {

    static final int FOLDS = 10;
    static final String ALGORITHM = "MAXENT";
    static final int ITERATIONS = 300;
    static final int CUTOFF = 1;

    private final Tokens tokens;

    ModelTraining(Tokens tokens) {
        this.tokens = tokens;
    }

    /** A labelled sentence. */
    record Sample(SignalType type, String sentence, String[] tokens) {
    }

    /** How a model did: on cross-validation, or on the held-out file. */
    record Evaluation(Language language, int trainSize, int testSize, double threshold, Scores crossValidated,
            double[] foldMacroF1, Scores heldOut, Scores heldOutWithoutThreshold, Scores baseline) {
    }

    List<Sample> read(Path data, Language language, String part) throws IOException {
        List<Sample> samples = new ArrayList<>();
        for (SignalType type : SignalType.values()) {
            Path file = data.resolve(language.code()).resolve(part).resolve(type.name() + ".txt");
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    samples.add(new Sample(type, line.strip(), tokens.of(line.strip(), language)));
                }
            }
        }
        return samples;
    }

    /** Our Dutch-or-English detector: OpenNLP's language detector (character 1–3-grams) on every training sentence. */
    LanguageDetectorModel trainLanguageModel(Path data) throws IOException {
        List<LanguageSample> samples = new ArrayList<>();
        List<String> dutch = sentences(data, Language.NL, "train");
        List<String> english = sentences(data, Language.EN, "train");
        for (int i = 0; i < Math.max(dutch.size(), english.size()); i++) {
            if (i < dutch.size()) {
                samples.add(new LanguageSample(new opennlp.tools.langdetect.Language("nld"), dutch.get(i)));
            }
            if (i < english.size()) {
                samples.add(new LanguageSample(new opennlp.tools.langdetect.Language("eng"), english.get(i)));
            }
        }
        TrainingParameters parameters = new TrainingParameters();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, ALGORITHM);
        parameters.put(TrainingParameters.ITERATIONS_PARAM, 100);
        parameters.put(TrainingParameters.CUTOFF_PARAM, 2);
        return LanguageDetectorME.train(new CollectionObjectStream<>(samples), parameters, new LanguageDetectorFactory());
    }

    /** How often each step decides the language of a held-out sentence correctly (no user language given). */
    record LanguageAccuracy(double general, double ours, double combined, int sentences) {
    }

    /** On whole held-out sentences, and on their first three words (a short note). */
    List<LanguageAccuracy> languageAccuracy(Path data, LanguageGuesser guesser, LanguageDetectorModel ours) throws IOException {
        return List.of(languageAccuracy(data, guesser, ours, Integer.MAX_VALUE), languageAccuracy(data, guesser, ours, 3));
    }

    private LanguageAccuracy languageAccuracy(Path data, LanguageGuesser guesser, LanguageDetectorModel ours, int words)
            throws IOException {
        LanguageDetectorME generalDetector = new LanguageDetectorME(LanguageGuesser.generalModel());
        LanguageDetectorME oursDetector = new LanguageDetectorME(ours);
        int general = 0;
        int own = 0;
        int combined = 0;
        int all = 0;
        for (Language language : Language.values()) {
            String code = language == Language.NL ? "nld" : "eng";
            for (String whole : sentences(data, language, "test")) {
                String[] split = whole.split("\\s+");
                String sentence = String.join(" ", java.util.Arrays.copyOf(split, Math.min(words, split.length)));
                all++;
                general += generalDetector.predictLanguage(sentence).getLang().equals(code) ? 1 : 0;
                own += oursDetector.predictLanguage(sentence).getLang().equals(code) ? 1 : 0;
                combined += guesser.guess(sentence, null) == language ? 1 : 0;
            }
        }
        return new LanguageAccuracy((double) general / all, (double) own / all, (double) combined / all, all);
    }

    private static List<String> sentences(Path data, Language language, String part) throws IOException {
        List<String> sentences = new ArrayList<>();
        for (SignalType type : SignalType.values()) {
            for (String line : Files.readAllLines(data.resolve(language.code()).resolve(part).resolve(type.name() + ".txt"))) {
                if (!line.isBlank()) {
                    sentences.add(line.strip());
                }
            }
        }
        return sentences;
    }

    static DoccatModel train(Language language, List<Sample> samples) throws IOException {
        return train(language, samples, new SignalFeatures());
    }

    static DoccatModel train(Language language, List<Sample> samples, FeatureGenerator features) throws IOException {
        TrainingParameters parameters = new TrainingParameters();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, ALGORITHM);
        parameters.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
        parameters.put(TrainingParameters.CUTOFF_PARAM, CUTOFF);
        parameters.put("PrintMessages", false);
        List<DocumentSample> documents = samples.stream()
                .map(s -> new DocumentSample(s.type().name(), s.tokens())).toList();
        return DocumentCategorizerME.train(language.code(), new CollectionObjectStream<>(documents), parameters,
                new DoccatFactory(new FeatureGenerator[] {features}));
    }

    /** Trains on the training file, tunes the threshold by cross-validation, and scores the held-out file. */
    Trained trainAndEvaluate(Path data, Language language) throws IOException {
        List<Sample> train = read(data, language, "train");
        List<Sample> test = read(data, language, "test");

        List<Categorizer.Verdict> outOfFold = new ArrayList<>();
        double[] foldScores = new double[FOLDS];
        for (int i = 0; i < train.size(); i++) {
            outOfFold.add(null);
        }
        for (int fold = 0; fold < FOLDS; fold++) {
            List<Sample> in = new ArrayList<>();
            List<Integer> out = new ArrayList<>();
            for (int i = 0; i < train.size(); i++) {
                if (i % FOLDS == fold) {
                    out.add(i);
                } else {
                    in.add(train.get(i));
                }
            }
            Categorizer model = new Categorizer(train(language, in), 0);
            for (int i : out) {
                outOfFold.set(i, model.bestGuess(train.get(i).tokens()));
            }
            List<SignalType> gold = out.stream().map(i -> train.get(i).type()).toList();
            List<SignalType> predicted = out.stream().map(i -> outOfFold.get(i).type()).toList();
            foldScores[fold] = Scores.of(gold, predicted).macroF1();
        }
        List<SignalType> trainGold = train.stream().map(Sample::type).toList();
        double threshold = tuneThreshold(trainGold, outOfFold);
        Scores crossValidated = Scores.of(trainGold, applyThreshold(outOfFold, threshold));

        Categorizer model = new Categorizer(train(language, train), threshold);
        Evaluation evaluation = evaluate(language, model, test, train.size(), crossValidated, foldScores);
        return new Trained(model, evaluation);
    }

    /** A model with how it was measured. */
    record Trained(Categorizer categorizer, Evaluation evaluation) {
    }

    Evaluation evaluate(Language language, Categorizer model, List<Sample> test, int trainSize, Scores crossValidated,
            double[] foldScores) {
        List<SignalType> gold = test.stream().map(Sample::type).toList();
        List<Categorizer.Verdict> verdicts = test.stream().map(s -> model.bestGuess(s.tokens())).toList();
        Scores heldOut = Scores.of(gold, applyThreshold(verdicts, model.threshold()));
        Scores raw = Scores.of(gold, verdicts.stream().map(Categorizer.Verdict::type).toList());
        Scores baseline = Scores.of(gold, test.stream().map(s -> KeywordBaseline.label(s.sentence(), language)).toList());
        return new Evaluation(language, trainSize, test.size(), model.threshold(), crossValidated, foldScores, heldOut,
                raw, baseline);
    }

    /** The threshold (0.25 to 0.90) that gives the best macro-F1 on the out-of-fold predictions; the lowest on a tie. */
    static double tuneThreshold(List<SignalType> gold, List<Categorizer.Verdict> verdicts) {
        double best = 0;
        double bestScore = -1;
        for (int step = 0; step <= 26; step++) {
            double threshold = 0.25 + step * 0.025;
            double score = Scores.of(gold, applyThreshold(verdicts, threshold)).macroF1();
            if (score > bestScore + 1e-9) {
                bestScore = score;
                best = threshold;
            }
        }
        return Math.round(best * 1000) / 1000.0;
    }

    static List<SignalType> applyThreshold(List<Categorizer.Verdict> verdicts, double threshold) {
        return verdicts.stream()
                .map(v -> v.type() != SignalType.NEUTRAL && v.confidence() < threshold ? SignalType.NEUTRAL : v.type())
                .toList();
    }

    static String report(List<Evaluation> evaluations, List<LanguageAccuracy> languages) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Language of the %d held-out sentences, decided without the user's language "
                + "(whole sentence / first three words only): OpenNLP's general detector alone %.1f%% / %.1f%%, our "
                + "Dutch-or-English detector alone %.1f%% / %.1f%%, the combination the bot uses %.1f%% / %.1f%%.%n%n",
                languages.get(0).sentences(), 100 * languages.get(0).general(), 100 * languages.get(1).general(),
                100 * languages.get(0).ours(), 100 * languages.get(1).ours(), 100 * languages.get(0).combined(),
                100 * languages.get(1).combined()));
        out.append(String.format(Locale.ROOT, "Trained with %s, %d iterations, feature cutoff %d, features from "
                + "`SignalFeatures` (words, word pairs, question mark). %d-fold cross-validation on the training file; "
                + "the held-out test file is used for nothing but these figures.%n%n", ALGORITHM, ITERATIONS, CUTOFF, FOLDS));
        out.append("| language | train sentences | test sentences | threshold | CV macro-F1 (mean ± sd of folds) "
                + "| held-out macro-F1 | held-out SILENT_COMPLAINT F1 | keyword baseline macro-F1 |\n"
                + "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (Evaluation e : evaluations) {
            double mean = java.util.Arrays.stream(e.foldMacroF1()).average().orElse(0);
            double sd = Math.sqrt(java.util.Arrays.stream(e.foldMacroF1()).map(x -> (x - mean) * (x - mean)).sum() / e.foldMacroF1().length);
            out.append(String.format(Locale.ROOT, "| %s | %d | %d | %.3f | %.3f ± %.3f | **%.3f** | **%.3f** | %.3f |%n",
                    e.language().code(), e.trainSize(), e.testSize(), e.threshold(), mean, sd, e.heldOut().macroF1(),
                    e.heldOut().f1(SignalType.SILENT_COMPLAINT), e.baseline().macroF1()));
        }
        for (Evaluation e : evaluations) {
            out.append(String.format(Locale.ROOT, "%n### %s: held-out test file%n%n", e.language() == Language.NL ? "Dutch" : "English"));
            out.append(e.heldOut().table()).append('\n');
            out.append("Confusion matrix (rows: true type, columns: predicted):\n\n").append(e.heldOut().confusion()).append('\n');
            out.append(String.format(Locale.ROOT, "Without the threshold: macro-F1 %.3f. Accuracy with it: %.3f.%n%n",
                    e.heldOutWithoutThreshold().macroF1(), e.heldOut().accuracy()));
            out.append("Keyword baseline on the same file:\n\n").append(e.baseline().table()).append('\n');
            out.append("10-fold cross-validation on the training file (out-of-fold predictions, with the threshold):\n\n")
                    .append(e.crossValidated().table());
        }
        return out.toString();
    }
}
