package nl.homerun.signals;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import opennlp.tools.doccat.FeatureGenerator;

/**
 * The four-letter pieces of each word of five letters or more, with its start and end marked ("^lev", "leve", …,
 * "ing$"): a typo, a plural or a compound ("levertijd", "levering") still shares most of them with the word it
 * resembles. No parameters, for the reason given in {@link WordFeatures}.
 */
public final class CharacterFeatures implements FeatureGenerator {

    private static final int SIZE = 4;

    public CharacterFeatures() {
    }

    @Override
    public Collection<String> extractFeatures(String[] tokens, Map<String, Object> extraInformation) {
        List<String> features = new ArrayList<>(tokens.length * 6);
        for (String token : tokens) {
            if (token.length() < SIZE + 1 || !Character.isLetter(token.charAt(0))) {
                continue;
            }
            String marked = "^" + token + "$";
            for (int i = 0; i + SIZE <= marked.length(); i++) {
                features.add("c=" + marked.substring(i, i + SIZE));
            }
        }
        return features;
    }
}
