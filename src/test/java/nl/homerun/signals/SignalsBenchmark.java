package nl.homerun.signals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import nl.homerun.users.Language;

/**
 * How fast the signal detector reads, single-threaded (so every figure is per core), on the held-out sentences of
 * {@code models/data/<lang>/test/*.txt}:
 * <ul>
 * <li>{@link #categorizeSentence}: the trained categoriser alone on one pre-tokenised sentence (sentences/s), and
 * beside it {@link #firstDetectorSentence}, the first detector's categoriser on the same sentences;</li>
 * <li>{@link #pipelineNote} and {@link #pipelineNoteTime}: {@link SignalDetector#analyze} on one note of 2–4
 * sentences (notes/s and µs per note);</li>
 * <li>baselines for the same notes and sentences, to show the categoriser's share: {@link #splitAndTokeniseNoteTime}
 * (sentence splitting and tokenising alone), {@link #guessLanguageNoteTime} (the language guess alone) and
 * {@link #keywordBaselineSentence} ({@link KeywordBaseline#label} on one raw sentence).</li>
 * </ul>
 * Run with {@code mvn -B -Pjmh test-compile} (results in {@code target/jmh.json}); {@code -Djmh.args=...} passes
 * other JMH options, e.g. {@code -Djmh.args="SignalsBenchmark.categorizeSentence -prof stack"}. Not a test: the
 * normal build only compiles it. The held-out data is read from the working directory ({@code models/data}, or the
 * system property {@code signals.data}).
 */
@State(Scope.Thread)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 3, time = 2, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 2, timeUnit = TimeUnit.SECONDS)
public class SignalsBenchmark {

    /** Notes per language, built from the held-out sentences. */
    private static final int NOTES = 60;

    @Param({"nl", "en"})
    public String language;

    private Language lang;
    private SignalDetector detector;
    private Categorizer categorizer;
    private Sentences sentences;
    private LanguageGuesser guesser;
    private opennlp.tools.doccat.DocumentCategorizerME firstDetector;

    /** The held-out sentences in a fixed shuffled order, raw and tokenised as the pipeline would. */
    private String[] heldOut;
    private String[][] tokenised;
    private String[] notes;
    private int nextSentence;
    private int nextNote;

    @Setup(Level.Trial)
    public void load() throws IOException {
        lang = Language.valueOf(language.toUpperCase(Locale.ROOT));
        detector = SignalDetector.load();
        categorizer = SignalModels.fromClasspath(lang);
        sentences = Sentences.fromClasspath();
        guesser = LanguageGuesser.fromClasspath();
        firstDetector = new opennlp.tools.doccat.DocumentCategorizerME(SignalModels.fromClasspath(
                "/first-detector/signals-" + lang.code() + ".bin", opennlp.tools.doccat.DoccatModel::new));

        List<String> all = heldOutSentences(lang);
        Collections.shuffle(all, new Random(17));
        heldOut = all.toArray(String[]::new);
        tokenised = new String[heldOut.length][];
        for (int i = 0; i < heldOut.length; i++) {
            tokenised[i] = Tokens.of(heldOut[i]);
        }
        notes = notes(all, new Random(42));
    }

    static List<String> heldOutSentences(Language language) throws IOException {
        Path data = Path.of(System.getProperty("signals.data", "models/data"));
        if (!Files.isDirectory(data.resolve(language.code()).resolve(TrainingData.TEST))) {
            throw new IllegalStateException("No held-out sentences in " + data.toAbsolutePath()
                    + ": run from the project directory, or set -Dsignals.data=<dir with nl/ and en/>");
        }
        return new ArrayList<>(TrainingData.sentences(data, language, TrainingData.TEST));
    }

    /**
     * Notes as a user types them: 2–4 held-out sentences, each on its own line or run on after the previous one
     * (with ". " when that one has no closing punctuation of its own).
     */
    static String[] notes(List<String> sentences, Random random) {
        String[] notes = new String[NOTES];
        for (int n = 0; n < NOTES; n++) {
            int count = 2 + random.nextInt(3);
            StringBuilder note = new StringBuilder();
            for (int s = 0; s < count; s++) {
                String sentence = sentences.get(random.nextInt(sentences.size()));
                if (s > 0) {
                    if (random.nextBoolean()) {
                        note.append('\n');
                    } else {
                        char last = note.charAt(note.length() - 1);
                        note.append(".!?…\"”)".indexOf(last) >= 0 ? " " : ". ");
                    }
                }
                note.append(sentence);
            }
            notes[n] = note.toString();
        }
        return notes;
    }

    private int sentence() {
        int i = nextSentence;
        nextSentence = i + 1 == heldOut.length ? 0 : i + 1;
        return i;
    }

    private String note() {
        int i = nextNote;
        nextNote = i + 1 == notes.length ? 0 : i + 1;
        return notes[i];
    }

    // ---- per sentence, sentences/s ----

    /** The trained categoriser alone on one pre-tokenised sentence (with its threshold, as the pipeline calls it). */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public Categorizer.Verdict categorizeSentence() {
        return categorizer.categorize(tokenised[sentence()]);
    }

    /**
     * The first detector's categoriser (one maximum entropy model on words and word pairs, read by OpenNLP's own
     * categoriser) on the same sentences: the baseline the categoriser is measured against, side by side.
     */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public double[] firstDetectorSentence() {
        return firstDetector.categorize(tokenised[sentence()]);
    }

    /** The keyword baseline on one raw sentence. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public SignalType keywordBaselineSentence() {
        return KeywordBaseline.label(heldOut[sentence()], lang);
    }

    // ---- per note ----

    /** The whole pipeline on one note: language guess, sentences, tokens, categoriser (notes/s). */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public NoteAnalysis pipelineNote() {
        return detector.analyze(note(), lang);
    }

    /** The same as {@link #pipelineNote}, as time per note. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public NoteAnalysis pipelineNoteTime() {
        return detector.analyze(note(), lang);
    }

    /** The pipeline without the language guess and the categoriser: sentence splitting and tokenising only. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public void splitAndTokeniseNoteTime(Blackhole blackhole) {
        for (String sentence : sentences.split(note(), lang)) {
            blackhole.consume(Tokens.of(sentence));
        }
    }

    /** The language guess alone, the first step of {@link SignalDetector#analyze}. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Language guessLanguageNoteTime() {
        return guesser.guess(note(), lang).language();
    }
}
