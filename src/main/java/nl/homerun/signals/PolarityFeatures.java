package nl.homerun.signals;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import opennlp.tools.doccat.FeatureGenerator;

import nl.homerun.users.Language;

/**
 * What a sentiment lexicon says of a sentence, so that a strong word the training data never used ("shambles",
 * "bedrogen") still counts: one feature per positive or negative word (strong from ±3, turned round by a
 * negation), whether both kinds occur (the mark of "works well, only a pity about…"), and the sum. One subclass
 * per language ({@link DutchPolarityFeatures}, {@link EnglishPolarityFeatures}), because a model rebuilds its
 * feature generators by class name without parameters (see {@link WordFeatures}).
 */
abstract class PolarityFeatures implements FeatureGenerator {

    private final Polarity polarity;

    PolarityFeatures(Language language) {
        this.polarity = Polarity.of(language);
    }

    @Override
    public Collection<String> extractFeatures(String[] tokens, Map<String, Object> extraInformation) {
        List<Polarity.Hit> hits = polarity.hits(tokens);
        if (hits.isEmpty()) {
            return List.of();
        }
        List<String> features = new ArrayList<>(hits.size() + 2);
        int sum = 0;
        boolean positive = false;
        boolean negative = false;
        for (Polarity.Hit hit : hits) {
            int valence = hit.negated() ? -hit.valence() / 2 : hit.valence();
            String strength = Math.abs(hit.valence()) >= 3 ? "strong" : "mild";
            features.add("p=" + (hit.valence() > 0 ? "+" : "-") + strength + (hit.negated() ? "~" : ""));
            sum += valence;
            positive |= valence > 0;
            negative |= valence < 0;
        }
        if (positive && negative) {
            features.add("p=mixed");
        }
        features.add("p=sum" + (sum <= -4 ? "--" : sum < 0 ? "-" : sum == 0 ? "0" : sum < 4 ? "+" : "++"));
        return features;
    }
}
