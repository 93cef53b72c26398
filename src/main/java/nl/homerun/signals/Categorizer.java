package nl.homerun.signals;

import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;

/**
 * One language's trained categoriser with its confidence threshold: a sentence whose best label is not NEUTRAL
 * but scores under the threshold counts as NEUTRAL, so that a doubtful guess does not alarm the user.
 */
final class Categorizer {

    private final DoccatModel model;
    private final double threshold;
    private final ThreadLocal<DocumentCategorizerME> categorizers;

    Categorizer(DoccatModel model, double threshold) {
        SignalModels.allowOurFeatures();
        this.model = model;
        this.threshold = threshold;
        this.categorizers = ThreadLocal.withInitial(() -> new DocumentCategorizerME(model));
    }

    /** A label with the model's probability for it. */
    record Verdict(SignalType type, double confidence) {
    }

    Verdict categorize(String[] tokens) {
        Verdict best = bestGuess(tokens);
        return best.type() != SignalType.NEUTRAL && best.confidence() < threshold
                ? new Verdict(SignalType.NEUTRAL, best.confidence())
                : best;
    }

    /** The model's own best label, before the threshold. */
    Verdict bestGuess(String[] tokens) {
        DocumentCategorizerME categorizer = categorizers.get();
        double[] probabilities = categorizer.categorize(tokens);
        int best = 0;
        for (int i = 1; i < probabilities.length; i++) {
            if (probabilities[i] > probabilities[best]) {
                best = i;
            }
        }
        return new Verdict(SignalType.valueOf(categorizer.getCategory(best)), probabilities[best]);
    }

    double[] probabilities(String[] tokens) {
        return categorizers.get().categorize(tokens);
    }

    double threshold() {
        return threshold;
    }

    DoccatModel model() {
        return model;
    }
}
