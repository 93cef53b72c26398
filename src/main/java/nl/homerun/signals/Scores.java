package nl.homerun.signals;

import java.util.List;
import java.util.Locale;

/** A confusion matrix over the four types, with precision, recall and F1 per type and their macro average. */
final class Scores {

    private static final SignalType[] TYPES = SignalType.values();

    private final int[][] counts = new int[TYPES.length][TYPES.length];

    void add(SignalType gold, SignalType predicted) {
        counts[gold.ordinal()][predicted.ordinal()]++;
    }

    static Scores of(List<SignalType> gold, List<SignalType> predicted) {
        Scores scores = new Scores();
        for (int i = 0; i < gold.size(); i++) {
            scores.add(gold.get(i), predicted.get(i));
        }
        return scores;
    }

    double precision(SignalType type) {
        int predicted = 0;
        for (SignalType gold : TYPES) {
            predicted += counts[gold.ordinal()][type.ordinal()];
        }
        return predicted == 0 ? 0 : (double) counts[type.ordinal()][type.ordinal()] / predicted;
    }

    double recall(SignalType type) {
        int actual = 0;
        for (SignalType predicted : TYPES) {
            actual += counts[type.ordinal()][predicted.ordinal()];
        }
        return actual == 0 ? 0 : (double) counts[type.ordinal()][type.ordinal()] / actual;
    }

    double f1(SignalType type) {
        double p = precision(type);
        double r = recall(type);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    double macroF1() {
        double sum = 0;
        for (SignalType type : TYPES) {
            sum += f1(type);
        }
        return sum / TYPES.length;
    }

    int total() {
        int all = 0;
        for (int[] row : counts) {
            for (int count : row) {
                all += count;
            }
        }
        return all;
    }

    double accuracy() {
        int right = 0;
        int all = 0;
        for (SignalType gold : TYPES) {
            for (SignalType predicted : TYPES) {
                all += counts[gold.ordinal()][predicted.ordinal()];
                right += gold == predicted ? counts[gold.ordinal()][predicted.ordinal()] : 0;
            }
        }
        return all == 0 ? 0 : (double) right / all;
    }

    /** Per-type precision, recall and F1 as a Markdown table. */
    String table() {
        StringBuilder out = new StringBuilder("| type | precision | recall | F1 |\n| --- | ---: | ---: | ---: |\n");
        for (SignalType type : TYPES) {
            out.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f |%n", type, precision(type), recall(type), f1(type)));
        }
        return out.append(String.format(Locale.ROOT, "| **macro** | | | **%.3f** |%n", macroF1())).toString();
    }

    /** The confusion matrix as a Markdown table: rows are the true types, columns the predicted ones. */
    String confusion() {
        StringBuilder out = new StringBuilder("| true \\ predicted |");
        for (SignalType type : TYPES) {
            out.append(' ').append(type).append(" |");
        }
        out.append("\n| --- |").append(" ---: |".repeat(TYPES.length)).append('\n');
        for (SignalType gold : TYPES) {
            out.append("| ").append(gold).append(" |");
            for (SignalType predicted : TYPES) {
                out.append(' ').append(counts[gold.ordinal()][predicted.ordinal()]).append(" |");
            }
            out.append('\n');
        }
        return out.toString();
    }
}
