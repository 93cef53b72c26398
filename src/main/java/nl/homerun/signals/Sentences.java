package nl.homerun.signals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;

import nl.homerun.users.Language;

/**
 * Splits a note into sentences. Notes are typed on a phone: a line break or a bullet ends a sentence as well as
 * a full stop does, and a sentence may start in lower case. Within a line, English uses OpenNLP's sentence model
 * (Universal Dependencies EWT, from Maven Central); Dutch, for which no model is published, is split by rule with
 * a list of Dutch abbreviations. A long sentence typed without punctuation is then split into its clauses by
 * {@link Clauses}.
 */
final class Sentences {

    private static final Pattern LINES = Pattern.compile("\\s*(?:\\R|^\\s*[-•*·]\\s+|\\s[•·]\\s)+\\s*", Pattern.MULTILINE);
    /** A candidate end: . ! ? … (possibly several, possibly a closing quote) followed by space. */
    private static final Pattern END = Pattern.compile("([.!?…]+[\"'”’)]?)\\s+");
    private static final Set<String> DUTCH_ABBREVIATIONS = Set.of("bijv", "bv", "o.a", "m.b.t", "d.w.z", "ca", "evt",
            "enz", "etc", "mr", "mevr", "dhr", "drs", "ir", "ing", "prof", "dr", "nr", "blz", "jl", "a.s", "z.s.m",
            "i.p.v", "t.a.v", "m.u.v", "incl", "excl", "tel", "vs", "i.v.m", "e.d", "n.a.v", "t.z.t", "p.p", "max",
            "min", "mln", "mld", "resp", "vnl", "ong", "st", "bijv.");
    /** "15 jan. 2027", but "gebeld met jan. hij wil een offerte" ends a sentence after a name. */
    private static final Set<String> MONTHS = Set.of("jan", "feb", "mrt", "apr", "jun", "jul", "aug", "sep", "sept", "okt",
            "nov", "dec");

    private final SentenceDetectorME english;
    private final Map<Language, Clauses> clauses;

    Sentences(SentenceModel englishModel, Map<Language, Clauses> clauses) {
        this.english = new SentenceDetectorME(englishModel);
        this.clauses = Map.copyOf(clauses);
    }

    static Sentences fromClasspath() {
        Map<Language, Clauses> clauses = new java.util.EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            clauses.put(language, Clauses.fromClasspath(language));
        }
        return withClauses(clauses);
    }

    static Sentences withClauses(Map<Language, Clauses> clauses) {
        return new Sentences(SignalModels.fromClasspath("/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin", SentenceModel::new),
                clauses);
    }

    Clauses clauses(Language language) {
        return clauses.get(language);
    }

    /**
     * The note's sentences; each split where a comma is followed by a new subject ("koffie met Jan, hij wil een
     * offerte"), and within a long one typed without punctuation, into its clauses.
     */
    List<String> split(String note, Language language) {
        List<String> clauses = new ArrayList<>();
        Clauses model = this.clauses.get(language);
        for (String sentence : sentences(note, language)) {
            for (String part : commaSplices(sentence)) {
                clauses.addAll(model == null || !runsOn(part) ? List.of(part) : model.split(part));
            }
        }
        return clauses;
    }

    /**
     * Whether a sentence may hold several statements typed without punctuation: it does not end as a sentence does,
     * or it is very long.
     */
    private static boolean runsOn(String sentence) {
        char last = sentence.charAt(sentence.length() - 1);
        return ".!?…\"”)".indexOf(last) < 0 || words(sentence) >= 2 * Clauses.MIN_WORDS;
    }

    /** A comma and then a pronoun that starts a new statement, with at least three words on either side. */
    private static final Pattern COMMA_SPLICE = Pattern.compile(
            "(?iu),\\s+(?=(hij|zij|ze|wij|we|ik|jij|jullie|he|she|they|we|i)\\s)");

    static List<String> commaSplices(String sentence) {
        List<String> parts = new ArrayList<>();
        Matcher m = COMMA_SPLICE.matcher(sentence);
        int start = 0;
        while (m.find()) {
            String before = sentence.substring(start, m.start());
            if (words(before) >= 3 && words(sentence.substring(m.end())) >= 3) {
                parts.add(before.strip());
                start = m.end();
            }
        }
        parts.add(sentence.substring(start).strip());
        return parts;
    }

    private static int words(String text) {
        return text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }

    private List<String> sentences(String note, Language language) {
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
            boolean fullStop = m.group(1).startsWith(".") && m.group(1).length() == 1;
            if (fullStop && (isAbbreviation(line, m.start())
                    || Character.isLowerCase(line.charAt(after)) && endsWithNumber(line, m.start()))) {
                continue;
            }
            addIfWords(sentences, line.substring(start, m.end(1)));
            start = after;
        }
        addIfWords(sentences, line.substring(start));
    }

    /** Notes typed on a phone start sentences in lower case too: "te laat. ze was boos" is two. */
    private static boolean startsSentence(char c) {
        return Character.isLetterOrDigit(c) || c == '"' || c == '\'' || c == '“' || c == '‘' || c == '('
                || Character.isSurrogate(c);
    }

    /** "op 3. januari" and "punt 2. de levering": a number before the stop, a lower-case word after it. */
    private static boolean endsWithNumber(String line, int dot) {
        return dot > 0 && Character.isDigit(line.charAt(dot - 1));
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
        String lower = word.toLowerCase(Locale.ROOT);
        if (MONTHS.contains(lower)) {
            return nextIsDigit(line, dot) || begin >= 2 && Character.isDigit(line.charAt(begin - 2));
        }
        return !capitalsOnly && DUTCH_ABBREVIATIONS.contains(lower);
    }

    private static boolean nextIsDigit(String line, int dot) {
        int next = dot + 1;
        while (next < line.length() && line.charAt(next) == ' ') {
            next++;
        }
        return next < line.length() && Character.isDigit(line.charAt(next));
    }

    private static void addIfWords(List<String> sentences, String sentence) {
        String trimmed = sentence.strip();
        if (trimmed.codePoints().anyMatch(Character::isLetterOrDigit)) {
            sentences.add(trimmed);
        }
    }
}
