package nl.homerun.signals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.MaxentModel;

/**
 * One language's trained categoriser: one model, or several whose probabilities are averaged, with a confidence
 * threshold (a sentence whose best label is not NEUTRAL but scores under it counts as NEUTRAL, so that a doubtful
 * guess does not alarm the user) and a floor for the label of a whole note (see {@link NoteAnalysis}).
 *
 * <p>The features of a sentence are made once for all models (OpenNLP's categoriser would make them once per
 * model), and the models are read as one table by {@link LinearScores}, which gives OpenNLP's own probabilities
 * several times faster (checked against OpenNLP's categoriser by {@code CategorizerTest}).
 */
final class Categorizer {

    private static final SignalType[] TYPES = SignalType.values();

    private final List<DoccatModel> models;
    private final double threshold;
    private final double noteFloor;
    private final FeatureGenerator[] features;
    /** The models as one table when they are of kinds it reads (the shipped ones are); else null. */
    private final LinearScores linear;

    Categorizer(List<DoccatModel> models, double threshold, double noteFloor) {
        SignalModels.allowOurFeatures();
        this.models = List.copyOf(models);
        this.threshold = threshold;
        this.noteFloor = noteFloor;
        this.features = this.models.get(0).getFactory().getFeatureGenerators();
        String[] types = java.util.Arrays.stream(TYPES).map(Enum::name).toArray(String[]::new);
        this.linear = LinearScores.of(this.models.stream().map(m -> (AbstractModel) m.getMaxentModel()).toList(), types)
                .orElse(null);
    }

    /** A label with the probability for it. */
    record Verdict(SignalType type, double confidence) {
    }

    Verdict categorize(String[] tokens) {
        Verdict best = bestGuess(tokens);
        return best.type() != SignalType.NEUTRAL && best.confidence() < threshold
                ? new Verdict(SignalType.NEUTRAL, best.confidence())
                : best;
    }

    /** The best label of the averaged probabilities, before the threshold. */
    Verdict bestGuess(String[] tokens) {
        double[] probabilities = probabilities(tokens);
        int best = 0;
        for (int i = 1; i < probabilities.length; i++) {
            if (probabilities[i] > probabilities[best]) {
                best = i;
            }
        }
        return new Verdict(TYPES[best], probabilities[best]);
    }

    /** The probability of each type (by ordinal), averaged over the models. */
    double[] probabilities(String[] tokens) {
        String[] context = context(tokens);
        if (linear != null) {
            return linear.average(context);
        }
        double[] average = new double[TYPES.length];
        for (DoccatModel model : models) {
            MaxentModel maxent = model.getMaxentModel();
            double[] p = maxent.eval(context);
            for (SignalType type : TYPES) {
                average[type.ordinal()] += p[maxent.getIndex(type.name())] / models.size();
            }
        }
        return average;
    }

    /** What every model sees of the sentence: the features of all generators, in their order. */
    String[] context(String[] tokens) {
        List<String> context = new ArrayList<>(tokens.length * 3);
        for (FeatureGenerator generator : features) {
            context.addAll(generator.extractFeatures(tokens, Collections.<String, Object>emptyMap()));
        }
        return context.toArray(String[]::new);
    }

    double threshold() {
        return threshold;
    }

    double noteFloor() {
        return noteFloor;
    }

    List<DoccatModel> models() {
        return models;
    }
}
