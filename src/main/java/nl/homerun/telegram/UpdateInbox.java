package nl.homerun.telegram;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import org.bson.Document;

/**
 * The {@code telegram_updates} collection: one document per update, keyed by {@code update_id}. Inserting it is
 * the claim: a redelivered update (after a crash, or from a second poller) fails the unique key and is ignored;
 * ids may jump, so no high-water mark is used. The update itself is kept only until it has been answered, so a
 * crash in between answers it at the next start.
 */
class UpdateInbox {

    private final MongoCollection<Document> updates;
    private final Clock clock;

    UpdateInbox(MongoDatabase database, Clock clock) {
        this.updates = database.getCollection("telegram_updates");
        this.clock = clock;
        updates.createIndex(Indexes.ascending("status"));
        // Telegram keeps an update for 24 hours at most; on a real MongoDB the answered ones expire after a week.
        updates.createIndex(Indexes.ascending("answeredAt"), new IndexOptions().expireAfter(7L, java.util.concurrent.TimeUnit.DAYS));
    }

    /** A received update not yet answered. */
    record Received(int updateId, long chatId, String json) {
    }

    /** True when this update is new here and is now ours to answer. */
    boolean claim(Received update) {
        try {
            updates.insertOne(new Document("_id", update.updateId()).append("chatId", update.chatId())
                    .append("status", "received").append("update", update.json())
                    .append("receivedAt", Date.from(clock.instant())));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    /** Marks the update answered and drops its content; the id stays to recognise a redelivery. */
    void answered(int updateId) {
        updates.updateOne(Filters.eq("_id", updateId), Updates.combine(Updates.set("status", "answered"),
                Updates.unset("update"), Updates.set("answeredAt", Date.from(clock.instant()))));
    }

    /** The updates claimed but not answered, in the order Telegram sent them: left by a crash or a hard stop. */
    List<Received> unanswered() {
        List<Received> left = new ArrayList<>();
        for (Document d : updates.find(Filters.eq("status", "received")).sort(Sorts.ascending("_id"))) {
            left.add(new Received(d.getInteger("_id"), ((Number) d.get("chatId")).longValue(), d.getString("update")));
        }
        return left;
    }
}
