package nl.homerun.coach;

import java.util.List;
import nl.homerun.users.OwnedCollection;
import nl.homerun.users.PersonalData;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Optional;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

/**
 * The {@code conversations} collection: at most one active conversation per user, keyed by user id. Every change
 * is a compare-and-set on {@code version}, and it is written before the next question goes out, so a restart
 * resumes at the same step and a double tap changes it once. An ended conversation keeps its document, emptied, so
 * that the next one goes on counting from its version: a button of an earlier run (which names its version) never
 * fits a later run. A user's first conversation starts counting at the clock's milliseconds, so even after
 * {@code /wissen} removed the document an old button does not fit.
 */
@Repository
public class ConversationStore implements PersonalData {

    private static final String ENDED = "ended";
    private static final String LAST_MESSAGE = "lastMessage";

    private final MongoCollection<Document> conversations;
    private final Clock clock;

    private final OwnedCollection owned;

    ConversationStore(MongoDatabase database, Clock clock) {
        this.conversations = database.getCollection("conversations");
        this.owned = new OwnedCollection(conversations, "_id");
        conversations.createIndex(Indexes.ascending("_id", "version"), new IndexOptions().unique(true));
        this.clock = clock;
    }

    public Optional<Conversation> active(long userId) {
        return read(userId).active();
    }

    /** The user's conversation, if one is on, and the chat message that last changed it, ended or not. */
    record Read(Optional<Conversation> active, String lastMessage) {

        /** Whether this chat message was answered by the conversation before: handled again after a crash. */
        boolean took(String message) {
            return message != null && message.equals(lastMessage);
        }
    }

    Read read(long userId) {
        // by its id alone, which the embedded server finds through its index; an ended one is no conversation
        Document d = conversations.find(Filters.eq("_id", userId)).first();
        if (d == null) {
            return new Read(Optional.empty(), null);
        }
        return new Read(d.getBoolean(ENDED, false) ? Optional.empty() : Optional.of(toConversation(d)),
                d.getString(LAST_MESSAGE));
    }

    /** Starts a conversation, replacing whatever conversation the user was in. */
    public Conversation start(long userId, String feature, String step, Map<String, Object> state) {
        Date now = Date.from(clock.instant());
        for (int attempt = 0; ; attempt++) {
            Document saved = conversations.findOneAndUpdate(Filters.eq("_id", userId),
                    Updates.combine(Updates.set("feature", feature), Updates.set("step", step),
                            Updates.set("state", new Document(state)), Updates.set("startedAt", now),
                            Updates.set("updatedAt", now), Updates.unset(ENDED), Updates.inc("version", 1L)),
                    new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
            if (saved != null) {
                return toConversation(saved);
            }
            Document first = new Document("_id", userId).append("feature", feature).append("step", step)
                    .append("state", new Document(state)).append("startedAt", now).append("updatedAt", now)
                    .append("version", clock.millis());
            try {
                conversations.insertOne(first);
                return toConversation(first);
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY || attempt > 0) {
                    throw e;
                } // another update started one first: go on from its version
            }
        }
    }

    /**
     * Moves the conversation on, if nobody else moved it since {@code current} was read.
     *
     * @return the new state, or empty when another update got there first
     */
    public Optional<Conversation> advance(Conversation current, String step, Map<String, Object> state) {
        Document saved = conversations.findOneAndUpdate(sameVersion(current),
                Updates.combine(Updates.set("step", step), Updates.set("state", new Document(state)),
                        Updates.set("updatedAt", Date.from(clock.instant())), Updates.inc("version", 1L),
                        Updates.set(LAST_MESSAGE, current.message())),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
        return Optional.ofNullable(saved).map(ConversationStore::toConversation);
    }

    /** Ends the conversation, if it is still the one that was read; false when it had moved on. */
    public boolean end(Conversation current) {
        return conversations.updateOne(sameVersion(current), Updates.combine(Updates.set(ENDED, true),
                Updates.unset("feature"), Updates.unset("step"), Updates.set("state", new Document()),
                Updates.set("updatedAt", Date.from(clock.instant())), Updates.inc("version", 1L),
                Updates.set(LAST_MESSAGE, current.message()))).getModifiedCount() == 1;
    }

    Instant now() {
        return clock.instant();
    }

    /**
     * The conversation as it was read: every change, ending included, takes the version on, so the id and the
     * version alone tell; as one document, found through the index on exactly these keys.
     */
    private static Bson sameVersion(Conversation c) {
        return new Document("_id", c.userId()).append("version", c.version());
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
