package nl.homerun.signals;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import nl.homerun.users.Language;

/**
 * Reads a visit note: decides its language, splits it into sentences and clauses, and labels each with the
 * trained categoriser of that language, unless the user corrected the same or a nearly identical sentence before.
 * Thread-safe; load it once ({@link #load()} now, or {@link #loadInBackground()} while the application starts).
 */
public final class SignalDetector {

    /** Word overlap (Jaccard) from which a sentence counts as nearly identical to one the user corrected. */
    static final double NEARLY_IDENTICAL = 0.8;
    /** What a person's name is read as: a word the models never saw, so it weighs nothing. */
    static final String NAME = "<name>";

    /** What the detector reads with; loaded once (about a second of work at start), all or nothing. */
    record Models(LanguageGuesser languages, Sentences sentences, Map<Language, Categorizer> categorizers) {
        Models {
            categorizers = new EnumMap<>(categorizers);
        }

        /** The models packaged in the application. */
        static Models fromClasspath() {
            Map<Language, Categorizer> categorizers = new EnumMap<>(Language.class);
            for (Language language : Language.values()) {
                categorizers.put(language, SignalModels.fromClasspath(language));
            }
            return new Models(LanguageGuesser.fromClasspath(), Sentences.fromClasspath(), categorizers);
        }
    }

    /**
     * The models, or their loading under way: every analysis waits for them, so a note that arrives while they are
     * still being loaded is answered as soon as they are there, never without them.
     */
    private final CompletableFuture<Models> models;
    /** What loads the models on a thread of its own when {@link #startLoading()} is first called; null when given. */
    private final java.util.function.Supplier<Models> loader;
    private final java.util.concurrent.atomic.AtomicBoolean loading = new java.util.concurrent.atomic.AtomicBoolean();

    SignalDetector(LanguageGuesser languages, Sentences sentences, Map<Language, Categorizer> categorizers) {
        this(CompletableFuture.completedFuture(new Models(languages, sentences, categorizers)));
    }

    /** A detector whose models come when {@code models} completes (a test holds them back this way). */
    SignalDetector(CompletableFuture<Models> models) {
        this.models = models;
        this.loader = null;
    }

    private SignalDetector(java.util.function.Supplier<Models> loader) {
        this.models = new CompletableFuture<>();
        this.loader = loader;
    }

    /** The detector with the models packaged in the application, loaded now. */
    public static SignalDetector load() {
        return new SignalDetector(CompletableFuture.completedFuture(Models.fromClasspath()));
    }

    /**
     * The detector with the models packaged in the application, loaded on a background thread of its own once
     * {@link #startLoading()} is called (or the delay of {@link #startLoadingAfter} is over), or the first note is
     * analysed, whichever comes first: so that a start, a command or a button never waits for them. An analysis asked for before they are there waits for them; if loading
     * fails, every analysis fails with its cause.
     */
    public static SignalDetector loadInBackground() {
        return new SignalDetector(Models::fromClasspath);
    }

    /** Starts loading the models in the background, if they are not loaded or loading yet. Returns at once. */
    public void startLoading() {
        if (loader != null && loading.compareAndSet(false, true)) {
            thread("signal-models", this::loadNow).start();
        }
    }

    /**
     * Starts loading the models after {@code delay}, unless a note asked for them sooner (then they are loading
     * already). Returns at once. So that the first replies after a start, which need no model, do not share the
     * processor with them.
     */
    public void startLoadingAfter(java.time.Duration delay) {
        if (loader == null || loading.get()) {
            return;
        }
        thread("signal-models-later", () -> {
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (loading.compareAndSet(false, true)) {
                loadNow();
            }
        }).start();
    }

    private void loadNow() {
        long start = System.nanoTime();
        try {
            models.complete(loader.get());
            org.slf4j.LoggerFactory.getLogger(SignalDetector.class).info("Signal models loaded in {} ms",
                    (System.nanoTime() - start) / 1_000_000);
        } catch (Throwable e) {
            org.slf4j.LoggerFactory.getLogger(SignalDetector.class).error("The signal models could not be loaded", e);
            models.completeExceptionally(e);
        }
    }

    private static Thread thread(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }

    /** Whether the models are loaded (for a health check or a log line; analyses never need to ask). */
    public boolean isLoaded() {
        return models.isDone() && !models.isCompletedExceptionally();
    }

    /** The models, waiting for them while they are loaded. */
    private Models models() {
        startLoading();
        try {
            return models.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw new IllegalStateException("The signal models could not be loaded", e.getCause());
        }
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
        LanguageGuesser.Guess guess = models().languages().guess(note, usersLanguage);
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
        Models models = models();
        Categorizer categorizer = models.categorizers().get(language);
        List<Signal> signals = new ArrayList<>();
        boolean satisfied = false;
        boolean unhappy = false;
        boolean aboutPrice = false;
        for (String sentence : models.sentences().split(note, language)) {
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
