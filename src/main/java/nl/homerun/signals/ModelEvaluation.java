package nl.homerun.signals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.homerun.signals.TrainingData.LabelledNote;
import nl.homerun.signals.TrainingData.Sample;
import nl.homerun.users.Language;

/**
 * How a categoriser does on data it never saw: the held-out file (written like the training data), the
 * generalisation file (in a voice no training line uses, by a writer who did not see the training data), whole
 * notes, and the probes; next to the keyword baseline. {@code clauseBoundaries}: precision and recall of the
 * clause boundaries found in held-out sentences run together without punctuation.
 */
record ModelEvaluation(Language language, int trainSize, Scores heldOut, Scores generalisation,
        Map<String, Scores> heldOutByVoice, Map<Probe, Double> flipRates, double noteAccuracy, int notes,
        double[] clauseBoundaries, Scores baselineHeldOut, Scores baselineGeneralisation) {

    /** With the clause models of the class path. */
    static ModelEvaluation of(Path data, Language language, Categorizer categorizer, int trainSize) throws IOException {
        return of(data, language, categorizer, Sentences.fromClasspath(), trainSize);
    }

    static ModelEvaluation of(Path data, Language language, Categorizer categorizer, Sentences sentences, int trainSize)
            throws IOException {
        List<Sample> test = TrainingData.read(data, language, TrainingData.TEST);
        List<Sample> generalisation = TrainingData.read(data, language, TrainingData.GENERALISATION);
        Map<String, Scores> byVoice = new TreeMap<>();
        for (Sample sample : test) {
            byVoice.computeIfAbsent(sample.voice(), v -> new Scores())
                    .add(sample.type(), categorizer.categorize(sample.tokens()).type());
        }
        List<LabelledNote> notes = TrainingData.notes(data, language);
        return new ModelEvaluation(language, trainSize, ModelTraining.score(categorizer, test),
                ModelTraining.score(categorizer, generalisation), byVoice,
                flipRates(categorizer, language, concat(test, generalisation)),
                noteAccuracy(categorizer, sentences, language, notes), notes.size(),
                sentences.clauses(language) == null ? new double[2]
                        : sentences.clauses(language).evaluate(test.stream().map(Sample::sentence).toList()),
                baseline(test, language), baseline(generalisation, language));
    }

    /** For each probe, the share of the sentences it applies to whose label it changes. */
    static Map<Probe, Double> flipRates(Categorizer categorizer, Language language, List<Sample> samples) {
        Map<Probe, Double> rates = new EnumMap<>(Probe.class);
        for (Probe probe : Probe.values()) {
            int applied = 0;
            int flipped = 0;
            for (Sample sample : samples) {
                String probed = probe.apply(sample.sentence(), language);
                if (probed != null) {
                    applied++;
                    SignalType before = categorizer.categorize(sample.tokens()).type();
                    flipped += categorizer.categorize(Tokens.of(probed)).type() != before ? 1 : 0;
                }
            }
            rates.put(probe, applied == 0 ? 0 : (double) flipped / applied);
        }
        return rates;
    }

    double meanFlipRate() {
        return flipRates.values().stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    /** The share of whole notes whose label comes out right, through the whole detector (sentences, floor). */
    static double noteAccuracy(Categorizer categorizer, Sentences sentences, Language language, List<LabelledNote> notes) {
        SignalDetector detector = new SignalDetector(null, sentences, Map.of(language, categorizer));
        long right = notes.stream().filter(n -> detector.analyzeAs(n.text(), language).label() == n.label()).count();
        return notes.isEmpty() ? 0 : (double) right / notes.size();
    }

    private static Scores baseline(List<Sample> samples, Language language) {
        return Scores.of(samples.stream().map(Sample::type).toList(),
                samples.stream().map(s -> KeywordBaseline.label(s.sentence(), language)).toList());
    }

    private static List<Sample> concat(List<Sample> a, List<Sample> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
