package nl.homerun.accounts;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import nl.homerun.contacts.Contact.Tier;

/**
 * An account's scores (1 to 5) on the {@link Criterion criteria} of the three value groups, and when they were
 * given. From them follows the tier the method would choose: the mean of the three groups' means, at least
 * {@value #A_FROM} very valuable (A), below {@value #C_BELOW} barely valuable (C), in between somewhat (B). The groups
 * weigh the same, because value is more than revenue and margin.
 */
public record ValueScores(Map<Criterion, Integer> scores, Instant scoredAt) {

    public static final double A_FROM = 3.75;
    public static final double C_BELOW = 2.5;
    public static final ValueScores NONE = new ValueScores(Map.of(), null);

    public ValueScores {
        scores.values().forEach(ValueScores::check);
        scores = scores.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(scores));
    }

    private static void check(int score) {
        if (score < 1 || score > 5) {
            throw new IllegalArgumentException("A score is 1 to 5: " + score);
        }
    }

    public boolean isEmpty() {
        return scores.isEmpty();
    }

    /** Whether every criterion has its score. */
    public boolean isComplete() {
        return scores.size() == Criterion.values().length;
    }

    public Optional<Integer> score(Criterion criterion) {
        return Optional.ofNullable(scores.get(criterion));
    }

    /** These scores with one more (or changed) score. */
    public ValueScores with(Criterion criterion, int score, Instant at) {
        check(score);
        Map<Criterion, Integer> changed = new EnumMap<>(Criterion.class);
        changed.putAll(scores);
        changed.put(criterion, score);
        return new ValueScores(changed, at);
    }

    /** The mean score of a group; empty while none of its criteria is scored. */
    public OptionalDouble average(ValueGroup group) {
        return Criterion.of(group).stream().filter(scores::containsKey).mapToInt(scores::get).average();
    }

    /** The mean of the groups' means (a group without scores is left out); empty without any score. */
    public OptionalDouble overall() {
        return java.util.Arrays.stream(ValueGroup.values()).map(this::average).filter(OptionalDouble::isPresent)
                .mapToDouble(OptionalDouble::getAsDouble).average();
    }

    /** The tier these scores point to; empty without any score. */
    public Optional<Tier> proposedTier() {
        OptionalDouble overall = overall();
        if (overall.isEmpty()) {
            return Optional.empty();
        }
        double value = overall.getAsDouble();
        return Optional.of(value >= A_FROM ? Tier.A : value < C_BELOW ? Tier.C : Tier.B);
    }
}
