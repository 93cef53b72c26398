package nl.homerun.users;

import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.bson.Document;
import org.bson.conversions.Bson;

/** A collection whose documents belong to a user through one field (the id, "owner" or "chatId"). */
public record OwnedCollection(MongoCollection<Document> collection, String ownerField) {

    public List<Document> find(long userId) {
        return collection.find(Filters.eq(ownerField, userId)).into(new ArrayList<>());
    }

    public void delete(long userId) {
        collection.deleteMany(Filters.eq(ownerField, userId));
    }

    /**
     * The filter for one document of a user: its id and its {@code owner}, as one document. With
     * {@link #indexByIdAndOwner} the embedded server finds it through that index; it uses an index only for a filter
     * on exactly that index's keys, so {@code and(eq(_id), eq(owner))} would read the whole collection. MongoDB
     * finds it by {@code _id} either way.
     */
    public static Bson byIdAndOwner(Object id, long owner) {
        return new Document("_id", id).append("owner", owner);
    }

    /** The index {@link #byIdAndOwner} is found by: unique, as its {@code _id} is. */
    public static void indexByIdAndOwner(MongoCollection<Document> collection) {
        collection.createIndex(Indexes.ascending("_id", "owner"), new IndexOptions().unique(true));
    }

    public String name() {
        return collection.getNamespace().getCollectionName();
    }
}
