package nl.homerun.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.homerun.users.Language;

/**
 * {@code train-models --feedback}: the users' verdicts from an {@code /export} file are folded into the training
 * data (the latest verdict on a sentence wins), trained on, and the command says how the figures moved. Run on a
 * small copy of the data, so that it is quick.
 */
class FeedbackTrainingTest {

    private static final String EXPORT = """
            {"exportedAt": "2026-12-01T10:00:00Z", "user": 7, "collections": {"signal_feedback": [
              {"_id": "a:0", "owner": 7, "language": "nl", "sentence": "Ze willen de levering voortaan op dinsdag.",
               "detected": "SILENT_COMPLAINT", "correct": false, "correctedTo": "NEUTRAL", "at": {"$date": "2026-11-01T10:00:00Z"}},
              {"_id": "b:0", "owner": 7, "language": "en", "sentence": "They asked for a brochure on the new line.",
               "detected": "BUYING_SIGNAL", "correct": true, "at": {"$date": "2026-11-02T10:00:00Z"}},
              {"_id": "c:0", "owner": 7, "language": "en", "sentence": "Left two voicemails.",
               "detected": "COMPLAINT", "correct": false, "at": {"$date": "2026-11-03T10:00:00Z"}}
            ]}}""";

    @Test
    void verdictsFromAnExportAreTrainedOnAndTheMovedFiguresReported(@TempDir Path work) throws IOException {
        Path data = smallCopyOfTheData(work.resolve("data"));
        Path models = work.resolve("models");
        copyShippedModels(models);
        Path export = Files.writeString(work.resolve("export.json"), EXPORT);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = SignalsCommandLine.run(new String[] {"train-models", data.toString(), models.toString(), "--feedback",
            export.toString()}, InputStream.nullInputStream(), new PrintStream(out, true, StandardCharsets.UTF_8), System.err);

        assertThat(exit).isZero();
        assertThat(Files.readAllLines(data.resolve("nl/feedback/NEUTRAL.txt")))
                .containsExactly("feedback\tZe willen de levering voortaan op dinsdag.");
        assertThat(Files.readAllLines(data.resolve("en/feedback/BUYING_SIGNAL.txt")))
                .containsExactly("feedback\tThey asked for a brochure on the new line.");
        assertThat(TrainingData.read(data, Language.EN, TrainingData.FEEDBACK)).as("a 👎 without a type says too little")
                .extracting(TrainingData.Sample::sentence).doesNotContain("Left two voicemails.");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Folded 2 verdicts")
                .containsPattern("\\| nl \\| 0\\.\\d{3} → 0\\.\\d{3} \\|");
        assertThat(models.resolve(SignalModels.modelFileName(Language.NL, Recipe.CHOSEN.learners().get(0)))).exists();
        assertThat(SignalModels.fromDirectory(models, Language.NL).models()).hasSize(Recipe.CHOSEN.learners().size());
    }

    @Test
    void aLaterVerdictOnTheSameSentenceWins(@TempDir Path data) throws IOException {
        FeedbackImport.merge(data, List.of(new FeedbackImport.Verdict(Language.NL, "Geen gehoor.", SignalType.COMPLAINT)));
        FeedbackImport.merge(data, List.of(new FeedbackImport.Verdict(Language.NL, "Geen gehoor.", SignalType.NEUTRAL)));

        assertThat(TrainingData.read(data, Language.NL, TrainingData.FEEDBACK)).singleElement()
                .satisfies(s -> assertThat(s.type()).isEqualTo(SignalType.NEUTRAL));
    }

    @Test
    void verdictsAreReadFromTheSignalFeedbackCollectionOfAMongoDb() throws IOException {
        de.bwaldvogel.mongo.MongoServer server = new de.bwaldvogel.mongo.MongoServer(
                new de.bwaldvogel.mongo.backend.memory.MemoryBackend());
        java.net.InetSocketAddress address = server.bind();
        try (var client = com.mongodb.client.MongoClients.create("mongodb://localhost:" + address.getPort())) {
            var feedback = client.getDatabase("homerun").getCollection("signal_feedback");
            for (org.bson.Document verdict : org.bson.Document.parse(EXPORT).get("collections", org.bson.Document.class)
                    .getList("signal_feedback", org.bson.Document.class)) {
                feedback.insertOne(verdict);
            }
            List<FeedbackImport.Verdict> verdicts = FeedbackImport.read("mongodb://localhost:" + address.getPort() + "/homerun");

            assertThat(verdicts).containsExactly(
                    new FeedbackImport.Verdict(Language.NL, "Ze willen de levering voortaan op dinsdag.", SignalType.NEUTRAL),
                    new FeedbackImport.Verdict(Language.EN, "They asked for a brochure on the new line.", SignalType.BUYING_SIGNAL));
        } finally {
            server.shutdownNow();
        }
    }

    /** Every twentieth line of each file of the real data: all types, every part, quick to train on. */
    private static Path smallCopyOfTheData(Path into) throws IOException {
        Path real = Path.of("models/data");
        for (Language language : Language.values()) {
            for (String part : List.of(TrainingData.TRAIN, TrainingData.TEST, TrainingData.GENERALISATION)) {
                for (SignalType type : SignalType.values()) {
                    Path file = real.resolve(language.code()).resolve(part).resolve(type.name() + ".txt");
                    List<String> lines = Files.readAllLines(file);
                    List<String> some = new ArrayList<>();
                    for (int i = 0; i < lines.size(); i += 20) {
                        some.add(lines.get(i));
                    }
                    Path copy = into.resolve(language.code()).resolve(part).resolve(type.name() + ".txt");
                    Files.createDirectories(copy.getParent());
                    Files.write(copy, some);
                }
            }
            Files.write(into.resolve(language.code()).resolve("notes.tsv"),
                    Files.readAllLines(real.resolve(language.code()).resolve("notes.tsv")).subList(0, 10));
        }
        return into;
    }

    private static void copyShippedModels(Path into) throws IOException {
        Files.createDirectories(into);
        try (var files = Files.list(Path.of("models"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, into.resolve(file.getFileName()));
            }
        }
    }
}
