package nl.homerun.storage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.types.ObjectId;

/**
 * A benchmark, not a test (no timing is asserted anywhere): an embedded data file with notes shaped like Homerun's
 * (text, signals, offers, each changed twice after it was written) and contacts of several users; one user is erased,
 * and the file is written anew while a probe reads a note every 5 ms. Prints how long the rewrite took, the longest a
 * probe read waited (what the other chats would feel) next to the longest without a rewrite, and the file sizes.
 * <p>{@code mvn -q -B test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=nl.homerun.storage.RewriteBenchmark}
 * (options: -Dusers=10 -Dnotes=500 -Dcontacts=100 -Drounds=3).
 */
public final class RewriteBenchmark {

    public static void main(String[] args) throws Exception {
        int users = Integer.getInteger("users", 10);
        int notesPerUser = Integer.getInteger("notes", 500);
        int contactsPerUser = Integer.getInteger("contacts", 100);
        int rounds = Integer.getInteger("rounds", 3);
        for (int round = 1; round <= rounds; round++) {
            Path data = Files.createTempDirectory("rewrite-benchmark");
            Path file = data.resolve("homerun.mv.db");
            EmbeddedMongo embedded = EmbeddedMongo.inFile(data);
            try (MongoClient client = embedded.connect()) {
                MongoDatabase database = client.getDatabase("homerun");
                List<ObjectId> ids = fill(database, embedded, users, notesPerUser, contactsPerUser);
                embedded.flush();
                long filled = Files.size(file);
                long quiet = probe(database, ids, 2_000, null);

                database.getCollection("notes").deleteMany(Filters.eq("owner", 1L));
                database.getCollection("contacts").deleteMany(Filters.eq("owner", 1L));
                embedded.flush();
                long erased = Files.size(file);
                long start = System.nanoTime();
                long[] took = new long[1];
                long busy = probe(database, ids, 0, () -> {
                    embedded.rewriteSoon();
                    Path pending = data.resolve(EmbeddedMongo.REWRITE_PENDING);
                    while (Files.exists(pending)) {
                        sleep(5);
                    }
                    took[0] = (System.nanoTime() - start) / 1_000_000;
                });
                System.out.printf("round %d: %d users x %d notes + %d contacts; file %,d KB, after the erase %,d KB, "
                        + "written anew %,d KB in %,d ms; longest probe read %d ms during it, %d ms without%n",
                        round, users, notesPerUser, contactsPerUser, filled / 1024, erased / 1024, Files.size(file) / 1024,
                        took[0], busy, quiet);
            } finally {
                embedded.close();
            }
        }
    }

    private static List<ObjectId> fill(MongoDatabase database, EmbeddedMongo embedded, int users, int notes, int contacts) {
        MongoCollection<Document> noteCollection = database.getCollection("notes");
        MongoCollection<Document> contactCollection = database.getCollection("contacts");
        List<ObjectId> ids = new ArrayList<>();
        for (int user = 1; user <= users; user++) {
            List<ObjectId> people = new ArrayList<>();
            for (int c = 0; c < contacts; c++) {
                ObjectId id = new ObjectId();
                people.add(id);
                contactCollection.insertOne(new Document("_id", id).append("owner", (long) user)
                        .append("name", "Contact " + user + "-" + c).append("company", "Bedrijf " + c % 20 + " BV")
                        .append("role", "inkoper").append("phone", "+31 6 1234 " + c).append("tier", "B")
                        .append("rhythmDays", 30).append("facts", List.of("voetbalt op zaterdag")));
            }
            for (int n = 0; n < notes; n++) {
                ObjectId id = new ObjectId();
                ids.add(id);
                noteCollection.insertOne(new Document("_id", id).append("owner", (long) user)
                        .append("text", "Gesproken met " + user + "-" + n % contacts + " over de offerte voor twintig "
                                + "extra licenties; ze willen voor vrijdag een voorstel en vroegen naar de levertijd.")
                        .append("language", "nl").append("createdAt", new Date())
                        .append("contactIds", List.of(people.get(n % contacts).toHexString())).append("contactMade", true)
                        .append("signals", List.of(new Document("type", "BUYING").append("sentence", "ze willen een voorstel")
                                .append("score", 0.91).append("status", "open")))
                        .append("offers", List.of(new Document("kind", "TASK").append("text", "Voorstel sturen")
                                .append("status", "open"))));
                noteCollection.updateOne(Filters.eq("_id", id), Updates.set("signals.0.status", "kept"));
                noteCollection.updateOne(Filters.eq("_id", id), Updates.set("offers.0.status", "taken"));
                if (n % 50 == 0) {
                    embedded.flush();
                }
            }
        }
        return ids;
    }

    /** Reads a note every 5 ms while {@code during} runs (or for {@code millis}); the longest read, in ms. */
    private static long probe(MongoDatabase database, List<ObjectId> ids, long millis, Runnable during) throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong longest = new AtomicLong();
        Thread prober = new Thread(() -> {
            MongoCollection<Document> notes = database.getCollection("notes");
            for (int i = 0; !stop.get(); i++) {
                long t = System.nanoTime();
                notes.find(Filters.eq("_id", ids.get((i * 7919) % ids.size()))).first();
                longest.accumulateAndGet((System.nanoTime() - t) / 1_000_000, Math::max);
                sleep(5);
            }
        });
        prober.start();
        if (during == null) {
            Thread.sleep(millis);
        } else {
            during.run();
        }
        stop.set(true);
        prober.join();
        return longest.get();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
