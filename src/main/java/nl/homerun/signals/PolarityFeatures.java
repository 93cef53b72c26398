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
        List<String> features = new ArrayList<>(hits.size() + 4);
        contrast(tokens, hits, features);
        if (hits.isEmpty()) {
            return features;
        }
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

    /** Words that turn a sentence round: "het werkt goed, <b>alleen</b> jammer van…". */
    private static final java.util.Set<String> CONTRAST = java.util.Set.of("maar", "alleen", "behalve", "echter", "toch",
            "helaas", "but", "only", "except", "apart", "however", "though", "although", "unfortunately");

    /**
     * The shape of a silent complaint: praise, then a contrast, then the sting. Whether the sentence turns round
     * after its first word, and whether something positive comes before the turn or something negative after it.
     */
    private static void contrast(String[] tokens, List<Polarity.Hit> hits, List<String> features) {
        int turn = -1;
        for (int i = 1; i < tokens.length - 1 && turn < 0; i++) {
            turn = CONTRAST.contains(tokens[i]) ? i : -1;
        }
        if (turn < 0) {
            return;
        }
        features.add("s=turn");
        for (Polarity.Hit hit : hits) {
            boolean positive = hit.negated() != hit.valence() > 0;
            if (positive && hit.position() < turn) {
                features.add("s=positive_before_turn");
            } else if (!positive && hit.position() > turn) {
                features.add("s=negative_after_turn");
            }
        }
    }
}
