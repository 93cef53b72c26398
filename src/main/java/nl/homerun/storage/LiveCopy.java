package nl.homerun.storage;

import java.nio.ByteBuffer;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.Page;
import org.h2.mvstore.RootReference;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.DataType;

/**
 * What an H2 store holds, copied into a new store: only the entries its maps hold, so nothing deleted or replaced
 * (which H2 leaves in its file's free space and in half-used chunks) reaches the copy.
 *
 * <p>The bulk is copied from a snapshot, the maps' roots at one moment, while the store goes on being written: H2 copies
 * a page whenever an entry in it is put or removed, so a snapshot's pages never change. (The documents in them may:
 * mongo-java-server updates a document object in place and then puts it, so the copy takes its own copy of each value,
 * and an entry caught in the middle of such an update is in a page that its put replaced.) {@link #catchUp} then brings
 * the copy to a later snapshot through the pages that are not in the earlier one, which is quick where few changed.
 */
final class LiveCopy implements AutoCloseable {

    private static final int PUTS_PER_COMMIT = 5_000;

    private final MVStore source;
    private final MVStore target;
    private final Map<String, Set<Object>> skipped = new LinkedHashMap<>();
    private Snapshot snapshot;
    private boolean locked;
    private int puts;

    /** A snapshot of the source, taken now: call it while nothing writes to the source. */
    LiveCopy(MVStore source, MVStore target) {
        this.source = source;
        this.target = target;
        this.snapshot = Snapshot.of(source);
    }

    /** Copies the snapshot; the source may be written meanwhile. */
    void copy() {
        snapshot.roots.forEach((name, root) -> copyPages(name, root.page(), Pages.NONE, StoredMaps.open(target, name)));
    }

    /** Brings the copy to what the source holds now: call it while nothing writes to the source. */
    void catchUp() {
        locked = true;
        Snapshot now = Snapshot.of(source);
        for (String name : snapshot.roots.keySet()) {
            if (!now.roots.containsKey(name) && target.hasMap(name)) {
                target.removeMap(name);
            }
        }
        now.roots.forEach((name, root) -> {
            MVMap<Object, Object> copy = StoredMaps.open(target, name);
            Root before = snapshot.roots.get(name);
            if (before == null) {
                copyPages(name, root.page(), Pages.NONE, copy);
            } else if (before.page() != root.page()) {
                copyPages(name, root.page(), Pages.of(before.page()), copy);
                removeGone(before.page(), Pages.of(root.page()), root, copy);
            }
            for (Object key : skipped.getOrDefault(name, Set.of())) {
                Object value = root.map.get(root.page(), key);
                if (value == null) {
                    copy.remove(key);
                } else {
                    put(copy, key, ownCopy(value, root.map.getValueType(), true));
                }
            }
        });
        skipped.clear();
        snapshot.release();
        snapshot = now;
    }

    /** Puts the entries of the leaves under {@code page} that are not among {@code known}. */
    private void copyPages(String name, Page<Object, Object> page, Pages known, MVMap<Object, Object> to) {
        if (known.contains(page)) {
            return;
        }
        if (!page.isLeaf()) {
            for (int i = 0; i < page.getRawChildPageCount(); i++) {
                copyPages(name, page.getChildPage(i), known, to);
            }
            return;
        }
        DataType<Object> values = page.map.getValueType();
        for (int i = 0; i < page.getKeyCount(); i++) {
            Object value = ownCopy(page.getValue(i), values, locked);
            if (value == null) {
                skipped.computeIfAbsent(name, n -> new HashSet<>()).add(page.getKey(i));
            } else {
                put(to, page.getKey(i), value);
            }
        }
    }

    private void put(MVMap<Object, Object> to, Object key, Object value) {
        to.put(key, value);
        if (++puts % PUTS_PER_COMMIT == 0) {
            target.commit(); // so that a large file is not held in memory as one commit
        }
    }

    /** Removes the keys of the earlier leaves that are not among the later pages and no longer in the map. */
    private void removeGone(Page<Object, Object> page, Pages later, Root now, MVMap<Object, Object> to) {
        if (later.contains(page)) {
            return;
        }
        if (!page.isLeaf()) {
            for (int i = 0; i < page.getRawChildPageCount(); i++) {
                removeGone(page.getChildPage(i), later, now, to);
            }
            return;
        }
        for (int i = 0; i < page.getKeyCount(); i++) {
            Object key = page.getKey(i);
            if (now.map.get(now.page(), key) == null) {
                to.remove(key);
            }
        }
    }

    /**
     * A value the source cannot change under the copy. While the source is written, null when the value was being
     * changed as it was copied: {@link #catchUp} copies it again (its page was replaced by then anyway).
     */
    private static Object ownCopy(Object value, DataType<Object> type, boolean strict) {
        try {
            if (value instanceof String || value instanceof Number || value instanceof Boolean) {
                return value;
            }
            if (value instanceof Document document) {
                return document.cloneDeeply();
            }
            WriteBuffer buffer = new WriteBuffer();
            type.write(buffer, value);
            ByteBuffer bytes = buffer.getBuffer();
            bytes.flip();
            return type.read(bytes);
        } catch (RuntimeException e) {
            if (strict) {
                throw e;
            }
            return null;
        }
    }

    @Override
    public void close() {
        snapshot.release();
    }

    /** A map and its root at the moment of the snapshot. */
    private record Root(MVMap<Object, Object> map, RootReference<Object, Object> root) {
        Page<Object, Object> page() {
            return root.root;
        }
    }

    /** The pages of a tree: the same object, or the same place in the file (a page read again is another object). */
    private record Pages(Set<Page<?, ?>> objects, Set<Long> positions) {
        static final Pages NONE = new Pages(Set.of(), Set.of());

        static Pages of(Page<Object, Object> root) {
            Pages pages = new Pages(Collections.newSetFromMap(new IdentityHashMap<>()), new HashSet<>());
            pages.add(root);
            return pages;
        }

        private void add(Page<Object, Object> page) {
            objects.add(page);
            if (page.getPos() != 0) {
                positions.add(page.getPos());
            }
            if (!page.isLeaf()) {
                for (int i = 0; i < page.getRawChildPageCount(); i++) {
                    add(page.getChildPage(i));
                }
            }
        }

        boolean contains(Page<?, ?> page) {
            return objects.contains(page) || page.getPos() != 0 && positions.contains(page.getPos());
        }
    }

    /**
     * The roots of all maps at one moment, registered with the store as a version in use, so that H2 does not give the
     * space of the pages they reach to new writes while they are read.
     */
    private static final class Snapshot {
        private final MVStore store;
        private final MVStore.TxCounter inUse;
        private final Map<String, Root> roots = new LinkedHashMap<>();
        private boolean released;

        private Snapshot(MVStore store) {
            this.store = store;
            this.inUse = store.registerVersionUsage();
        }

        static Snapshot of(MVStore store) {
            Snapshot snapshot = new Snapshot(store);
            for (String name : store.getMapNames()) {
                MVMap<Object, Object> map = StoredMaps.open(store, name);
                snapshot.roots.put(name, new Root(map, map.flushAndGetRoot()));
            }
            return snapshot;
        }

        void release() {
            if (!released) {
                released = true;
                store.deregisterVersionUsage(inUse);
            }
        }
    }
}
