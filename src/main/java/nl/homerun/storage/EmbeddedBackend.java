package nl.homerun.storage;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.MongoVersion;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import io.netty.channel.Channel;
import org.h2.mvstore.MVStore;

/**
 * The backend the embedded server hands every request to: mongo-java-server's H2 backend, behind three things of
 * Homerun's own.
 * <ul>
 * <li><b>Whole commands.</b> The file is committed when asked ({@link DurableWrites}) instead of after every command, and
 * never in the middle of one: commands share a lock that a commit takes alone, so the file never holds half of one (a
 * document without its index entry). One commit covers the claim, note, outbox and marks of an update written before
 * it; H2's own background commit about once a second covers what no flush follows.</li>
 * <li><b>Homerun's client alone</b> ({@link ConnectionGate}).</li>
 * <li><b>A file without what was erased</b> ({@link #rewrite}).</li>
 * </ul>
 */
final class EmbeddedBackend implements MongoBackend {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(EmbeddedBackend.class);

    /** How long a rewrite waits for the cursors of running queries to be read to the end before it gives up. */
    private static final long CURSOR_WAIT_MILLIS = 30_000;

    private final ReadWriteLock commands = new ReentrantReadWriteLock();
    private final ConnectionGate gate;
    private final Path file;
    private final Function<Path, MVStore> open;
    private volatile Store store;

    /**
     * H2's backend, telling how many cursors are open: a rewrite replaces it, and the cursors would be lost. Its maps
     * keep their entries as {@link StoredMaps} says.
     */
    private static final class Store extends H2Backend {
        Store(MVStore store) {
            super(StoredMaps.prepare(store));
        }

        @Override
        protected MongoDatabase openOrCreateDatabase(String databaseName) {
            return TypedDatabase.open(databaseName, getMvStore(), getCursorRegistry());
        }

        int openCursors() {
            return getCursorRegistry().size();
        }
    }

    /** On the file, opened with {@code open}; or in memory when {@code file} is null. */
    EmbeddedBackend(Path file, Function<Path, MVStore> open, ConnectionGate gate) {
        this.file = file;
        this.open = open;
        this.gate = gate;
        this.store = new Store(file == null ? new MVStore.Builder().open() : openConverted(file, open));
    }

