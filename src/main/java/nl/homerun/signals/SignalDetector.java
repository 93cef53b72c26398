package nl.homerun.signals;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.homerun.users.Language;

/**
 * Reads a visit note: decides its language, splits it into sentences and clauses, and labels each with the
 * trained categoriser of that language, unless the user corrected the same or a nearly identical sentence before.
 * Thread-safe; load it once.
 */
public final class SignalDetector {

    /** Word overlap (Jaccard) from which a sentence counts as nearly identical to one the user corrected. */
    static final double NEARLY_IDENTICAL = 0.8;
    /** What a person's name is read as: a word the models never saw, so it weighs nothing. */
    static final String NAME = "<name>";

    private final LanguageGuesser languages;
    private final Sentences sentences;
    private final Map<Language, Categorizer> categorizers;

    SignalDetector(LanguageGuesser languages, Sentences sentences, Map<Language, Categorizer> categorizers) {
        this.languages = languages;
        this.sentences = sentences;
        this.categorizers = new EnumMap<>(categorizers);
    }

    /** The detector with the models packaged in the application. */
    public static SignalDetector load() {
        Map<Language, Categorizer> categorizers = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            categorizers.put(language, SignalModels.fromClasspath(language));
        }
        return new SignalDetector(LanguageGuesser.fromClasspath(), Sentences.fromClasspath(), categorizers);
    }

    /** Analyses a note in a language found from the note itself, or {@code usersLanguage} when it does not tell. */
    public NoteAnalysis analyze(String note, Language usersLanguage) {
        return analyze(note, usersLanguage, List.of());
    }

    /**
     * As {@link #analyze(String, Language)}, with the user's corrections of earlier detections. A note in a
     * language Homerun does not read (German, French…) is not analysed.
     */
    public NoteAnalysis analyze(String note, Language usersLanguage, List<Correction> corrections) {
        return analyze(note, usersLanguage, corrections, Set.of());
    }

    /**
     * As {@link #analyze(String, Language, List)}, reading the words in {@code names} (lower case: the people the note
     * names) as a name and nothing else: "rob rang, wants a quote" is no complaint about robbing, "Will" no promise.
     */
    public NoteAnalysis analyze(String note, Language usersLanguage, List<Correction> corrections, Set<String> names) {
        LanguageGuesser.Guess guess = languages.guess(note, usersLanguage);
        return guess.foreign() != null ? NoteAnalysis.foreign(guess.language(), guess.foreign())
                : analyzeAs(note, guess.language(), corrections, names);
    }

    /** Analyses a note known to be in {@code language}. */
    public NoteAnalysis analyzeAs(String note, Language language) {
        return analyzeAs(note, language, List.of());
    }

    NoteAnalysis analyzeAs(String note, Language language, List<Correction> corrections) {
        return analyzeAs(note, language, corrections, Set.of());
    }

    private NoteAnalysis analyzeAs(String note, Language language, List<Correction> corrections, Set<String> names) {
        Categorizer categorizer = categorizers.get(language);
        List<Signal> signals = new ArrayList<>();
        boolean satisfied = false;
        boolean unhappy = false;
        boolean aboutPrice = false;
        for (String sentence : sentences.split(note, language)) {
            String[] tokens = Tokens.of(sentence);
            SignalType corrected = correction(tokens, corrections);
            Categorizer.Verdict verdict = corrected != null ? new Categorizer.Verdict(corrected, 1.0)
                    : categorizer.categorize(withoutNames(tokens, names));
            boolean price = Cues.aboutPrice(sentence, language);
            aboutPrice |= price;
            if (verdict.type() != SignalType.NEUTRAL) {
                signals.add(new Signal(verdict.type(), sentence, verdict.confidence(), price));
            }
            unhappy |= verdict.type() == SignalType.COMPLAINT || verdict.type() == SignalType.SILENT_COMPLAINT;
            satisfied |= Cues.satisfied(sentence, tokens, language);
        }
        return new NoteAnalysis(language, null, NoteAnalysis.label(signals, categorizer.noteFloor()), signals,
                satisfied && !unhappy, aboutPrice);
    }

    /** The tokens with each name (or its possessive, "rob's") read as the one word {@code <name>}. */
    static String[] withoutNames(String[] tokens, Set<String> names) {
        if (names.isEmpty()) {
            return tokens;
        }
        String[] read = tokens.clone();
        for (int i = 0; i < read.length; i++) {
            String bare = read[i].endsWith("'s") ? read[i].substring(0, read[i].length() - 2) : read[i];
            if (names.contains(bare)) {
                read[i] = NAME;
            }
        }
        return read;
    }

    /** The type the user gave the same or a nearly identical sentence, or null. */
    static SignalType correction(String[] tokens, List<Correction> corrections) {
        if (corrections.isEmpty()) {
            return null;
        }
        Set<String> words = words(tokens);
        SignalType best = null;
        double bestOverlap = NEARLY_IDENTICAL;
        for (Correction correction : corrections) {
            Set<String> theirs = words(Tokens.of(correction.sentence()));
            Set<String> union = new HashSet<>(words);
            union.addAll(theirs);
            Set<String> both = new HashSet<>(words);
            both.retainAll(theirs);
            double overlap = union.isEmpty() ? 0 : (double) both.size() / union.size();
            if (overlap >= bestOverlap) {
                bestOverlap = overlap;
                best = correction.type();
            }
        }
        return best;
    }

    private static Set<String> words(String[] tokens) {
        Set<String> words = new HashSet<>();
        for (String token : tokens) {
            if (Character.isLetterOrDigit(token.codePointAt(0)) || token.equals("<num>")) {
                words.add(token);
            }
        }
        return words;
    }
}
