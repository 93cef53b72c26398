package nl.homerun.privacy;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.springframework.stereotype.Repository;

import nl.homerun.users.OwnedCollection;
import nl.homerun.users.PersonalData;

/**
 * The {@code erase_requests} collection: the one open "erase everything?" of a user, with a random code its button
 * carries. A press erases only with the code of the question last asked, within its time, and only once, so a
 * forged or an old button cannot erase.
 */
@Repository
class EraseRequests implements PersonalData {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final MongoCollection<Document> requests;
    private final Clock clock;

    EraseRequests(MongoDatabase database, Clock clock) {
        this.requests = database.getCollection("erase_requests");
        this.clock = clock;
    }

    /** A new question, replacing any earlier one; returns the code its button carries. */
    String ask(long userId) {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        String code = HexFormat.of().formatHex(bytes);
        requests.replaceOne(Filters.eq("_id", userId), new Document("_id", userId).append("code", code)
                .append("askedAt", Date.from(clock.instant())), new ReplaceOptions().upsert(true));
        return code;
    }

    /** Whether {@code code} answers the question last asked, no longer ago than {@code within}; it is used up. */
    boolean confirm(long userId, String code, Duration within) {
        return requests.findOneAndDelete(Filters.and(Filters.eq("_id", userId), Filters.eq("code", code),
                Filters.gte("askedAt", Date.from(clock.instant().minus(within))))) != null;
    }

    /** The question is answered with "keep": its button no longer erases. */
    void withdraw(long userId) {
        requests.deleteOne(Filters.eq("_id", userId));
    }

    @Override
    public List<OwnedCollection> collectionsOfUsers() {
        return List.of(new OwnedCollection(requests, "_id"));
    }
}
