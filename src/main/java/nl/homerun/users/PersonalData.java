package nl.homerun.users;

import java.util.List;
import java.util.Map;

import org.bson.Document;

/**
 * What a module keeps of a user, for {@code /export} and {@code /wissen}: every module with a collection that holds
 * something of a user implements this, so nothing is forgotten when a user takes or erases their data.
 */
public interface PersonalData {

    /** Everything of this user, by collection name. */
    Map<String, List<Document>> export(long userId);

    /** Removes everything of this user. */
    void erase(long userId);
}
