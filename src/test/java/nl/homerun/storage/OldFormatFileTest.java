package nl.homerun.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data file written before documents were kept as typed values (as serialised Java objects, mongo-java-server's
 * plain H2 backend) opens: its documents, its indexes and their uniqueness are all there, and the file is converted
 * once, whole, by a copy that takes its name.
 */
class OldFormatFileTest {

    private static final ObjectId NOTE_ID = new ObjectId("5f1d7a3e9c1b2a0012345678");

    @Test
    void aFileWrittenAsSerialisedObjectsOpensWithAllItHeld(@TempDir Path data) throws Exception {
        Path file = data.resolve("homerun.mv.db");
        writeTheOldWay(file);
        MVStore old = openPlain(file);
        try {
            assertThat(StoredMaps.isSerialised(old)).isTrue();
        } finally {
            old.closeImmediately();
        }

        EmbeddedMongo embedded = EmbeddedMongo.inFile(data);
        try (MongoClient client = embedded.connect()) {
            checkEverythingIsThere(client);
            MongoCollection<Document> notes = client.getDatabase("homerun").getCollection("notes");
            notes.insertOne(new Document("_id", new ObjectId()).append("owner", 8L).append("visit", "Bakker"));
            embedded.flush();
        } finally {
            embedded.close();
        }
        assertThat(Files.exists(EmbeddedBackend.rewriteFile(file))).isFalse();
        MVStore converted = openPlain(file);
        try {
            assertThat(converted.hasMap(StoredMaps.FORMAT)).isTrue();
            assertThat(StoredMaps.isSerialised(converted)).isFalse();
        } finally {
            converted.closeImmediately();
        }

        EmbeddedMongo again = EmbeddedMongo.inFile(data); // and once more, now that it is converted
        try (MongoClient client = again.connect()) {
            checkEverythingIsThere(client);
            assertThat(client.getDatabase("homerun").getCollection("notes").countDocuments(Filters.eq("owner", 8L)))
                    .isEqualTo(1);
        } finally {
            again.close();
        }
    }

    @Test
    void aConversionCutOffByACrashIsDoneAgainFromTheOldFile(@TempDir Path data) throws Exception {
        Path file = data.resolve("homerun.mv.db");
        writeTheOldWay(file);
        Files.write(EmbeddedBackend.rewriteFile(file), "half a copy".getBytes(StandardCharsets.UTF_8));

        EmbeddedMongo embedded = EmbeddedMongo.inFile(data);
        try (MongoClient client = embedded.connect()) {
            checkEverythingIsThere(client);
        } finally {
            embedded.close();
        }
        assertThat(Files.exists(EmbeddedBackend.rewriteFile(file))).isFalse();
    }

    @Test
    void aNewFileIsMarkedAsKeepingTypedValues(@TempDir Path data) throws Exception {
        EmbeddedMongo embedded = EmbeddedMongo.inFile(data);
        try (MongoClient client = embedded.connect()) {
            client.getDatabase("homerun").getCollection("notes").insertOne(new Document("_id", 1));
            embedded.flush();
        } finally {
            embedded.close();
        }
        MVStore store = openPlain(data.resolve("homerun.mv.db"));
        try {
            assertThat(store.hasMap(StoredMaps.FORMAT)).isTrue();
        } finally {
            store.closeImmediately();
        }
    }

    private static void checkEverythingIsThere(MongoClient client) {
        MongoCollection<Document> notes = client.getDatabase("homerun").getCollection("notes");
        Document note = notes.find(Filters.and(Filters.eq("_id", NOTE_ID), Filters.eq("owner", 7L))).first();
        assertThat(note).isNotNull();
        assertThat(note.get("owner")).isEqualTo(7L);
        assertThat(note.get("visits")).isEqualTo(3);
        assertThat(note.get("text")).isEqualTo("Bezoek bij Jansen — één offerte");
        assertThat(note.get("at")).isEqualTo(Date.from(Instant.ofEpochMilli(1_764_000_000_123L)));
        assertThat(note.get("amount")).isEqualTo(Decimal128.parse("12.50"));
        assertThat(note.get("score")).isEqualTo(Double.NaN);
        assertThat(note.get("none")).isNull();
        assertThat(note.get("tasks", List.class)).hasSize(2);
        assertThat(note.get("nested", Document.class).get("deeper", Document.class).getString("x")).isEqualTo("y");
        assertThat(notes.countDocuments()).isGreaterThanOrEqualTo(101);
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            Document other = notes.find(Filters.eq("_id", i)).first();
            if (other != null && other.getInteger("n") == i) {
                found.add(i);
            }
        }
        assertThat(found).hasSize(100);
        assertThatThrownBy(() -> notes.insertOne(new Document("_id", new ObjectId()).append("owner", 7L)
                .append("ref", "R1")))
                .as("the unique index written before still holds its keys").isInstanceOf(MongoWriteException.class);
        assertThatThrownBy(() -> notes.insertOne(new Document("_id", 5)))
                .as("and so does the index of the ids").isInstanceOf(MongoWriteException.class);
    }

    /** As Homerun wrote its file before: mongo-java-server's H2 backend as it is, on a file opened as Homerun did. */
    private static void writeTheOldWay(Path file) {
        MVStore store = EmbeddedMongo.open(file);
        MongoServer server = new MongoServer(new H2Backend(store));
        var address = server.bind();
        try (MongoClient client = MongoClients.create("mongodb://localhost:" + address.getPort())) {
            MongoCollection<Document> notes = client.getDatabase("homerun").getCollection("notes");
            notes.createIndex(Indexes.ascending("owner", "ref"), new IndexOptions().unique(true).sparse(true));
            notes.createIndex(Indexes.ascending("_id", "owner"), new IndexOptions().unique(true));
            notes.insertOne(new Document("_id", NOTE_ID).append("owner", 7L).append("ref", "R1")
                    .append("visits", 3).append("text", "Bezoek bij Jansen — één offerte")
                    .append("at", Date.from(Instant.ofEpochMilli(1_764_000_000_123L)))
                    .append("amount", Decimal128.parse("12.50")).append("score", Double.NaN).append("none", null)
                    .append("tasks", List.of(new Document("what", "offerte"), new Document("what", "bellen")))
                    .append("nested", new Document("deeper", new Document("x", "y"))));
            for (int i = 0; i < 100; i++) {
                notes.insertOne(new Document("_id", i).append("n", i).append("text", "x".repeat(100)));
            }
        } finally {
            server.shutdownNow(); // closes the backend, which commits and closes the file
            if (!store.isClosed()) {
                store.close();
            }
        }
    }

    private static MVStore openPlain(Path file) {
        return new MVStore.Builder().fileName(file.toString()).readOnly().open();
    }
}
