package nl.homerun.understanding;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a note with where they stand in it: lower case, accents removed, a possessive "s" kept apart
 * ("Jans" is also looked up as "jan"); what the finders compare names, cues and dates on.
 */
final class Words {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’\\-.&]*[\\p{L}\\p{N}]|[\\p{L}\\p{N}]");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Words() {
    }

    /** A word of the note: as typed, folded, and its place. */
    record Word(String typed, String folded, int start, int end) {

        boolean capitalised() {
            return Character.isUpperCase(typed.charAt(0));
        }

        /** Without a possessive ending: "jans", "jan's", "liz's" give "jan", "liz"; null when there is none. */
        String withoutPossessive() {
            if (folded.endsWith("'s") || folded.endsWith("’s")) {
                return folded.substring(0, folded.length() - 2);
            }
            return folded.length() > 3 && folded.endsWith("s") ? folded.substring(0, folded.length() - 1) : null;
        }
    }

    static List<Word> of(String text) {
        List<Word> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String typed = m.group();
            while (typed.endsWith(".") || typed.endsWith("-") || typed.endsWith("'")) {
                typed = typed.substring(0, typed.length() - 1);
            }
            words.add(new Word(typed, fold(typed), m.start(), m.start() + typed.length()));
        }
        return words;
    }

    static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            if (lower.charAt(i) >= 0x80) {
                return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("")
                        .replace('’', '\'').replace("ß", "ss").replace("ø", "o").replace("æ", "ae");
            }
        }
        return lower;
    }

    /** Edit distance with adjacent transpositions (Damerau–Levenshtein, optimal string alignment). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    /** How a name sounds, roughly: "sophie" and "sofie", "chloe" and "kloe", "shaun" and "sean" come out alike. */
    static String sound(String name) {
        return name.replace("ph", "f").replace("ck", "k").replace("ch", "k").replace("c", "k").replace("th", "t")
                .replace("sh", "s").replace("ij", "y").replace("ie", "i").replace("ee", "e").replace("oo", "o")
                .replace("ae", "e").replace("ou", "o").replace("au", "o").replace("h", "").replace("ea", "e");
    }
}
