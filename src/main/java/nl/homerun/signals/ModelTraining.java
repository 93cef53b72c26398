package nl.homerun.signals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;

import nl.homerun.signals.TrainingData.Sample;
import nl.homerun.users.Language;

/**
 * Trains categorisers and tunes their threshold and note floor by cross-validation. Deterministic: the same data
 * gives the same models (GIS and naive Bayes have no randomness, the files are read in a fixed order, the folds
 * and the notes made up for tuning the floor are fixed).
 */
final class ModelTraining {

    static final int FOLDS = 10;
    static final int ITERATIONS = 100;
    static final int CUTOFF = 1;
    /** Notes of three out-of-fold sentences each, made up to tune the note floor. */
    private static final int TUNING_NOTES = 3000;

    private ModelTraining() {
    }

    static Categorizer train(Language language, Recipe recipe, List<Sample> samples) throws IOException {
        List<DoccatModel> models = new ArrayList<>();
        for (Recipe.Learner learner : recipe.learners()) {
            models.add(train(language, learner, recipe.generators(language), samples));
        }
        return new Categorizer(models, 0, 0);
    }

    static DoccatModel train(Language language, Recipe.Learner learner, FeatureGenerator[] features, List<Sample> samples)
            throws IOException {
        SignalModels.allowOurFeatures();
        TrainingParameters parameters = new TrainingParameters();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, learner.algorithm);
        parameters.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
        parameters.put(TrainingParameters.CUTOFF_PARAM, CUTOFF);
        parameters.put("PrintMessages", false);
        List<DocumentSample> documents = samples.stream().map(s -> new DocumentSample(s.type().name(), s.tokens())).toList();
        return DocumentCategorizerME.train(language.code(), new CollectionObjectStream<>(documents), parameters,
                new DoccatFactory(features));
    }

    /** Out-of-fold verdicts of every training sentence, with the threshold and note floor they tune. */
    record CrossValidation(List<Categorizer.Verdict> outOfFold, double[] foldMacroF1, double threshold, double noteFloor,
            Scores scores) {
    }

    static CrossValidation crossValidate(Language language, Recipe recipe, List<Sample> train) throws IOException {
        Categorizer.Verdict[] outOfFold = new Categorizer.Verdict[train.size()];
        double[] foldScores = new double[FOLDS];
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
            Categorizer model = train(language, recipe, in);
            for (int i : out) {
                outOfFold[i] = model.bestGuess(train.get(i).tokens());
            }
            foldScores[fold] = Scores.of(out.stream().map(i -> train.get(i).type()).toList(),
                    out.stream().map(i -> outOfFold[i].type()).toList()).macroF1();
        }
        List<Categorizer.Verdict> verdicts = Arrays.asList(outOfFold);
        List<SignalType> gold = train.stream().map(Sample::type).toList();
        double threshold = tuneThreshold(gold, verdicts);
        double floor = tuneNoteFloor(gold, verdicts, threshold);
        return new CrossValidation(verdicts, foldScores, threshold, floor, Scores.of(gold, applyThreshold(verdicts, threshold)));
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

    /**
     * The note floor (from the threshold to 0.95) that labels made-up notes of three out-of-fold sentences best: the
     * note's label is the most urgent of its signals at least that sure (see {@link NoteAnalysis#label}).
     */
    static double tuneNoteFloor(List<SignalType> gold, List<Categorizer.Verdict> verdicts, double threshold) {
        Random random = new Random(11);
        int[][] notes = new int[TUNING_NOTES][3];
        for (int[] note : notes) {
            for (int s = 0; s < note.length; s++) {
                note[s] = random.nextInt(gold.size());
            }
        }
        double best = threshold;
        int bestRight = -1;
        for (int step = 0; threshold + step * 0.025 <= 0.951; step++) {
            double floor = Math.round((threshold + step * 0.025) * 1000) / 1000.0;
            int right = 0;
            for (int[] note : notes) {
                SignalType expected = SignalType.NEUTRAL;
                List<Signal> signals = new ArrayList<>();
                for (int i : note) {
                    expected = expected.mostUrgent(gold.get(i));
                    Categorizer.Verdict v = verdicts.get(i);
                    if (v.type() != SignalType.NEUTRAL && v.confidence() >= threshold) {
                        signals.add(new Signal(v.type(), "", v.confidence()));
                    }
                }
                right += NoteAnalysis.label(signals, floor) == expected ? 1 : 0;
            }
            if (right > bestRight) {
                bestRight = right;
                best = floor;
            }
        }
        return best;
    }

    static List<SignalType> applyThreshold(List<Categorizer.Verdict> verdicts, double threshold) {
        return verdicts.stream()
                .map(v -> v.type() != SignalType.NEUTRAL && v.confidence() < threshold ? SignalType.NEUTRAL : v.type())
                .toList();
    }

    /** The labels a categoriser gives, with its threshold. */
    static Scores score(Categorizer categorizer, List<Sample> samples) {
        return Scores.of(samples.stream().map(Sample::type).toList(),
                samples.stream().map(s -> categorizer.categorize(s.tokens()).type()).toList());
    }
}
