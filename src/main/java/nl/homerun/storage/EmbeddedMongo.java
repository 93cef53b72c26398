package nl.homerun.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

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

    private final H2Backend backend;
    private final MongoServer server;
    private final String connectionString;

    private EmbeddedMongo(H2Backend backend, String description) {
        this.backend = backend;
        this.server = new MongoServer(backend);
        this.connectionString = server.bindAndGetConnectionString();
        log.info("Embedded MongoDB ({}) listening on {}", description, server.getLocalAddress());
    }

    static EmbeddedMongo inFile(Path dataDir) {
        Path file = dataDir.resolve("homerun.mv.db").toAbsolutePath();
        try {
            Files.createDirectories(dataDir);
            return new EmbeddedMongo(new WholeCommandsH2Backend(open(file)), "file " + file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + dataDir.toAbsolutePath(), e);
        } catch (MVStoreException e) {
            throw new IllegalStateException("Cannot open " + file + ": is another Homerun running on the same "
                    + "data directory? Stop it or set HOMERUN_DATA_DIR to another folder.", e);
        }
    }

    /**
     * Opens the file as H2 would, but lets the space of replaced pages be written over at once. H2 keeps it for 45
     * seconds by default, against disks that reorder writes on a power cut; with frequent commits that made the file
     * grow by about 130 KB per message (1.4 GB after 10,000). A process that is killed loses nothing either way: a
     * commit is in the operating system's hands when it returns. Against power cuts, production runs on a real MongoDB.
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
     * Commits the file when asked ({@link DurableWrites}) instead of after every command, and never in the middle of a
     * command: commands share a lock that a commit takes alone, so the file never holds half of one (a document
     * without its index entry). One commit now covers the claim, note, outbox and marks of an update that were
     * written before it, which were five commits before; H2's own background commit about once a second still covers
     * what no flush follows.
     */
    private static final class WholeCommandsH2Backend extends H2Backend {
        private final ReadWriteLock commands = new ReentrantReadWriteLock();

        WholeCommandsH2Backend(MVStore store) {
            super(store);
        }

        @Override
        public Document handleMessage(MongoMessage message) {
            commands.readLock().lock();
            try {
                return super.handleMessage(message);
            } finally {
                commands.readLock().unlock();
            }
        }

        @Override
        public void commit() {
            commands.writeLock().lock();
            try {
                super.commit();
            } finally {
                commands.writeLock().unlock();
            }
        }
    }

    /** Commits what the embedded server was told so far to its file (nothing to do in memory). */
    void flush() {
        backend.commit();
    }

    String connectionString() {
        return connectionString;
    }

    @Override
    public void close() {
        server.shutdownNow();
    }
}
