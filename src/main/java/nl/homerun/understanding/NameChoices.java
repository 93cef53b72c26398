package nl.homerun.understanding;

import java.util.List;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

import nl.homerun.users.DerivedId;
import nl.homerun.users.OwnedCollection;
import nl.homerun.users.PersonalData;

/**
 * The {@code name_choices} collection: whom a user meant by a first name that fits several of their contacts ("jos":
 * Jozef Peeters, not Johannes Bakker), and how many times in a row they chose that one. Chosen {@link #SETTLED_AFTER}
 * times in a row, the name is read as that contact's in later notes; choosing another starts the count again.
 */
@Repository
class NameChoices implements PersonalData {

    /** How many times in a row the same contact must be chosen for a name before a note is linked without asking. */
    static final int SETTLED_AFTER = 2;

    private final MongoCollection<Document> choices;

    NameChoices(MongoDatabase database) {
        this.choices = database.getCollection("name_choices");
        OwnedCollection.indexByIdAndOwner(choices);
        choices.createIndex(Indexes.ascending("owner", "contactId"));
    }

    /** The user chose this contact for the name (folded). */
    void chose(long owner, String name, String contactId) {
        Bson mine = OwnedCollection.byIdAndOwner(idOf(owner, name), owner);
        Document before = choices.find(mine).first();
        int times = before != null && contactId.equals(before.getString("contactId")) ? before.getInteger("times", 0) + 1 : 1;
        choices.replaceOne(mine, new Document("_id", idOf(owner, name)).append("owner", owner).append("name", name)
                .append("contactId", contactId).append("times", times), new ReplaceOptions().upsert(true));
    }

    /** The contact the user means by the name (folded), once they have chosen it often enough. */
    Optional<String> settled(long owner, String name) {
        Document choice = choices.find(OwnedCollection.byIdAndOwner(idOf(owner, name), owner)).first();
        return choice != null && choice.getInteger("times", 0) >= SETTLED_AFTER
                ? Optional.of(choice.getString("contactId")) : Optional.empty();
    }

    /** The name (folded) is not settled as this contact's any more. */
    void forget(long owner, String name, String contactId) {
        choices.deleteOne(new Document("_id", idOf(owner, name)).append("owner", owner).append("contactId", contactId));
    }

    /** A contact that is gone is chosen for no name. */
    void forget(long owner, String contactId) {
        choices.deleteMany(Filters.and(Filters.eq("owner", owner), Filters.eq("contactId", contactId)));
    }

    private static Object idOf(long owner, String name) {
        return DerivedId.of("name-choice:" + owner + ":" + name);
    }

    @Override
    public List<OwnedCollection> collectionsOfUsers() {
        return List.of(new OwnedCollection(choices, "owner"));
    }
}
