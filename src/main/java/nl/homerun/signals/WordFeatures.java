package nl.homerun.signals;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import opennlp.tools.doccat.FeatureGenerator;

/**
 * Each word, each pair of neighbouring words, and what the end of the sentence says: a question, an exclamation,
 * trailing off ("…"). Emoji and "!!" are words here, since {@link Tokens} keeps them.
 *
 * <p>A doccat model remembers its feature generators by class name only and rebuilds them with a no-argument
 * constructor, so any parameter (such as an n-gram size) would silently be lost when the model is loaded. The
 * feature classes therefore have none: what each generates is fixed by its name. They must be public, and their
 * package registered with OpenNLP's {@code ExtensionLoader} (see {@link SignalModels}), for a model to load.
 */
public final class WordFeatures implements FeatureGenerator {

    public WordFeatures() {
    }

    @Override
    public Collection<String> extractFeatures(String[] tokens, Map<String, Object> extraInformation) {
        List<String> features = new ArrayList<>(tokens.length * 2 + 3);
        String previous = "<s>";
        for (String token : tokens) {
            features.add("w=" + token);
            features.add("b=" + previous + "_" + token);
            previous = token;
        }
        features.add("b=" + previous + "_</s>");
        if (tokens.length > 0) {
            String last = tokens[tokens.length - 1];
            if (last.startsWith("?") || last.equals("??")) {
                features.add("question");
            } else if (last.startsWith("!")) {
                features.add("exclamation");
            }
        }
        return features;
    }
}
