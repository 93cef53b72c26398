package nl.homerun.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded data file grows with what it holds, not with how often it was written: an update that is stored and
 * then marked answered, over and over, as the bot does for every message. With H2's default of keeping replaced
 * pages for 45 seconds, these 3,000 rounds made a file of 145 MB; the space is now written over at once (4 MB).
 */
class DataFileGrowthTest {

    private static final int ROUNDS = 3000;

    @Test
    void theFileStaysSmallWhenTheSameKindOfDocumentIsWrittenAndChangedThousandsOfTimes(@TempDir Path data) throws Exception {
        EmbeddedMongo embedded = EmbeddedMongo.inFile(data);
        String body = "x".repeat(1000);
        try (MongoClient client = embedded.connect()) {
            MongoCollection<Document> updates = client.getDatabase("growth").getCollection("updates");
            for (int i = 0; i < ROUNDS; i++) {
                updates.insertOne(new Document("_id", i).append("status", "received").append("update", body));
                updates.updateOne(Filters.eq("_id", i), Updates.combine(Updates.set("status", "answered"),
                        Updates.unset("update")));
            }
            assertThat(updates.countDocuments(Filters.eq("status", "answered"))).isEqualTo(ROUNDS);
        } finally {
            embedded.close();
        }
        long size = Files.size(data.resolve("homerun.mv.db"));
        assertThat(size).as("data file after %d stored and changed documents", ROUNDS).isLessThan(20L << 20);
    }
}
