package nl.homerun.signals;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import opennlp.tools.doccat.FeatureGenerator;

/**
 * The features the categoriser learns from: each word, each pair of neighbouring words, and whether the sentence
 * is a question or trails off ("…").
 *
 * <p>A doccat model remembers its feature generators by class name only and rebuilds them with a no-argument
 * constructor, so any parameter (such as an n-gram size) would silently be lost when the model is loaded. This
 * class therefore has none: what it generates is fixed by its name. It must be public, and its package registered
 * with OpenNLP's {@code ExtensionLoader} (see {@link SignalModels}), for a model to load.
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
