package nl.homerun.signals;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.homerun.users.Language;

/**
 * A change to a sentence that should not change its label: the probes of the generalisation check. A detector
 * that learned the words of its training files instead of the ideas flips its answer under them; the share of
 * sentences whose label flips is measured in models/README.md and bounded by {@code ModelQualityTest}.
 */
enum Probe {
    /** "our" for "your" and back, "onze/ons/wij" for "jullie" and back. */
    PRONOUNS("our ↔ your, onze/ons/wij ↔ jullie", 0.07),
    /** The statement asked as a question. */
    QUESTION("a statement asked as a question", 0.07),
    /** A competitor named in passing. */
    COMPETITOR("a competitor named in passing", 0.09),
    /** Typed on a phone: lower case, no punctuation. */
    LOWER_CASE_NO_PUNCTUATION("lower case, no punctuation", 0.02),
    /** A neutral emoji at the end. */
    EMOJI("a neutral emoji added", 0.05),
    /** Two letters of the longest word swapped. */
    TYPO("two letters of the longest word swapped", 0.06);

    private final String description;
    private final double bound;

    Probe(String description, double bound) {
        this.description = description;
        this.bound = bound;
    }

    String description() {
        return description;
    }

    /** The highest flip rate the tests accept. */
    double bound() {
        return bound;
    }

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Map<String, String> DUTCH_PRONOUNS = Map.of("onze", "jullie", "ons", "jullie", "wij", "jullie",
            "we", "jullie", "jullie", "onze", "uw", "onze");
    private static final Map<String, String> ENGLISH_PRONOUNS = Map.of("our", "your", "your", "our", "ours", "yours",
            "yours", "ours", "we", "you", "you", "we", "us", "you");

    /** The probed sentence, or null when the probe does not apply to it. */
    String apply(String sentence, Language language) {
        return switch (this) {
            case PRONOUNS -> swapPronouns(sentence, language == Language.NL ? DUTCH_PRONOUNS : ENGLISH_PRONOUNS);
            case QUESTION -> sentence.strip().endsWith("?") ? null : sentence.strip().replaceAll("[.!…\\s]+$", "") + "?";
            case COMPETITOR -> sentence.strip() + (language == Language.NL ? " (concurrent Van Leeuwen zat erbij)"
                    : " (Hendricks, a competitor, sat in)");
            case LOWER_CASE_NO_PUNCTUATION -> {
                String typed = sentence.toLowerCase(Locale.ROOT).replaceAll("[\\p{P}&&[^']]+", " ").replaceAll("\\s+", " ").strip();
                yield typed.equals(sentence) ? null : typed;
            }
            case EMOJI -> sentence.strip() + " 📞";
            case TYPO -> typo(sentence);
        };
    }

    private static String swapPronouns(String sentence, Map<String, String> swaps) {
        Matcher words = WORD.matcher(sentence);
        StringBuilder out = new StringBuilder();
        boolean changed = false;
        while (words.find()) {
            String word = words.group();
            String swap = swaps.get(word.toLowerCase(Locale.ROOT));
            if (swap != null) {
                changed = true;
                swap = Character.isUpperCase(word.charAt(0)) ? Character.toUpperCase(swap.charAt(0)) + swap.substring(1) : swap;
            }
            words.appendReplacement(out, Matcher.quoteReplacement(swap == null ? word : swap));
        }
        words.appendTail(out);
        return changed ? out.toString() : null;
    }

    private static String typo(String sentence) {
        Matcher words = WORD.matcher(sentence);
        int start = -1;
        int length = 4;
        while (words.find()) {
            if (words.group().length() > length) {
                start = words.start();
                length = words.group().length();
            }
        }
        if (start < 0) {
            return null;
        }
        char[] chars = sentence.toCharArray();
        char second = chars[start + 1];
        chars[start + 1] = chars[start + 2];
        chars[start + 2] = second;
        return new String(chars);
    }
}
