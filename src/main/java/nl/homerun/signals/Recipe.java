package nl.homerun.signals;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import opennlp.tools.doccat.FeatureGenerator;

import nl.homerun.users.Language;

/**
 * How a categoriser is made: which learners (one, or several whose probabilities are averaged) on which features.
 * {@code compare-models} measures the candidates side by side; {@link #CHOSEN} is the one {@code train-models}
 * ships.
 */
record Recipe(List<Learner> learners, Set<Features> features) {

    static final Recipe CHOSEN = new Recipe(List.of(Learner.MAXENT_QN, Learner.NAIVE_BAYES),
            EnumSet.of(Features.WORDS, Features.NEGATION, Features.POLARITY));

    private static final Set<Features> WORDS_ONLY = EnumSet.of(Features.WORDS);
    private static final Set<Features> ALL = EnumSet.allOf(Features.class);

    /** What compare-models measures side by side: the first detector's recipe first. */
    static final List<Recipe> CANDIDATES = List.of(
            new Recipe(List.of(Learner.MAXENT), WORDS_ONLY),
            new Recipe(List.of(Learner.NAIVE_BAYES), WORDS_ONLY),
            new Recipe(List.of(Learner.MAXENT, Learner.NAIVE_BAYES), WORDS_ONLY),
            new Recipe(List.of(Learner.MAXENT), EnumSet.of(Features.WORDS, Features.CHARACTERS)),
            new Recipe(List.of(Learner.MAXENT), EnumSet.of(Features.WORDS, Features.NEGATION)),
            new Recipe(List.of(Learner.MAXENT), EnumSet.of(Features.WORDS, Features.POLARITY)),
            new Recipe(List.of(Learner.MAXENT), ALL),
            new Recipe(List.of(Learner.NAIVE_BAYES), ALL),
            new Recipe(List.of(Learner.MAXENT, Learner.NAIVE_BAYES), EnumSet.of(Features.WORDS, Features.NEGATION, Features.POLARITY)),
            new Recipe(List.of(Learner.MAXENT, Learner.NAIVE_BAYES), ALL),
            new Recipe(List.of(Learner.MAXENT_QN), WORDS_ONLY),
            new Recipe(List.of(Learner.MAXENT_QN, Learner.NAIVE_BAYES), EnumSet.of(Features.WORDS, Features.NEGATION, Features.POLARITY)));

    Recipe {
        learners = List.copyOf(learners);
        features = Set.copyOf(EnumSet.copyOf(features));
    }

    /** A learner of OpenNLP's, by its training-parameter name. */
    enum Learner {
        /** Maximum entropy by GIS, unregularised. */
        MAXENT("MAXENT"),
        /**
         * Maximum entropy by quasi-Newton (L-BFGS) with OpenNLP's default L1 and L2 penalties (0.1 each): the weight
         * spreads over more features instead of a few telling words, which holds up better on other people's text.
         */
        MAXENT_QN("MAXENT_QN"),
        NAIVE_BAYES("NAIVEBAYES");

        final String algorithm;

        Learner(String algorithm) {
            this.algorithm = algorithm;
        }

        String fileSuffix() {
            return name().toLowerCase(Locale.ROOT).replace("_", "");
        }

        static Learner ofFileSuffix(String suffix) {
            for (Learner learner : values()) {
                if (learner.fileSuffix().equals(suffix.strip())) {
                    return learner;
                }
            }
            throw new IllegalArgumentException("No learner " + suffix);
        }
    }

    /** A group of features, each a parameter-free generator class (see {@link WordFeatures} for why). */
    enum Features {
        WORDS, CHARACTERS, NEGATION, POLARITY;

        FeatureGenerator generator(Language language) {
            return switch (this) {
                case WORDS -> new WordFeatures();
                case CHARACTERS -> new CharacterFeatures();
                case NEGATION -> new NegationFeatures();
                case POLARITY -> language == Language.NL ? new DutchPolarityFeatures() : new EnglishPolarityFeatures();
            };
        }
    }

    FeatureGenerator[] generators(Language language) {
        List<FeatureGenerator> generators = new ArrayList<>();
        for (Features group : Features.values()) {
            if (features.contains(group)) {
                generators.add(group.generator(language));
            }
        }
        return generators.toArray(FeatureGenerator[]::new);
    }

    /** "maxent + naive bayes: words, characters" */
    String describe() {
        return learners.stream().map(l -> l.name().toLowerCase(Locale.ROOT).replace('_', ' '))
                .collect(Collectors.joining(" + ")) + ": "
                + features.stream().sorted().map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
    }
}
