package nl.homerun.signals;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import opennlp.tools.doccat.FeatureGenerator;

/**
 * The first detector's features, kept here (test scope only) so that its models, in
 * {@code src/test/resources/first-detector/}, can run beside the shipped ones in {@link SignalsBenchmark}: the
 * side-by-side baseline of the speed figures. They are each word, each pair of neighbouring words, and whether the
 * sentence is a question. Its models name this class, so it keeps its name.
 */
public final class SignalFeatures implements FeatureGenerator {

    public SignalFeatures() {
    }

    @Override
    public Collection<String> extractFeatures(String[] tokens, Map<String, Object> extraInformation) {
        List<String> features = new ArrayList<>(tokens.length * 2 + 2);
        String previous = "<s>";
        for (String token : tokens) {
            features.add("w=" + token);
            features.add("b=" + previous + "_" + token);
            previous = token;
        }
        features.add("b=" + previous + "_</s>");
        if (tokens.length > 0 && tokens[tokens.length - 1].equals("?")) {
            features.add("question");
        }
        return features;
    }
}
