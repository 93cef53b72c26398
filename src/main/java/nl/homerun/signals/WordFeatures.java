package nl.homerun.signals;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import opennlp.tools.doccat.FeatureGenerator;

/**
 * Each word, each pair of neighbouring words, and what the end of the sentence says: a question, an exclamation,
 * trailing off ("…"). "!!" is a word here and so is each emoji, since {@link Tokens} keeps them; an emoji carries
 * tone, not syntax, so no word pair is made across it.
 *
 * <p>A doccat model remembers its feature generators by class name only and rebuilds them with a no-argument
 * constructor, so any parameter (such as an n-gram size) would silently be lost when the model is loaded. The
 * feature classes therefore have none: what each generates is fixed by its name. They must be public, and their
 * package registered with OpenNLP's {@code ExtensionLoader} (see {@link SignalModels}), for a model to load.
 */
public final class WordFeatures implements FeatureGenerator {

    // Words that only say who spoke or that the speaker hesitated ("zei ze", "she said", "uhm") are no feature: a
    // note reports speech in every kind of sentence, and a dictated note is full of fillers (see WordClass).

    public WordFeatures() {
    }

    @Override
    public Collection<String> extractFeatures(String[] tokens, Map<String, Object> extraInformation) {
        List<String> features = new ArrayList<>(tokens.length * 2 + 3);
        String previous = "<s>";
        for (String token : tokens) {
            if (WordClass.is(token, WordClass.NOT_MEANING)) {
                continue;
            }
            if (Tokens.isEmoji(token.codePointAt(0))) {
                features.add("w=" + token); // tone, not syntax: no word pairs across it
                continue;
            }
            features.add("w=" + token);
            features.add("b=" + previous + "_" + token);
            previous = token;
        }
        features.add("b=" + previous + "_</s>");
        String last = lastNotEmoji(tokens);
        if (last != null) {
            if (last.startsWith("?") || last.equals("??")) {
                features.add("question");
            } else if (last.startsWith("!")) {
                features.add("exclamation");
            }
        }
        return features;
    }

    private static String lastNotEmoji(String[] tokens) {
        for (int i = tokens.length - 1; i >= 0; i--) {
            if (!Tokens.isEmoji(tokens[i].codePointAt(0))) {
                return tokens[i];
            }
        }
        return null;
    }
}
