package nl.homerun.storage;

import java.util.List;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's H2 database, with the map of every collection and index it makes opened first as
 * {@link StoredMaps} keeps it: mongo-java-server then finds the map open and uses it as it is.
 *
 * <p>H2's database opens its first collections in its constructor, before a field of this class is set; the store is
 * handed to those calls through {@link #CONSTRUCTING}, on the thread that constructs it.
 */
final class TypedDatabase extends H2Database {

    private static final ThreadLocal<MVStore> CONSTRUCTING = new ThreadLocal<>();

    private final MVStore mvStore;

    private TypedDatabase(String databaseName, MVStore mvStore, CursorRegistry cursorRegistry) {
        super(databaseName, mvStore, cursorRegistry);
        this.mvStore = mvStore;
    }

    static TypedDatabase open(String databaseName, MVStore mvStore, CursorRegistry cursorRegistry) {
        MVStore outer = CONSTRUCTING.get();
        CONSTRUCTING.set(mvStore);
        try {
            return new TypedDatabase(databaseName, mvStore, cursorRegistry);
        } finally {
            if (outer == null) {
                CONSTRUCTING.remove();
            } else {
                CONSTRUCTING.set(outer);
            }
        }
    }

    private MVStore store() {
        return mvStore != null ? mvStore : CONSTRUCTING.get();
    }

    @Override
    protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
        StoredMaps.open(store(), "databases." + getFullCollectionNamespace(collectionName));
        return super.openOrCreateCollection(collectionName, options);
    }

    @Override
    protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
            boolean sparse) {
        StoredMaps.open(store(), getFullCollectionNamespace(collectionName) + "._index_" + indexName);
        return super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse);
    }
}
