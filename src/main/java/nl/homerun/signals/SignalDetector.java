package nl.homerun.signals;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import nl.homerun.users.Language;

/**
 * Reads a visit note: decides its language, splits it into sentences, and labels each sentence with the trained
 * model of that language. Thread-safe; load it once.
 */
public final class SignalDetector {

    private final LanguageGuesser languages;
    private final Sentences sentences;
    private final Tokens tokens;
    private final Map<Language, Categorizer> categorizers;

    SignalDetector(LanguageGuesser languages, Sentences sentences, Tokens tokens, Map<Language, Categorizer> categorizers) {
        this.languages = languages;
        this.sentences = sentences;
        this.tokens = tokens;
        this.categorizers = new EnumMap<>(categorizers);
    }

    /** The detector with the models packaged in the application. */
    public static SignalDetector load() {
        Map<Language, Categorizer> categorizers = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            categorizers.put(language, SignalModels.fromClasspath(language));
        }
        return new SignalDetector(LanguageGuesser.fromClasspath(), Sentences.fromClasspath(), Tokens.fromClasspath(),
                categorizers);
    }

    /** Analyses a note in a language found from the note itself, or {@code usersLanguage} when it does not tell. */
    public NoteAnalysis analyze(String note, Language usersLanguage) {
        return analyzeAs(note, languages.guess(note, usersLanguage));
    }

    /** Analyses a note known to be in {@code language}. */
    public NoteAnalysis analyzeAs(String note, Language language) {
        Categorizer categorizer = categorizers.get(language);
        List<Signal> signals = new ArrayList<>();
        for (String sentence : sentences.split(note, language)) {
            Categorizer.Verdict verdict = categorizer.categorize(tokens.of(sentence, language));
            if (verdict.type() != SignalType.NEUTRAL) {
                signals.add(new Signal(verdict.type(), sentence, verdict.confidence()));
            }
        }
        return NoteAnalysis.of(language, signals);
    }

}
