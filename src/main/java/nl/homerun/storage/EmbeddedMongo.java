package nl.homerun.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An in-process MongoDB-compatible server (mongo-java-server) on a loopback port, so the application
 * talks to it through the real driver exactly as it would to MongoDB.
 */
final class EmbeddedMongo implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongo.class);

    private final MongoServer server;
    private final String connectionString;

    private EmbeddedMongo(MongoBackend backend, String description) {
        this.server = new MongoServer(backend);
        this.connectionString = server.bindAndGetConnectionString();
        log.info("Embedded MongoDB ({}) listening on {}", description, server.getLocalAddress());
    }

    static EmbeddedMongo inFile(Path dataDir) {
        Path file = dataDir.resolve("homerun.mv.db").toAbsolutePath();
        try {
            Files.createDirectories(dataDir);
            return new EmbeddedMongo(new CommittingH2Backend(open(file)), "file " + file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + dataDir.toAbsolutePath(), e);
        } catch (MVStoreException e) {
            throw new IllegalStateException("Cannot open " + file + ": is another Homerun running on the same "
                    + "data directory? Stop it or set HOMERUN_DATA_DIR to another folder.", e);
        }
    }

    /**
     * Opens the file as H2 would, but lets the space of replaced pages be written over at once. H2 keeps it for 45
     * seconds by default, against disks that reorder writes on a power cut; with a commit after every command that
     * made the file grow by about 130 KB per message (1.4 GB after 10,000). A process that is killed loses nothing
     * either way: every commit is in the operating system's hands when the command is answered. Against power cuts,
     * production runs on a real MongoDB.
     */
    private static MVStore open(Path file) {
        MVStore store = new MVStore.Builder().fileName(file.toString()).open();
        store.setRetentionTime(0);
        return store;
    }

    static EmbeddedMongo inMemory() {
        return new EmbeddedMongo(H2Backend.inMemory(), "in memory");
    }

    /**
     * H2 writes its changes to the file about once a second; committing after every command instead means that
     * a write the driver saw acknowledged (the MongoDB driver speaks OP_MSG, which arrives here) survives the process being killed.
     */
    private static final class CommittingH2Backend extends H2Backend {
        CommittingH2Backend(MVStore store) {
            super(store);
        }

        @Override
        public Document handleMessage(MongoMessage message) {
            try {
                return super.handleMessage(message);
            } finally {
                commit();
            }
        }
    }

    String connectionString() {
        return connectionString;
    }

    @Override
    public void close() {
        server.shutdownNow();
    }
}
