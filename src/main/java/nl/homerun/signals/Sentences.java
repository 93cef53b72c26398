package nl.homerun.signals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;

import nl.homerun.users.Language;

/**
 * Splits a note into sentences. Notes are typed on a phone: a line break or a bullet ends a sentence as well as
 * a full stop does. Within a line, English uses OpenNLP's sentence model (Universal Dependencies EWT, from Maven
 * Central); Dutch, for which no model is published, is split by rule with a list of Dutch abbreviations.
 */
final class Sentences {

    private static final Pattern LINES = Pattern.compile("\\s*(?:\\R|^\\s*[-•*·]\\s+|\\s[•·]\\s)+\\s*", Pattern.MULTILINE);
    /** A candidate end: . ! ? … (possibly several, possibly a closing quote) followed by space. */
    private static final Pattern END = Pattern.compile("([.!?…]+[\"'”’)]?)\\s+");
    private static final Set<String> DUTCH_ABBREVIATIONS = Set.of("bijv", "bv", "o.a", "m.b.t", "d.w.z", "ca", "evt",
            "enz", "etc", "mr", "mevr", "dhr", "drs", "ir", "ing", "prof", "dr", "nr", "blz", "jl", "a.s", "z.s.m",
            "i.p.v", "t.a.v", "m.u.v", "incl", "excl", "tel", "vs", "i.v.m", "e.d", "n.a.v", "t.z.t", "p.p", "max",
            "min", "mln", "mld", "resp", "vnl", "ong", "jan", "feb", "aug", "sept", "okt", "nov", "dec", "st", "bijv.");

    private final SentenceDetectorME english;

    Sentences(SentenceModel englishModel) {
        this.english = new SentenceDetectorME(englishModel);
    }

    static Sentences fromClasspath() {
        return new Sentences(SignalModels.fromClasspath("/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin", SentenceModel::new));
    }

    List<String> split(String note, Language language) {
        List<String> sentences = new ArrayList<>();
        for (String line : LINES.split(note)) {
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (language == Language.EN) {
                synchronized (english) {
                    for (String sentence : english.sentDetect(trimmed)) {
                        addIfWords(sentences, sentence);
                    }
                }
            } else {
                splitDutch(trimmed, sentences);
            }
        }
        return sentences;
    }

    private static void splitDutch(String line, List<String> sentences) {
        Matcher m = END.matcher(line);
        int start = 0;
        while (m.find()) {
            int after = m.end();
            if (after >= line.length() || !startsSentence(line.charAt(after))) {
                continue;
            }
            if (m.group(1).startsWith(".") && m.group(1).length() == 1 && isAbbreviation(line, m.start())) {
                continue;
            }
            addIfWords(sentences, line.substring(start, m.end(1)));
            start = after;
        }
        addIfWords(sentences, line.substring(start));
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '\'' || c == '“' || c == '‘' || c == '(';
    }

    /** True when the word before the full stop at {@code dot} is an abbreviation or an initial ("J. de Vries"). */
    private static boolean isAbbreviation(String line, int dot) {
        int begin = dot;
        while (begin > 0 && !Character.isWhitespace(line.charAt(begin - 1)) && line.charAt(begin - 1) != '(') {
            begin--;
        }
        String word = line.substring(begin, dot);
        if (word.length() == 1 && Character.isLetter(word.charAt(0))) {
            return true;
        }
        // "bv." and "Bijv." are abbreviations, but "Jansen BV." ends a sentence with a company form
        boolean capitalsOnly = word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT));
        return !capitalsOnly && DUTCH_ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static void addIfWords(List<String> sentences, String sentence) {
        String trimmed = sentence.strip();
        if (trimmed.codePoints().anyMatch(Character::isLetterOrDigit)) {
            sentences.add(trimmed);
        }
    }
}