    /**
     * Opens the file; one written before documents were kept as {@link StoredValueType} is first copied into a new file
     * that keeps them so, which then takes its name, the way {@link #rewrite} replaces it: a crash at any point leaves
     * the old file whole, or the new one, and at most a {@code .rewrite} file that the next start deletes.
     */
    static MVStore openConverted(Path file, Function<Path, MVStore> open) {
        MVStore old = open.apply(file);
        if (!StoredMaps.isSerialised(old)) {
            return old;
        }
        long start = System.nanoTime();
        Path copyFile = rewriteFile(file);
        try {
            Files.deleteIfExists(copyFile);
            MVStore target = new MVStore.Builder().fileName(copyFile.toString()).autoCommitDisabled().open();
            try {
                target.setRetentionTime(0);
                StoredMaps.copy(old, target);
                target.commit();
                target.close();
            } finally {
                if (!target.isClosed()) {
                    target.closeImmediately();
                }
            }
            force(copyFile);
            old.closeImmediately(); // it was only read
            Files.move(copyFile, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            force(file.getParent());
            log.info("Data file converted to typed values in {} ms",
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("Cannot convert the data file " + file, e);
        } finally {
            if (!old.isClosed()) {
                old.closeImmediately();
            }
            try {
                Files.deleteIfExists(copyFile);
            } catch (IOException e) {
                log.warn("Cannot delete {}: the next start will", copyFile);
            }
        }
        return open.apply(file);
    }

    ConnectionGate gate() {
        return gate;
    }

    /** Commits what the server was told so far to the file. */
    void commit() {
        locked(commands.writeLock(), () -> store.commit());
    }

    /**
     * Whether the store has closed itself. H2 does so when a write to its file fails (a full disk, a file system
     * turned read-only): it keeps nothing of what was not committed, and refuses every command from then on.
     */
    boolean isClosed() {
        return store.getMvStore().isClosed();
    }

    /**
     * After the store closed itself: opens the file again, at its last commit, which is all that anything outside
     * the process can have seen ({@link DurableWrites}). Then writes to it, to tell whether it can be written again.
     */
    void reopenAndProbe() {
        locked(commands.writeLock(), () -> {
            if (file != null && store.getMvStore().isClosed()) {
                store = new Store(open.apply(file));
            }
            MVStore mvStore = store.getMvStore();
            mvStore.<String, Long>openMap("homerun.probe").put("writtenAt", System.currentTimeMillis());
            mvStore.commit();
        });
    }

    /**
     * Writes the file anew with only what the store holds now, then serves from the new file: what was deleted is then
     * gone from the disk, where H2 leaves it in free space and half-used chunks until they happen to be written over
     * (compacting in place moves live pages but leaves the old copies in the space it frees). The bulk is copied while
     * commands go on ({@link LiveCopy}); the commands of the last moments are copied, the new file is committed and
     * renamed over the old one and opened while commands wait, which takes a fraction of the copy. The new file is
     * complete before the rename, and the rename is atomic: a crash at any point leaves one whole file, the old or the
     * new, and at most a {@code .rewrite} file that the next start deletes. Waits until no query has a cursor open (it
     * would not survive the change of backend); false when one stayed open too long, or in memory, where there is no
     * file.
     */
    boolean rewrite() throws IOException {
        if (file == null) {
            return false;
        }
        Path copyFile = rewriteFile(file);
        Files.deleteIfExists(copyFile);
        MVStore target = new MVStore.Builder().fileName(copyFile.toString()).autoCommitDisabled().open();
        target.setRetentionTime(0);
        boolean done = false;
        try {
            LiveCopy copy = lockedGet(commands.writeLock(), () -> new LiveCopy(store.getMvStore(), target));
            try (copy) {
                copy.copy();
                long giveUpAt = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(CURSOR_WAIT_MILLIS);
                while (!done) {
                    Lock lock = commands.writeLock();
                    lock.lock();
                    try {
                        copy.catchUp();
                        if (store.openCursors() == 0) {
                            copy.close(); // H2 closes a store only when no snapshot of it is in use
                            target.commit();
                            target.close();
                            force(copyFile);
                            replaceWith(copyFile);
                            done = true;
                        } else if (System.nanoTime() > giveUpAt) {
                            return false;
                        }
                    } finally {
                        lock.unlock();
                    }
                    if (!done) {
                        sleep();
                    }
                }
            }
            return true;
        } finally {
            if (!target.isClosed()) {
                target.closeImmediately();
            }
            Files.deleteIfExists(copyFile);
        }
    }

    static Path rewriteFile(Path file) {
        return file.resolveSibling(file.getFileName() + ".rewrite");
    }

    /** Under the write lock: the new file takes the old one's name, and the server goes on from it. */
    private void replaceWith(Path copyFile) throws IOException {
        Files.move(copyFile, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        force(file.getParent());
        Store old = store;
        store = new Store(open.apply(file));
        try {
            old.close(); // its file has no name any more; what it writes on closing goes nowhere
        } catch (RuntimeException | AssertionError e) {
            log.warn("Closing the replaced data file failed ({}); the new one is in use", e.getClass().getSimpleName());
        }
    }

    private static void force(Path path) throws IOException {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }

    private static void sleep() throws IOException {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for open cursors", e);
        }
    }

    private static void locked(Lock lock, Runnable action) {
        lock.lock();
        try {
            action.run();
        } finally {
            lock.unlock();
        }
    }

    private static <T> T lockedGet(Lock lock, java.util.function.Supplier<T> action) {
        lock.lock();
        try {
            return action.get();
        } finally {
            lock.unlock();
        }
    }

    private <T> T command(java.util.function.Supplier<T> action) {
        return lockedGet(commands.readLock(), action);
    }

    @Override
    public Document handleMessage(MongoMessage message) {
        Document body = message.getDocument();
        String command = body.isEmpty() ? null : body.keySet().iterator().next();
        Document answer = gate.answer(message.getChannel(), command, body);
        return answer != null ? answer : command(() -> store.handleMessage(message));
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        Document answer = gate.answer(channel, command, query);
        return answer != null ? answer : command(() -> store.handleCommand(channel, database, command, query));
    }

    @Override
    public QueryResult handleQuery(MongoQuery query) {
        return gate.isTrusted(query.getChannel()) ? command(() -> store.handleQuery(query)) : new QueryResult();
    }

    @Override
    public Collection<Document> getCurrentOperations(MongoQuery query) {
        return gate.isTrusted(query.getChannel()) ? command(() -> store.getCurrentOperations(query)) : List.of();
    }

    @Override
    public void handleClose(Channel channel) {
        locked(commands.readLock(), () -> store.handleClose(channel));
    }

    @Override
    public void dropDatabase(String database) {
        locked(commands.readLock(), () -> store.dropDatabase(database));
    }

    /**
     * Only a legacy {@code serverStatus} query comes here (the modern command goes through {@link #handleCommand}), and
     * it carries no connection to check, so it is refused to everyone: Homerun never asks it, and its answer names the
     * host, the process and its connections.
     */
    @Override
    public Document getServerStatus() {
        return ConnectionGate.refusal(false);
    }

    @Override
    public void closeCursors(List<Long> cursorIds) {
        locked(commands.readLock(), () -> store.closeCursors(cursorIds));
    }

    @Override
    public MongoDatabase resolveDatabase(String database) {
        return command(() -> store.resolveDatabase(database));
    }

    @Override
    public Clock getClock() {
        return store.getClock();
    }

    @Override
    public void enableOplog() {
        throw new UnsupportedOperationException("the embedded store keeps no oplog");
    }

    @Override
    public void disableOplog() {
        // there is none
    }

    @Override
    public MongoBackend version(MongoVersion version) {
        throw new UnsupportedOperationException("the embedded store answers as its default version");
    }

    @Override
    public void close() {
        locked(commands.writeLock(), () -> store.close());
    }
}
