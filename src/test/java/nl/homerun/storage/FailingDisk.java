package nl.homerun.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;

import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * A disk that fills up on demand: H2 files opened as {@code failing:<path>} are the real files, but while {@link #full}
 * is set every write to them fails as a full disk's does ({@code IOException: No space left on device}).
 */
public final class FailingDisk extends FilePathWrapper { // public, with a public constructor: H2 makes one per path

    private static volatile boolean full;

    static {
        FilePath.register(new FailingDisk());
    }

    /** The H2 file name of {@code path} on this disk. */
    public static String fileName(java.nio.file.Path path) {
        return "failing:" + path.toAbsolutePath();
    }

    /** The embedded store's file on this disk, opened as the application opens it. */
    static org.h2.mvstore.MVStore open(java.nio.file.Path file) {
        return EmbeddedMongo.open(fileName(file));
    }

    public static void fill() {
        full = true;
    }

    public static void free() {
        full = false;
    }

    public FailingDisk() {
        // made by H2 by reflection
    }

    @Override
    public String getScheme() {
        return "failing";
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        return new Channel(getBase().open(mode));
    }

    private static final class Channel extends FileBase {
        private final FileChannel base;

        Channel(FileChannel base) {
            this.base = base;
        }

        private static void check() throws IOException {
            if (full) {
                throw new IOException("No space left on device");
            }
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            check();
            return base.write(src);
        }

        @Override
        public synchronized int write(ByteBuffer src, long position) throws IOException {
            check();
            return base.write(src, position);
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            check();
            base.truncate(size);
            return this;
        }

        @Override
        public void force(boolean metaData) throws IOException {
            check();
            base.force(metaData);
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            return base.read(dst);
        }

        @Override
        public synchronized int read(ByteBuffer dst, long position) throws IOException {
            return base.read(dst, position);
        }

        @Override
        public long position() throws IOException {
            return base.position();
        }

        @Override
        public FileChannel position(long newPosition) throws IOException {
            base.position(newPosition);
            return this;
        }

        @Override
        public long size() throws IOException {
            return base.size();
        }

        @Override
        public synchronized FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return base.tryLock(position, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            base.close();
        }
    }
}
