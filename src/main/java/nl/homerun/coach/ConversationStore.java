package nl.homerun.coach;

import java.util.List;
import nl.homerun.users.OwnedCollection;
import nl.homerun.users.PersonalData;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

/**
 * The {@code conversations} collection: at most one active conversation per user, keyed by user id. Every change
 * is a compare-and-set on {@code version}, and it is written before the next question goes out, so a restart
 * resumes at the same step and a double tap changes it once.
 */
@Repository
public class ConversationStore implements PersonalData {

    private final MongoCollection<Document> conversations;
    private final Clock clock;

    private final OwnedCollection owned;

    ConversationStore(MongoDatabase database, Clock clock) {
        this.conversations = database.getCollection("conversations");
        this.owned = new OwnedCollection(conversations, "_id");
        this.clock = clock;
    }

    public Optional<Conversation> active(long userId) {
        return Optional.ofNullable(conversations.find(Filters.eq("_id", userId)).first())
                .map(ConversationStore::toConversation);
    }

    /** Starts a conversation, replacing whatever conversation the user was in. */
    public Conversation start(long userId, String feature, String step, Map<String, Object> state) {
        Date now = Date.from(clock.instant());
        Document saved = conversations.findOneAndUpdate(Filters.eq("_id", userId),
                Updates.combine(Updates.set("feature", feature), Updates.set("step", step),
                        Updates.set("state", new Document(state)), Updates.set("startedAt", now),
                        Updates.set("updatedAt", now), Updates.inc("version", 1L)),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        return toConversation(saved);
    }

    /**
     * Moves the conversation on, if nobody else moved it since {@code current} was read.
     *
     * @return the new state, or empty when another update got there first
     */
    public Optional<Conversation> advance(Conversation current, String step, Map<String, Object> state) {
        Document saved = conversations.findOneAndUpdate(sameVersion(current),
                Updates.combine(Updates.set("step", step), Updates.set("state", new Document(state)),
                        Updates.set("updatedAt", Date.from(clock.instant())), Updates.inc("version", 1L)),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
        return Optional.ofNullable(saved).map(ConversationStore::toConversation);
    }

    /** Ends the conversation, if it is still the one that was read; false when it had moved on. */
    public boolean end(Conversation current) {
        return conversations.deleteOne(sameVersion(current)).getDeletedCount() == 1;
    }

    Instant now() {
        return clock.instant();
    }

    private static Bson sameVersion(Conversation c) {
        return Filters.and(Filters.eq("_id", c.userId()), Filters.eq("version", c.version()));
    }

    private static Conversation toConversation(Document d) {
        Document state = d.get("state", Document.class);
        return new Conversation(((Number) d.get("_id")).longValue(), d.getString("feature"), d.getString("step"),
                state == null ? Map.of() : state, ((Number) d.get("version")).longValue(),
                d.getDate("startedAt").toInstant(), d.getDate("updatedAt").toInstant());
    }

    @Override
    public List<OwnedCollection> collectionsOfUsers() {
        return List.of(owned);
    }
}
