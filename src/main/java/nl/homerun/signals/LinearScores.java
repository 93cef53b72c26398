package nl.homerun.signals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;

/**
 * OpenNLP maximum entropy (GIS or quasi-Newton) and naive Bayes models read as what they are: one weight per feature and
 * outcome, summed over a sentence's features, then normalised; several models in one table, so that a feature is
 * looked up once for all of them. It gives the models' own probabilities (to 1e-12, tested), without what their
 * {@code eval} does on every call: boxed look-ups and, for naive Bayes, the logarithm of every count anew.
 *
 * <p>The table is found by a 64-bit fingerprint of the feature (open addressing over two flat arrays), which costs
 * two memory reads a feature where a map of strings costs four or five; with some 10<sup>5</sup> features, the
 * chance that an unknown feature shares a fingerprint with a known one is about 10<sup>-14</sup> a sentence.
 */
final class LinearScores {

    /** OpenNLP's naive Bayes smooths counts by Lidstone with this delta. */
    private static final double LIDSTONE = 0.05;

    /** The fingerprint of the feature in each slot, 0 for an empty slot. */
    private final long[] fingerprints;
    /** The row of the feature in each slot. */
    private final int[] rows;
    /** Per row: for each model in turn, one weight per outcome, in the order of {@code outcomes}. */
    private final double[] weights;
    private final int mask;
    private final int width;
    private final double[][] bias;
    private final AbstractModel.ModelType[] kinds;
    private final int outcomes;

    private LinearScores(Map<String, double[]> byFeature, double[][] bias, AbstractModel.ModelType[] kinds, int outcomes) {
        this.bias = bias;
        this.kinds = kinds;
        this.outcomes = outcomes;
        this.width = bias.length * outcomes;
        int slots = Integer.highestOneBit(Math.max(16, byFeature.size() * 5 / 3)) * 2;
        this.mask = slots - 1;
        this.fingerprints = new long[slots];
        this.rows = new int[slots];
        this.weights = new double[byFeature.size() * width];
        int row = 0;
        for (Map.Entry<String, double[]> feature : byFeature.entrySet()) {
            long fingerprint = fingerprint(feature.getKey());
            int slot = (int) fingerprint & mask;
            while (fingerprints[slot] != 0) {
                if (fingerprints[slot] == fingerprint) {
                    throw new IllegalStateException("Two features share a fingerprint: " + feature.getKey());
                }
                slot = (slot + 1) & mask;
            }
            fingerprints[slot] = fingerprint;
            rows[slot] = row * width;
            System.arraycopy(feature.getValue(), 0, weights, row * width, width);
            row++;
        }
    }

