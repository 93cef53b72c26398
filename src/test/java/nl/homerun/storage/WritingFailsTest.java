package nl.homerun.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When the disk is full, the embedded file store says so (a failed commit throws {@link StorageUnavailable}, the status
 * is unavailable with the operating system's words) and comes back by itself once there is room again: the file is
 * opened again at its last commit, which is what anything outside the process can have seen, and writing goes on
 * without a restart. H2's own background commit failing is found the same way.
 */
class WritingFailsTest {

    @TempDir
    Path data;

    @AfterEach
    void freeTheDisk() {
        FailingDisk.free();
    }

    @Test
    void aFailedCommitIsReportedAndTheStoreComesBackAtItsLastCommitOnceThereIsRoom() {
        EmbeddedMongo embedded = EmbeddedMongo.inFile(data, FailingDisk::open);
        List<StorageRecovered> recoveries = new CopyOnWriteArrayList<>();
        embedded.status().onRecovery(recoveries::add);
        try (MongoClient client = embedded.connect()) {
            MongoCollection<Document> notes = client.getDatabase("homerun").getCollection("notes");
            notes.insertOne(new Document("_id", "committed"));
            embedded.flush();

            FailingDisk.fill();
            notes.insertOne(new Document("_id", "not committed"));
            assertThatThrownBy(embedded::flush).isInstanceOf(StorageUnavailable.class)
                    .hasMessageContaining("No space left on device");
            assertThat(embedded.status().available()).isFalse();
            assertThat(embedded.status().outage().cause()).isEqualTo("No space left on device");

            embedded.checkWritable(); // the watch's turn while the disk is still full
            assertThat(embedded.status().available()).isFalse();
            assertThat(recoveries).isEmpty();

            FailingDisk.free();
            awaitAvailable(embedded);
            assertThat(recoveries).hasSize(1);
            assertThat(ids(notes)).containsExactly("committed");
            notes.insertOne(new Document("_id", "after"));
            embedded.flush();
            assertThat(ids(notes)).containsExactlyInAnyOrder("committed", "after");
        } finally {
            embedded.close();
        }

        EmbeddedMongo reopened = EmbeddedMongo.inFile(data);
        try (MongoClient client = reopened.connect()) {
            assertThat(ids(client.getDatabase("homerun").getCollection("notes"))).containsExactlyInAnyOrder("committed", "after");
        } finally {
            reopened.close();
        }
    }

    @Test
    void aFailedBackgroundCommitIsFoundByTheWatchAndTheStoreComesBack() {
        EmbeddedMongo embedded = EmbeddedMongo.inFile(data, FailingDisk::open);
        try (MongoClient client = embedded.connect()) {
            MongoCollection<Document> notes = client.getDatabase("homerun").getCollection("notes");
            notes.insertOne(new Document("_id", "committed"));
            embedded.flush();

            FailingDisk.fill();
            notes.insertOne(new Document("_id", "left to the background commit"));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (embedded.status().available() && System.nanoTime() < deadline) {
                sleep();
            }
            assertThat(embedded.status().available()).isFalse();

            FailingDisk.free();
            awaitAvailable(embedded);
            notes.insertOne(new Document("_id", "after"));
            embedded.flush();
            assertThat(ids(notes)).contains("committed", "after");
        } finally {
            embedded.close();
        }
    }

    private static void awaitAvailable(EmbeddedMongo embedded) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!embedded.status().available() && System.nanoTime() < deadline) {
            sleep();
        }
        assertThat(embedded.status().available()).as("writable again, by itself").isTrue();
    }

    private static List<String> ids(MongoCollection<Document> notes) {
        List<String> ids = new ArrayList<>();
        notes.find().forEach(d -> ids.add(d.getString("_id")));
        return ids;
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
