package nl.homerun.users;

import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.bson.Document;

/** A collection whose documents belong to a user through one field (the id, "owner" or "chatId"). */
public record OwnedCollection(MongoCollection<Document> collection, String ownerField) {

    public List<Document> find(long userId) {
        return collection.find(Filters.eq(ownerField, userId)).into(new ArrayList<>());
    }

    public void delete(long userId) {
        collection.deleteMany(Filters.eq(ownerField, userId));
    }

    public String name() {
        return collection.getNamespace().getCollectionName();
    }
}
