package nl.homerun.signals;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;

/**
 * Splits a statement typed on a phone without punctuation ("koffie met petra ze wil ook venlo doen levering was
 * weer te laat") where a new one starts. No rule sees that, and no published model does it for Dutch, so we train
 * one per language: OpenNLP maximum entropy on the gaps between words, with the neighbouring words as context,
 * learned from the training sentences run together the way a phone note runs them together. Only statements of
 * {@value #MIN_WORDS} words or more are looked at; each part keeps at least {@value #MIN_PART} words.
 */
final class Clauses {

    static final int MIN_WORDS = 9;
    static final int MIN_PART = 3;
    /** How sure the model must be that a new clause starts (0.35 and 0.25 found more, but labelled notes worse). */
    private static final double SPLIT_ABOVE = 0.5;
    /** How often the training sentences are run together, each time in another order. */
    private static final int PASSES = 3;
    private static final String SPLIT = "split";
    private static final String GO_ON = "on";
    private static final Pattern WORD = Pattern.compile("\\S+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final LinearScores scores;
    private final int split;

    Clauses(MaxentModel model) {
        this.scores = LinearScores.of((AbstractModel) model);
        this.split = model.getIndex(SPLIT);
    }

    static Clauses fromClasspath(nl.homerun.users.Language language) {
        String resource = "/models/" + fileName(language);
        try (InputStream in = Clauses.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No clause model " + resource + " on the class path; run train-models");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Clauses read(InputStream in) throws IOException {
        return new Clauses(new GenericModelReader(new BinaryFileDataReader(in)).getModel());
    }

    static String fileName(nl.homerun.users.Language language) {
        return "clauses-" + language.code() + ".bin";
    }

    /** The statement in its clauses, each a piece of the original text. */
    List<String> split(String statement) {
        List<int[]> spans = new ArrayList<>();
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(statement);
        while (m.find()) {
            String word = normalise(m.group());
            if (!word.isEmpty()) {
                words.add(word);
                spans.add(new int[] {m.start(), m.end()});
            }
        }
        List<Integer> starts = boundaries(words.toArray(String[]::new));
        if (starts.isEmpty()) {
            return List.of(statement);
        }
        List<String> clauses = new ArrayList<>();
        int start = 0;
        for (int next : starts) {
            clauses.add(statement.substring(spans.get(start)[0], spans.get(next - 1)[1]).strip());
            start = next;
        }
        clauses.add(statement.substring(spans.get(start)[0]).strip());
        return clauses;
    }

    /** The positions of the words that start a new clause (never the first). */
    List<Integer> boundaries(String[] w) {
        List<Integer> starts = new ArrayList<>();
        if (w.length < MIN_WORDS) {
            return starts;
        }
        int start = 0;
        for (int gap = MIN_PART; gap <= w.length - MIN_PART; gap++) {
            if (gap - start >= MIN_PART && scores.average(context(w, gap, gap - start))[split] > SPLIT_ABOVE) {
                starts.add(gap);
                start = gap;
            }
        }
        return starts;
    }

    /** Precision and recall of the boundaries found in sentences run together as in {@link #train}. */
    double[] evaluate(List<String> sentences) {
        int found = 0;
        int right = 0;
        int gold = 0;
        for (Run run : runs(sentences, new Random(21))) {
            List<Integer> predicted = boundaries(run.words());
            found += predicted.size();
            gold += run.boundaries().size();
            right += (int) predicted.stream().filter(run.boundaries()::contains).count();
        }
        return new double[] {found == 0 ? 0 : (double) right / found, gold == 0 ? 0 : (double) right / gold};
    }

    /** Sentences run together, with the positions where each but the first starts. */
    private record Run(String[] words, List<Integer> boundaries) {
    }

    private static List<Run> runs(List<String> sentences, Random random) {
        List<String[]> shuffled = new ArrayList<>();
        for (String sentence : sentences) {
            String[] words = WORD.matcher(sentence).results().map(r -> normalise(r.group())).filter(s -> !s.isEmpty())
                    .toArray(String[]::new);
            if (words.length > 0) {
                shuffled.add(words);
            }
        }
        Collections.shuffle(shuffled, random);
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < shuffled.size(); ) {
            int count = 1 + random.nextInt(4);
            List<String> words = new ArrayList<>();
            List<Integer> boundaries = new ArrayList<>();
            for (int s = i; s < Math.min(shuffled.size(), i + count); s++) {
                if (!words.isEmpty()) {
                    boundaries.add(words.size());
                }
                Collections.addAll(words, shuffled.get(s));
            }
            i += count;
            runs.add(new Run(words.toArray(String[]::new), boundaries));
        }
        return runs;
    }

    static String normalise(String word) {
        return NOT_WORD.matcher(word.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    /** What the model sees of the gap before word {@code gap}: the words around it and how long the clause is so far. */
    static String[] context(String[] w, int gap, int sinceStart) {
        String before = w[gap - 1];
        String after = w[gap];
        String before2 = gap >= 2 ? w[gap - 2] : "<s>";
        String before3 = gap >= 3 ? w[gap - 3] : "<s>";
        String after2 = gap + 1 < w.length ? w[gap + 1] : "</s>";
        String after3 = gap + 2 < w.length ? w[gap + 2] : "</s>";
        return new String[] {"b=" + before, "a=" + after, "bb=" + before2, "aa=" + after2, "b3=" + before3, "a3=" + after3,
            "ba=" + before + "_" + after, "aaa=" + after + "_" + after2, "bbb=" + before2 + "_" + before,
            "a3a=" + after + "_" + after2 + "_" + after3, "len=" + Math.min(sinceStart, 12) / 3,
            "rest=" + Math.min(w.length - gap, 9) / 3};
    }

    /**
     * Trains on the sentences run together: shuffled (fixed seed), in groups of one to four, lower case without
     * punctuation; every gap between two sentences is a split, every other gap is not.
     */
    static MaxentModel train(List<String> sentences) throws IOException {
        List<Event> events = new ArrayList<>();
        List<Run> runs = new ArrayList<>();
        for (int pass = 0; pass < PASSES; pass++) {
            runs.addAll(runs(sentences, new Random(5 + pass)));
        }
        for (Run run : runs) {
            int start = 0;
            for (int gap = 1; gap < run.words().length; gap++) {
                boolean split = run.boundaries().contains(gap);
                events.add(new Event(split ? SPLIT : GO_ON, context(run.words(), gap, gap - start)));
                start = split ? gap : start;
            }
        }
        TrainingParameters parameters = new TrainingParameters();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        parameters.put(TrainingParameters.ITERATIONS_PARAM, 100);
        parameters.put(TrainingParameters.CUTOFF_PARAM, 2);
        parameters.put("PrintMessages", false);
        EventTrainer trainer = TrainerFactory.getEventTrainer(parameters, null);
        return trainer.train(new CollectionObjectStream<>(events));
    }

    static byte[] bytes(MaxentModel model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DataOutputStream data = new DataOutputStream(out)) {
            new GenericModelWriter((AbstractModel) model, data).persist();
        }
        return out.toByteArray();
    }
}
