package nl.homerun.signals;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns a sentence into the tokens the categoriser sees, the same way for both languages: words lower-cased
 * without accents, a letter typed three times or more squeezed to two ("heeeel" → "heel"), numbers as
 * {@code <num>}; kept because they carry tone: emoji (one token each, without skin tone), {@code ?}, {@code !},
 * {@code !!}, {@code ??}, {@code ?!}, {@code …}, quotes and the simple emoticons; all other punctuation is dropped.
 *
 * <p>A bag of words needs no trained tokenizer: this one is a few microseconds a sentence, where OpenNLP's English
 * tokenizer model took about a hundred, and it keeps the emoji that tokenizer model would have split in halves.
 */
final class Tokens {

    private static final Pattern COMBINING = Pattern.compile("\\p{M}+");
    private static final Pattern REPEATED_LETTER = Pattern.compile("(\\p{L})\\1{2,}");
    private static final List<String> EMOTICONS = List.of(":-)", ":)", ":-(", ":(", ";-)", ";)", ":-/", ":/", ":D", ":p", ":P");

    private Tokens() {
    }

    static String[] of(String sentence) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        int n = sentence.length();
        while (i < n) {
            int cp = sentence.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                int end = wordEnd(sentence, i);
                addWord(tokens, sentence.substring(i, end));
                i = end;
            } else if (cp == '?' || cp == '!') {
                int end = i;
                while (end < n && (sentence.charAt(end) == '?' || sentence.charAt(end) == '!')) {
                    end++;
                }
                tokens.add(punctuation(sentence.substring(i, end)));
                i = end;
            } else if (cp == '…' || sentence.startsWith("..", i)) {
                while (i < n && (sentence.charAt(i) == '.' || sentence.charAt(i) == '…')) {
                    i++;
                }
                tokens.add("…");
            } else if (cp == '"' || cp == '“' || cp == '”' || cp == '„') {
                tokens.add("\"");
                i++;
            } else if (isEmoji(cp)) {
                tokens.add(new String(Character.toChars(cp)));
                i = afterEmoji(sentence, i + Character.charCount(cp));
            } else {
                String emoticon = emoticonAt(sentence, i);
                if (emoticon != null) {
                    tokens.add(emoticon.contains("(") || emoticon.contains("/") ? ":(" : ":)");
                    i += emoticon.length();
                } else {
                    i += Character.charCount(cp);
                }
            }
        }
        return tokens.toArray(String[]::new);
    }

    /** A word runs on over letters and digits, and over ' - . , : / between them ("o.a.", "e-mail", "1.500,-", "24/7"). */
    private static int wordEnd(String s, int start) {
        int i = start;
        int n = s.length();
        while (i < n) {
            int cp = s.codePointAt(i);
            if (Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK) {
                i += Character.charCount(cp);
            } else if ("'’-.,:/".indexOf(cp) >= 0 && i + 1 < n && Character.isLetterOrDigit(s.codePointAt(i + 1))
                    && (cp != ',' && cp != ':' || Character.isDigit(s.charAt(i - 1)))) {
                i++;
            } else if (cp == '.' && s.substring(start, i).indexOf('.') > 0) {
                return i + 1; // the last full stop of "o.a." or "i.v.m."
            } else {
                return i;
            }
        }
        return i;
    }

    private static void addWord(List<String> tokens, String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        String folded = isPlain(lower) ? lower
                : COMBINING.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("").replace('’', '\'');
        if (Character.isDigit(folded.charAt(0)) && folded.chars().filter(Character::isLetter).count() <= 2) {
            if (tokens.isEmpty() || !tokens.get(tokens.size() - 1).equals("<num>")) {
                tokens.add("<num>");
            }
            return;
        }
        tokens.add(hasLetterThreeTimes(folded) ? REPEATED_LETTER.matcher(folded).replaceAll("$1$1") : folded);
    }

    /** Plain ASCII: nothing to fold (the common case, checked without regular expressions). */
    private static boolean isPlain(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasLetterThreeTimes(String word) {
        for (int i = 2; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == word.charAt(i - 1) && c == word.charAt(i - 2) && Character.isLetter(c)) {
                return true;
            }
        }
        return false;
    }

    private static String punctuation(String run) {
        if (run.length() == 1) {
            return run;
        }
        boolean question = run.indexOf('?') >= 0;
        boolean exclamation = run.indexOf('!') >= 0;
        return question && exclamation ? "?!" : question ? "??" : "!!";
    }

    /** Emoji and other pictographs; skin tones, variation selectors and joined parts are not tokens of their own. */
    static boolean isEmoji(int cp) {
        return Character.getType(cp) == Character.OTHER_SYMBOL && cp >= 0x2190;
    }

    private static int afterEmoji(String s, int i) {
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            if (cp == 0x200D && i + 1 < s.length()) {
                i += 1 + Character.charCount(s.codePointAt(i + 1)); // a joined emoji belongs to the first
            } else if (cp == 0xFE0F || cp == 0x20E3 || (cp >= 0x1F3FB && cp <= 0x1F3FF)) {
                i += Character.charCount(cp);
            } else {
                return i;
            }
        }
        return i;
    }

    private static String emoticonAt(String s, int i) {
        for (String emoticon : EMOTICONS) {
            if (s.startsWith(emoticon, i) && (i + emoticon.length() == s.length()
                    || !Character.isLetterOrDigit(s.charAt(i + emoticon.length())))) {
                return emoticon;
            }
        }
        return null;
    }
}
