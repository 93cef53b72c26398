package nl.homerun.signals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import nl.homerun.users.Language;

/**
 * The labelled data of {@code models/data/<lang>/} (see {@code models/data/GUIDE.md}): in {@code train/},
 * {@code test/}, {@code generalisation/} and {@code feedback/} one file per type, a line per sentence with its
 * voice in front and a tab; in {@code notes.tsv} whole notes with the label of the note in front.
 */
final class TrainingData {

    static final String TRAIN = "train";
    static final String TEST = "test";
    static final String GENERALISATION = "generalisation";
    /** Corrections users made in the bot, folded in by {@code train-models --feedback}; trained on with the rest. */
    static final String FEEDBACK = "feedback";

    private TrainingData() {
    }

    /** A labelled sentence, who wrote it how, and its tokens. */
    record Sample(SignalType type, String voice, String sentence, String[] tokens) {
    }

    /** A whole note with the label the note should get. */
    record LabelledNote(SignalType label, String text) {
    }

    /** The sentences of one part; a part without files is empty. */
    static List<Sample> read(Path data, Language language, String part) throws IOException {
        List<Sample> samples = new ArrayList<>();
        for (SignalType type : SignalType.values()) {
            Path file = data.resolve(language.code()).resolve(part).resolve(type.name() + ".txt");
            if (!Files.exists(file)) {
                continue;
            }
            int number = 0;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                int tab = line.indexOf('\t');
                if (tab <= 0) {
                    throw new IllegalArgumentException(file + ":" + number + ": no voice in front of the sentence");
                }
                String sentence = line.substring(tab + 1).strip();
                samples.add(new Sample(type, line.substring(0, tab), sentence, Tokens.of(sentence)));
            }
        }
        return samples;
    }

    /** What the model learns from: the training file and the users' corrections. */
    static List<Sample> trainingSet(Path data, Language language) throws IOException {
        List<Sample> all = new ArrayList<>(read(data, language, TRAIN));
        all.addAll(read(data, language, FEEDBACK));
        return all;
    }

    static List<LabelledNote> notes(Path data, Language language) throws IOException {
        Path file = data.resolve(language.code()).resolve("notes.tsv");
        List<LabelledNote> notes = new ArrayList<>();
        if (!Files.exists(file)) {
            return notes;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                notes.add(new LabelledNote(SignalType.valueOf(line.substring(0, tab).strip()), line.substring(tab + 1).strip()));
            }
        }
        return notes;
    }

    /** Every sentence of every part of a language, for the language detector. */
    static List<String> sentences(Path data, Language language, String part) throws IOException {
        return read(data, language, part).stream().map(Sample::sentence).toList();
    }
}
