package nl.homerun.signals;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;

import nl.homerun.users.Language;

/**
 * Turns a sentence into the tokens the categoriser sees: English through OpenNLP's tokenizer model (UD EWT, from
 * Maven Central), Dutch by character class; then normalised: lower case, accents removed, numbers as
 * {@code <num>}, and punctuation dropped except what carries tone ({@code ? ! … "}).
 */
final class Tokens {

    private static final Pattern COMBINING = Pattern.compile("\\p{M}+");
    private static final Pattern NUMBER = Pattern.compile("[0-9][0-9.,:/%€$£-]*");

    private final TokenizerME english;

    Tokens(TokenizerModel englishModel) {
        this.english = new TokenizerME(englishModel);
    }

    static Tokens fromClasspath() {
        return new Tokens(SignalModels.fromClasspath("/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin", TokenizerModel::new));
    }

    String[] of(String sentence, Language language) {
        String[] raw;
        if (language == Language.EN) {
            synchronized (english) {
                raw = english.tokenize(sentence);
            }
        } else {
            raw = SimpleTokenizer.INSTANCE.tokenize(sentence);
        }
        return normalise(raw);
    }

    static String[] normalise(String[] raw) {
        List<String> tokens = new ArrayList<>(raw.length);
        for (int i = 0; i < raw.length; i++) {
            String token = raw[i];
            if (token.equals(".") && i + 2 < raw.length && raw[i + 1].equals(".") && raw[i + 2].equals(".")) {
                tokens.add("…");
                i += 2;
                continue;
            }
            String folded = COMBINING.matcher(Normalizer.normalize(token.toLowerCase(Locale.ROOT), Normalizer.Form.NFD))
                    .replaceAll("");
            if (folded.matches("\\.{2,}|…")) {
                tokens.add("…");
            } else if (NUMBER.matcher(folded).matches()) {
                if (tokens.isEmpty() || !tokens.get(tokens.size() - 1).equals("<num>")) {
                    tokens.add("<num>");
                }
            } else if (folded.codePoints().anyMatch(Character::isLetterOrDigit)) {
                tokens.add(folded);
            } else if (folded.equals("?") || folded.equals("!") || folded.equals("\"")
                    || folded.equals("“") || folded.equals("”")) {
                tokens.add(folded.equals("“") || folded.equals("”") ? "\"" : folded);
            }
        }
        return tokens.toArray(String[]::new);
    }
}
