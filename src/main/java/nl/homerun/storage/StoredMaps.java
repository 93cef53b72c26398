package nl.homerun.storage;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * Which of H2's maps hold the embedded server's documents and index keys, kept as {@link StoredValueType}, and which
 * file keeps them so. H2 does not note in its file how a map's entries are written: the code that opens a map says so,
 * and the same map must always be opened the same way. mongo-java-server opens its maps without saying, so they are
 * opened here first, by name ({@link TypedDatabase} for those made later); H2 then hands out the map already open.
 *
 * <p>A file written before is recognised by the absence of {@link #FORMAT}, and is copied into one written this way
 * ({@link #copy}) before it is used.
 */
final class StoredMaps {

    /** The map that tells how the file keeps its documents; in files written before, absent. */
    static final String FORMAT = "homerun.format";
    private static final String VALUES = "values";
    private static final int TYPED = 1;

    private static final String DATA_PREFIX = "databases.";
    private static final String META_PREFIX = "meta.";
    private static final String INDEX_INFIX = "._index_";

    private StoredMaps() {
    }

    /** Whether the map of this name holds documents and their ids (a collection) or keys and ids (an index). */
    static boolean isTyped(String name) {
        return name.startsWith(DATA_PREFIX) || !name.startsWith(META_PREFIX) && name.contains(INDEX_INFIX);
    }

    /** The map of this name, opened as it keeps its entries. */
    static MVMap<Object, Object> open(MVStore store, String name) {
        if (!isTyped(name)) {
            return store.openMap(name);
        }
        MVMap<Object, Object> map = store.openMap(name, new MVMap.Builder<Object, Object>()
                .keyType(StoredValueType.INSTANCE)
                .valueType(StoredValueType.INSTANCE));
        if (map.getKeyType() != StoredValueType.INSTANCE || map.getValueType() != StoredValueType.INSTANCE) {
            throw new IllegalStateException("the map " + name + " was opened before, without its types");
        }
        return map;
    }

    /** Whether the store keeps its documents the way written before, as serialised Java objects. */
    static boolean isSerialised(MVStore store) {
        return !store.hasMap(FORMAT) && store.getMapNames().stream().anyMatch(StoredMaps::isTyped);
    }

    /**
     * Opens the maps of a store written this way (or empty), each as it keeps its entries, and marks an empty one.
     * Refuses a file written before: it must be copied first.
     */
    static MVStore prepare(MVStore store) {
        if (isSerialised(store)) {
            throw new IllegalStateException("the data file keeps its documents as written before; copy it first");
        }
        for (String name : store.getMapNames()) {
            if (isTyped(name)) {
                open(store, name);
            }
        }
        mark(store);
        return store;
    }

    private static void mark(MVStore store) {
        MVMap<String, Integer> format = store.openMap(FORMAT);
        if (!Integer.valueOf(TYPED).equals(format.get(VALUES))) {
            format.put(VALUES, TYPED);
        }
    }

    /**
     * Copies every map of a file written before into {@code target}, entry by entry, read as they were written and
     * written this way, and marks the target. Two entries of a map that became one would lose one; that cannot be, as
     * {@link StoredValueType} tells keys apart exactly as before, and it is checked anyway.
     */
    static void copy(MVStore source, MVStore target) {
        int puts = 0;
        for (String name : source.getMapNames()) {
            MVMap<Object, Object> from = source.openMap(name);
            MVMap<Object, Object> to = open(target, name);
            for (var cursor = from.cursor(null); cursor.hasNext(); ) {
                Object key = cursor.next();
                if (to.put(key, cursor.getValue()) != null) {
                    throw new IllegalStateException("two keys of " + name + " are one when kept as typed values");
                }
                if (++puts % 5_000 == 0) {
                    target.commit(); // so that a large file is not held in memory as one commit
                }
            }
        }
        mark(target);
    }
}
