package nl.homerun.contacts;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Finds contacts by name the way people type them on a phone: without accents or capitals, with a typo, by first
 * name only, or by their company. Exact matches rank first, then whole words, then near misses.
 */
final class NameMatcher {

    private NameMatcher() {
    }

    /** The contacts that match, best first; empty when none is close. */
    static List<Contact> find(String query, List<Contact> contacts) {
        String wanted = normalise(query);
        if (wanted.isEmpty()) {
            return List.of();
        }
        record Scored(Contact contact, int score) {
        }
        List<Scored> scored = new ArrayList<>();
        for (Contact contact : contacts) {
            int score = score(wanted, normalise(contact.name()));
            int byAccount = contact.account() == null ? 0 : score(wanted, normalise(contact.account()));
            if (byAccount >= 8) { // a near miss on the company is too loose: "Jan Bakker" is not "Bakkerij Van Dam"
                score = Math.max(score, byAccount - 1);
            }
            if (score > 0) {
                scored.add(new Scored(contact, score));
            }
        }
        int best = scored.stream().mapToInt(Scored::score).max().orElse(0);
        return scored.stream().filter(s -> s.score() == best)
                .sorted(Comparator.comparing(s -> s.contact().name(), String.CASE_INSENSITIVE_ORDER)).map(Scored::contact).toList();
    }

    /** 10 exact, 8 every typed word starts a word of the name, 5 one typo per word, 0 no match. */
    private static int score(String wanted, String name) {
        if (name.equals(wanted)) {
            return 10;
        }
        String[] typed = wanted.split(" ");
        String[] words = name.split(" ");
        boolean allPrefixes = true;
        boolean allClose = true;
        for (String word : typed) {
            boolean prefix = false;
            boolean close = false;
            for (String candidate : words) {
                prefix |= candidate.startsWith(word) && (word.length() >= 2 || candidate.length() == 1);
                close |= Spelling.distance(word, candidate) <= (word.length() <= 4 ? 1 : 2);
            }
            allPrefixes &= prefix;
            allClose &= close || prefix;
        }
        return allPrefixes ? 8 : allClose ? 5 : 0;
    }

    static String normalise(String text) {
        return Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

}
