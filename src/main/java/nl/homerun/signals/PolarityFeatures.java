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
            features.add(HIT[(hit.valence() > 0 ? 4 : 0) + (Math.abs(hit.valence()) >= 3 ? 2 : 0) + (hit.negated() ? 1 : 0)]);
            sum += valence;
            positive |= valence > 0;
            negative |= valence < 0;
        }
        if (positive && negative) {
            features.add("p=mixed");
        }
        features.add(sum <= -4 ? "p=sum--" : sum < 0 ? "p=sum-" : sum == 0 ? "p=sum0" : sum < 4 ? "p=sum+" : "p=sum++");
        return features;
    }

    /** One feature per hit: its sign, whether it is strong (±3 or more), whether a negation turns it round. */
    private static final String[] HIT = {"p=-mild", "p=-mild~", "p=-strong", "p=-strong~", "p=+mild", "p=+mild~",
        "p=+strong", "p=+strong~"};


    /**
     * The shape of a silent complaint: praise, then a contrast, then the sting. Whether the sentence turns round
     * after its first word, and whether something positive comes before the turn or something negative after it.
     */
    private static void contrast(String[] tokens, List<Polarity.Hit> hits, List<String> features) {
        int turn = -1;
        for (int i = 1; i < tokens.length - 1 && turn < 0; i++) {
            turn = WordClass.is(tokens[i], WordClass.TURN) ? i : -1;
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
