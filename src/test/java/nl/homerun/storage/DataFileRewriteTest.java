package nl.homerun.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writing the data file anew keeps exactly what the store holds, also what is written, changed and deleted while the
 * copy is made (the bulk is copied while commands go on); what was deleted before is not in the new file. A crash in
 * the middle leaves the old file whole and a half-written copy, which the next start deletes before it writes the file
 * anew.
 */
class DataFileRewriteTest {

    @Test
    void whatIsWrittenWhileTheFileIsWrittenAnewIsKeptAndWhatWasDeletedIsGone(@TempDir Path data) throws Exception {
        EmbeddedMongo embedded = EmbeddedMongo.inFile(data);
        Map<Integer, String> expected = new ConcurrentHashMap<>();
        try (MongoClient client = embedded.connect()) {
            MongoCollection<Document> notes = client.getDatabase("homerun").getCollection("notes");
            for (int i = 0; i < 2000; i++) {
                String text = (i % 10 == 3 ? "GoneGnu " : "KeptKudu ") + i + " " + "x".repeat(200);
                notes.insertOne(new Document("_id", i).append("owner", (long) (i % 10)).append("text", text));
                expected.put(i, text);
                if (i % 5 == 0) {
                    notes.updateOne(Filters.eq("_id", i), Updates.set("text", text + " changed"));
                    expected.put(i, text + " changed");
                }
            }
            embedded.flush();
            notes.deleteMany(Filters.eq("owner", 3L));
            expected.keySet().removeIf(i -> i % 10 == 3);

            AtomicBoolean stop = new AtomicBoolean();
            ExecutorService writers = Executors.newFixedThreadPool(2);
            List<Future<?>> running = new ArrayList<>();
            for (int w = 0; w < 2; w++) {
                int writer = w;
                running.add(writers.submit(() -> {
                    for (int n = 0; !stop.get() || n < 200; n++) {
                        int id = 10_000 + writer * 100_000 + n;
                        notes.insertOne(new Document("_id", id).append("owner", 1L).append("text", "new " + id));
                        expected.put(id, "new " + id);
                        int changed = (n * 7) % 1000 * 2 + writer; // each writer its own documents
                        if (changed % 10 != 3) { // owner 3 is erased
                            String text = "KeptKudu changed by " + writer + " at " + n;
                            notes.updateOne(Filters.eq("_id", changed), Updates.set("text", text));
                            expected.put(changed, text);
                        }
                        if (n % 3 == 0) {
                            notes.deleteOne(Filters.eq("_id", id));
                            expected.remove(id);
                        }
                        Thread.sleep(1);
                    }
                    return null;
                }));
            }
            Thread.sleep(100);
            embedded.rewriteSoon();
            Path pending = data.resolve(EmbeddedMongo.REWRITE_PENDING);
            for (int wait = 0; Files.exists(pending) && wait < 600; wait++) {
                Thread.sleep(100); // the writers go on until the file was written anew
            }
            stop.set(true);
            for (Future<?> writer : running) {
                writer.get();
            }
            writers.shutdown();
            embedded.rewriteSoon(); // and once more after the last writes: the test waits for it below
        } finally {
            embedded.close();
        }
        assertThat(Files.exists(data.resolve(EmbeddedMongo.REWRITE_PENDING))).isFalse();
        byte[] file = Files.readAllBytes(data.resolve("homerun.mv.db"));
        assertThat(contains(file, "GoneGnu")).as("a deleted text in the new file").isFalse();
        assertThat(contains(file, "KeptKudu")).isTrue();

        EmbeddedMongo again = EmbeddedMongo.inFile(data);
        try (MongoClient client = again.connect()) {
            Map<Integer, String> stored = new java.util.HashMap<>();
            client.getDatabase("homerun").getCollection("notes").find()
                    .forEach(d -> stored.put(d.getInteger("_id"), d.getString("text")));
            java.util.Set<Integer> wrong = new java.util.TreeSet<>(expected.keySet());
            wrong.addAll(stored.keySet());
            wrong.removeIf(id -> java.util.Objects.equals(stored.get(id), expected.get(id)));
            assertThat(wrong).as("documents missing, left or different after the rewrite").isEmpty();
            assertThat(stored).hasSameSizeAs(expected);
        } finally {
            again.close();
        }
    }

    @Test
    void aRewriteCutOffByACrashIsDoneAtTheNextStart(@TempDir Path data) throws Exception {
        EmbeddedMongo embedded = EmbeddedMongo.inFile(data);
        try (MongoClient client = embedded.connect()) {
            MongoCollection<Document> notes = client.getDatabase("homerun").getCollection("notes");
            notes.insertOne(new Document("_id", 1).append("text", "GoneGnu"));
            notes.insertOne(new Document("_id", 2).append("text", "KeptKudu"));
            embedded.flush();
            notes.deleteOne(Filters.eq("_id", 1));
            embedded.flush();
        } finally {
            embedded.close();
        }
        // as a kill in the middle of a rewrite leaves it: the mark of the erase and half a copy
        Files.createFile(data.resolve(EmbeddedMongo.REWRITE_PENDING));
        Files.write(data.resolve("homerun.mv.db.rewrite"), "half a copy".getBytes(StandardCharsets.UTF_8));
        assertThat(contains(Files.readAllBytes(data.resolve("homerun.mv.db")), "GoneGnu")).isTrue();

        EmbeddedMongo again = EmbeddedMongo.inFile(data);
        try (MongoClient client = again.connect()) {
            assertThat(client.getDatabase("homerun").getCollection("notes").find().map(d -> d.getString("text"))
                    .into(new ArrayList<>())).containsExactly("KeptKudu");
        } finally {
            again.close();
        }
        assertThat(contains(Files.readAllBytes(data.resolve("homerun.mv.db")), "GoneGnu")).isFalse();
        assertThat(Files.exists(data.resolve("homerun.mv.db.rewrite"))).isFalse();
        assertThat(Files.exists(data.resolve(EmbeddedMongo.REWRITE_PENDING))).isFalse();
    }

    private static boolean contains(byte[] hay, String text) {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        outer:
        for (int i = 0; i <= hay.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
