package nl.homerun.signals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;

import nl.homerun.users.Language;

/**
 * Folds the verdicts users gave in the bot into the training data: a 👍 confirms the detected type, a 👎 with the
 * type it should have been corrects it (a 👎 without one says too little). Read from the {@code signal_feedback}
 * collection of a MongoDB, or from the file of a user's {@code /export}; written to
 * {@code models/data/<lang>/feedback/<TYPE>.txt} with the voice {@code feedback}, where the latest verdict on a
 * sentence wins. These are users' own sentences: commit them only where the users agreed to that.
 */
final class FeedbackImport {

    private FeedbackImport() {
    }

    /** One verdict: the sentence, its language and the type it should have. */
    record Verdict(Language language, String sentence, SignalType type) {
    }

    /** The verdicts of a MongoDB connection string or an export file. */
    static List<Verdict> read(String source) throws IOException {
        List<Document> documents;
        if (source.startsWith("mongodb://") || source.startsWith("mongodb+srv://")) {
            ConnectionString uri = new ConnectionString(source);
            try (MongoClient client = MongoClients.create(uri)) {
                String database = uri.getDatabase() == null ? "homerun" : uri.getDatabase();
                documents = client.getDatabase(database).getCollection("signal_feedback").find()
                        .sort(new Document("at", 1)).into(new ArrayList<>());
            }
        } else {
            Document export = Document.parse(Files.readString(Path.of(source), StandardCharsets.UTF_8));
            Document collections = export.get("collections", Document.class);
            documents = collections == null ? List.of() : collections.getList("signal_feedback", Document.class, List.of());
        }
        List<Verdict> verdicts = new ArrayList<>();
        for (Document d : documents) {
            String type = Boolean.TRUE.equals(d.getBoolean("correct")) ? d.getString("detected") : d.getString("correctedTo");
            if (type != null && d.getString("sentence") != null) {
                verdicts.add(new Verdict(Language.fromCode(d.getString("language")), d.getString("sentence").strip(),
                        SignalType.valueOf(type)));
            }
        }
        return verdicts;
    }

    /** Merges the verdicts into the feedback files; returns how many sentences each language has there now. */
    static Map<Language, Integer> merge(Path data, List<Verdict> verdicts) throws IOException {
        Map<Language, Integer> counts = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            Map<String, SignalType> latest = new LinkedHashMap<>();
            for (TrainingData.Sample sample : TrainingData.read(data, language, TrainingData.FEEDBACK)) {
                latest.put(sample.sentence(), sample.type());
            }
            verdicts.stream().filter(v -> v.language() == language).forEach(v -> latest.put(v.sentence(), v.type()));
            counts.put(language, latest.size());
            if (latest.isEmpty()) {
                continue;
            }
            Path folder = data.resolve(language.code()).resolve(TrainingData.FEEDBACK);
            Files.createDirectories(folder);
            for (SignalType type : SignalType.values()) {
                TreeSet<String> lines = new TreeSet<>();
                latest.forEach((sentence, t) -> {
                    if (t == type) {
                        lines.add("feedback\t" + sentence.replaceAll("\\s+", " "));
                    }
                });
                Files.write(folder.resolve(type.name() + ".txt"), lines, StandardCharsets.UTF_8);
            }
        }
        return counts;
    }
}
