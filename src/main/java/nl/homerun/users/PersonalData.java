package nl.homerun.users;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;

/**
 * What a module keeps of a user, for {@code /export} and {@code /wissen}: every module with a collection that holds
 * something of a user implements this, so nothing is forgotten when a user takes or erases their data.
 */
public interface PersonalData {

    /** The module's collections that hold something of a user, each with the field that names the user. */
    List<OwnedCollection> collectionsOfUsers();

    /** Everything of this user, by collection name. */
    default Map<String, List<Document>> export(long userId) {
        Map<String, List<Document>> all = new LinkedHashMap<>();
        collectionsOfUsers().forEach(c -> all.put(c.name(), c.find(userId)));
        return all;
    }

    /** Removes everything of this user. */
    default void erase(long userId) {
        collectionsOfUsers().forEach(c -> c.delete(userId));
    }
}