    /** FNV-1a over the characters, never 0 (the mark of an empty slot). */
    static long fingerprint(CharSequence feature) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < feature.length(); i++) {
            hash = (hash ^ feature.charAt(i)) * 0x100000001b3L;
        }
        hash ^= hash >>> 29;
        return hash == 0 ? 1 : hash;
    }

    /** One model as a table, with its outcomes in its own order. */
    static LinearScores of(AbstractModel model) {
        String[] outcomes = new String[model.getNumOutcomes()];
        for (int o = 0; o < outcomes.length; o++) {
            outcomes[o] = model.getOutcome(o);
        }
        return of(List.of(model), outcomes).orElseThrow(() -> new IllegalArgumentException(model.getModelType() + " models"));
    }

    /** The models as one table, with outcomes in the given order; empty when one is of a kind this does not read. */
    @SuppressWarnings("unchecked")
    static Optional<LinearScores> of(List<AbstractModel> models, String[] outcomeOrder) {
        int k = outcomeOrder.length;
        Map<String, double[]> weights = new HashMap<>();
        double[][] bias = new double[models.size()][k];
        AbstractModel.ModelType[] kinds = new AbstractModel.ModelType[models.size()];
        boolean[] naiveBayes = new boolean[models.size()];
        for (int m = 0; m < models.size(); m++) {
            AbstractModel model = models.get(m);
            kinds[m] = model.getModelType();
            if (kinds[m] != AbstractModel.ModelType.MaxentQn && kinds[m] != AbstractModel.ModelType.NaiveBayes
                    && kinds[m] != AbstractModel.ModelType.Maxent) {
                return Optional.empty();
            }
            naiveBayes[m] = kinds[m] == AbstractModel.ModelType.NaiveBayes;
            int[] position = new int[k];
            for (int o = 0; o < k; o++) {
                position[model.getIndex(outcomeOrder[o])] = o;
            }
            Object[] data = model.getDataStructures();
            Map<String, Context> features = (Map<String, Context>) data[1];
            double[] totals = totals((Context[]) data[0], k);
            int offset = m * k;
            int model1 = m;
            features.forEach((feature, context) -> {
                double[] w = weights.computeIfAbsent(feature, f -> new double[models.size() * k]);
                if (naiveBayes[model1]) {
                    naiveBayesTerms(context, totals, features.size(), position, w, offset);
                } else {
                    for (int a = 0; a < context.getOutcomes().length; a++) {
                        w[offset + position[context.getOutcomes()[a]]] = context.getParameters()[a];
                    }
                }
            });
            if (naiveBayes[m]) {
                double all = 0;
                for (double total : totals) {
                    all += total;
                }
                for (int o = 0; o < k; o++) {
                    bias[m][position[o]] = StrictMath.log(totals[o] / all);
                }
            } else if (kinds[m] == AbstractModel.ModelType.Maxent) {
                java.util.Arrays.fill(bias[m], Math.log(1.0 / k)); // GIS evaluates from a uniform prior
            }
        }
        return Optional.of(new LinearScores(weights, bias, kinds, k));
    }

    /**
     * As OpenNLP's naive Bayes evaluates a feature: the smoothed log-probability of each outcome, up to the last
     * outcome the feature was seen with (later outcomes get no term for it).
     */
    private static void naiveBayesTerms(Context context, double[] totals, double vocabulary, int[] position, double[] w,
            int offset) {
        int[] active = context.getOutcomes();
        double[] counts = context.getParameters();
        int a = 0;
        for (int i = 0; i < totals.length && a < active.length; i++) {
            double count = active[a] == i ? counts[a++] : 0;
            w[offset + position[i]] = StrictMath.log((count + LIDSTONE) / (totals[i] + LIDSTONE * vocabulary));
        }
    }

    /** The counts of each outcome (by the model's own order of outcomes). */
    private static double[] totals(Context[] parameters, int outcomes) {
        double[] totals = new double[outcomes];
        for (Context context : parameters) {
            for (int a = 0; a < context.getOutcomes().length; a++) {
                totals[context.getOutcomes()[a]] += context.getParameters()[a];
            }
        }
        return totals;
    }

    /** The probability of each outcome, averaged over the models. */
    double[] average(CharSequence[] context) {
        int models = bias.length;
        double[] scores = new double[width];
        for (CharSequence feature : context) {
            long fingerprint = fingerprint(feature);
            int slot = (int) fingerprint & mask;
            while (fingerprints[slot] != 0 && fingerprints[slot] != fingerprint) {
                slot = (slot + 1) & mask;
            }
            if (fingerprints[slot] != 0) {
                int row = rows[slot];
                for (int i = 0; i < width; i++) {
                    scores[i] += weights[row + i];
                }
            }
        }
        if (models == 1) {
            normalise(scores, 0, 0);
            return scores;
        }
        double[] average = new double[outcomes];
        for (int m = 0; m < models; m++) {
            normalise(scores, m, m * outcomes);
            for (int o = 0; o < outcomes; o++) {
                average[o] += scores[m * outcomes + o] / models;
            }
        }
        return average;
    }

    /** Scores to probabilities, each model the way OpenNLP normalises it. */
    private void normalise(double[] scores, int model, int from) {
        int to = from + outcomes;
        double[] prior = bias[model];
        if (kinds[model] == AbstractModel.ModelType.MaxentQn) {
            double highest = Double.NEGATIVE_INFINITY;
            for (int i = from; i < to; i++) {
                highest = Math.max(highest, scores[i]);
            }
            double sum = 0;
            for (int i = from; i < to; i++) {
                sum += scores[i] == Double.NEGATIVE_INFINITY ? 0 : StrictMath.exp(scores[i] - highest);
            }
            double logSum = highest + StrictMath.log(sum); // as OpenNLP's ArrayMath.logSumOfExps
            for (int i = from; i < to; i++) {
                scores[i] = Math.exp(scores[i] - logSum);
            }
            return;
        }
        boolean naiveBayes = kinds[model] == AbstractModel.ModelType.NaiveBayes;
        double highest = 0;
        if (naiveBayes) {
            highest = Double.NEGATIVE_INFINITY;
            for (int i = from; i < to; i++) {
                scores[i] += prior[i - from];
                highest = Math.max(highest, scores[i]);
            }
        }
        double sum = 0;
        for (int i = from; i < to; i++) {
            scores[i] = StrictMath.exp(naiveBayes ? scores[i] - highest : prior[i - from] + scores[i]);
            sum += scores[i];
        }
        for (int i = from; i < to; i++) {
            scores[i] /= sum;
        }
    }
}
