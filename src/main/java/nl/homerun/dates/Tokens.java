package nl.homerun.dates;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Splits a typed date into words: lower case, accents and apostrophes dropped ("één" → "een", "'78" → "78"),
 * punctuation around the text ignored. A numeric date stays one word ("12-3-2027", "12.3."), while dots and dashes
 * in words split them ("mrt." → "mrt", "12-mrt-2027" → "12", "mrt", "2027").
 */
final class Tokens {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern EDGES = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$");
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z},]+");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Pattern WORD_BREAKS = Pattern.compile("[-/.]+");

    private Tokens() {
    }

    static List<String> of(String text) {
        if (text == null) {
            return List.of();
        }
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT)
                .replaceAll("['\u2018\u2019`]", "")
                .replaceAll("[\u2010-\u2015\u2212]", "-");
        plain = EDGES.matcher(plain).replaceAll("");
        List<String> words = new ArrayList<>();
        for (String part : SPACES.split(plain)) {
            if (part.isEmpty()) {
                continue;
            }
            if (LETTER.matcher(part).find()) {
                for (String piece : WORD_BREAKS.split(part)) {
                    if (!piece.isEmpty()) {
                        words.add(piece);
                    }
                }
            } else {
                String number = part.replaceAll("\\.+$", "");
                if (!number.isEmpty()) {
                    words.add(number);
                }
            }
        }
        return words;
    }
}
