package nl.homerun.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.mongodb.MongoCredential;
import com.mongodb.client.MongoClient;
import de.bwaldvogel.mongo.MongoServer;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An in-process MongoDB-compatible server (mongo-java-server) on a loopback port, so the application talks to it
 * through the real driver exactly as it would to MongoDB. It serves the client made by {@link #connect()} alone
 * ({@link ConnectionGate}); after an erase, it writes its file anew without what was erased ({@link #rewriteSoon()}).
 */
final class EmbeddedMongo implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongo.class);

    /** Present from an erase until the file was written anew: a start that finds it (after a crash) writes it anew. */
    static final String REWRITE_PENDING = "homerun.rewrite-pending";

    private final EmbeddedBackend backend;
    private final Path file;
    private final MongoServer server;
    private final String connectionString;
    private final ExecutorService rewrites;
    private final AtomicBoolean rewriteQueued = new AtomicBoolean();
    private final StorageStatus status = new StorageStatus(java.time.Clock.systemUTC());
    private final java.util.concurrent.ScheduledExecutorService watch;

    private EmbeddedMongo(EmbeddedBackend backend, Path file, String description) {
        this.backend = backend;
        this.file = file;
        this.server = new MongoServer(backend);
        this.connectionString = server.bindAndGetConnectionString();
        this.rewrites = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "embedded-mongo-rewrite");
            thread.setDaemon(true);
            return thread;
        });
        this.watch = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "embedded-mongo-watch");
            thread.setDaemon(true);
            return thread;
        });
        if (file != null) {
            watch.scheduleWithFixedDelay(this::checkWritable, WATCH_SECONDS, WATCH_SECONDS, TimeUnit.SECONDS);
        }
        log.info("Embedded MongoDB ({}) listening on {}", description, server.getLocalAddress());
    }

    /** How often the store is checked for having closed itself, and, while it cannot write, tried again. */
    static final long WATCH_SECONDS = 2;

    static EmbeddedMongo inFile(Path dataDir) {
        return inFile(dataDir, EmbeddedMongo::open);
    }

    /** With the file opened by {@code open} (a test's, on a file system that fails on demand). */
    static EmbeddedMongo inFile(Path dataDir, java.util.function.Function<Path, MVStore> open) {
        Path file = dataDir.resolve("homerun.mv.db").toAbsolutePath();
        try {
            Files.createDirectories(dataDir);
            Files.deleteIfExists(EmbeddedBackend.rewriteFile(file)); // of a rewrite cut off by a crash
            EmbeddedBackend backend = new EmbeddedBackend(file, open, new ConnectionGate());
            EmbeddedMongo embedded = new EmbeddedMongo(backend, file, "file " + file);
            if (Files.exists(file.resolveSibling(REWRITE_PENDING))) {
                embedded.rewriteSoon(); // an erase whose rewrite a crash cut off
            }
            return embedded;
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
     * Pages are not compressed, so what the file holds can be checked byte by byte.
     */
    static MVStore open(Path file) {
        return open(file.toString());
    }

    /** The same, by H2's file name, which may start with a file system's prefix ({@code nio:}, {@code async:}, …). */
    static MVStore open(String fileName) {
        MVStore store = new MVStore.Builder().fileName(fileName).open();
        store.setRetentionTime(0);
        return store;
    }

    static EmbeddedMongo inMemory() {
        return new EmbeddedMongo(new EmbeddedBackend(null, null, new ConnectionGate()), null, "in memory");
    }

    /** The application's client: the only one the server serves. */
    MongoClient connect() {
        return MongoConfiguration.connect(connectionString, credential());
    }

    /** The secret the application's client authenticates with (the driver shows it nowhere). */
    MongoCredential credential() {
        return backend.gate().credential();
    }

    /**
     * Commits what the embedded server was told so far to its file (nothing to do in memory). When that fails, the
     * store has closed itself and kept its last commit: what was written since is gone, and this says so.
     */
    void flush() {
        try {
            backend.commit();
        } catch (RuntimeException e) {
            status.failed(e);
            throw new StorageUnavailable(StorageStatus.describe(e), e);
        }
    }

    StorageStatus status() {
        return status;
    }

    /**
     * Finds a store that closed itself after a failed write (H2's background commit fails so too), and opens it again
     * once its file can be written: every few seconds, by itself, without a restart.
     */
    void checkWritable() {
        if (status.available() && !backend.isClosed()) {
            return;
        }
        try {
            backend.reopenAndProbe();
            status.recovered();
        } catch (RuntimeException e) {
            status.failed(e);
        }
    }

    /**
     * Writes the file anew without what was deleted, on a thread of its own, so the erase is answered first; an erase
     * while one is being written queues one more. Nothing to do in memory.
     */
    void rewriteSoon() {
        if (file == null) {
            return;
        }
        Path pending = file.resolveSibling(REWRITE_PENDING);
        try {
            if (!Files.exists(pending)) {
                Files.createFile(pending);
            }
        } catch (IOException e) {
            log.warn("Cannot mark the data file to be written anew after a crash: {}", e.getClass().getSimpleName());
        }
        if (!rewriteQueued.getAndSet(true)) {
            try {
                rewrites.execute(() -> rewrite(pending));
            } catch (java.util.concurrent.RejectedExecutionException e) {
                log.warn("Stopping: the data file will be written anew at the next start");
            }
        }
    }

    private void rewrite(Path pending) {
        rewriteQueued.set(false);
        try {
            long before = Files.size(file);
            long start = System.nanoTime();
            if (backend.rewrite()) {
                if (!rewriteQueued.get()) {
                    Files.deleteIfExists(pending);
                }
                log.info("Data file written anew without erased data in {} ms: {} KB, was {} KB",
                        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start), Files.size(file) / 1024, before / 1024);
            } else {
                log.warn("Data file not written anew: a query kept its cursor open; the next start will");
            }
        } catch (IOException | RuntimeException | AssertionError e) {
            log.warn("Data file not written anew ({}); the next start will", e.getClass().getSimpleName());
        }
    }

    /** The server's address, without the secret: a client made from it alone is refused. */
    String connectionString() {
        return connectionString;
    }

    /** Finishes a rewrite that is under way (so a stop does not leave the erased data for the next start), then stops. */
    @Override
    public void close() {
        watch.shutdownNow();
        rewrites.shutdown();
        try {
            if (!rewrites.awaitTermination(2, TimeUnit.MINUTES)) {
                log.warn("Stopping while the data file is being written anew; the next start will");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        server.shutdownNow();
    }
}
