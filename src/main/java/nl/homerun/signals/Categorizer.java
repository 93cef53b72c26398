package nl.homerun.signals;

import java.util.List;

import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;

/**
 * One language's trained categoriser: one model, or several whose probabilities are averaged, with a confidence
 * threshold (a sentence whose best label is not NEUTRAL but scores under it counts as NEUTRAL, so that a doubtful
 * guess does not alarm the user) and a floor for the label of a whole note (see {@link NoteAnalysis}).
 */
final class Categorizer {

    private static final SignalType[] TYPES = SignalType.values();

    private final List<DoccatModel> models;
    private final double threshold;
    private final double noteFloor;
    private final ThreadLocal<Member[]> members;

    Categorizer(List<DoccatModel> models, double threshold, double noteFloor) {
        SignalModels.allowOurFeatures();
        this.models = List.copyOf(models);
        this.threshold = threshold;
        this.noteFloor = noteFloor;
        this.members = ThreadLocal.withInitial(() -> this.models.stream().map(Member::new).toArray(Member[]::new));
    }

    /** A model's categoriser with the position of each type among its categories. */
    private static final class Member {
        final DocumentCategorizerME categorizer;
        final int[] indexOfType = new int[TYPES.length];

        Member(DoccatModel model) {
            categorizer = new DocumentCategorizerME(model);
            for (SignalType type : TYPES) {
                indexOfType[type.ordinal()] = categorizer.getIndex(type.name());
            }
        }
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
        double[] average = new double[TYPES.length];
        Member[] all = members.get();
        for (Member member : all) {
            double[] p = member.categorizer.categorize(tokens);
            for (int t = 0; t < TYPES.length; t++) {
                average[t] += p[member.indexOfType[t]] / all.length;
            }
        }
        return average;
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
