package nl.homerun.telegram;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import org.bson.Document;

import nl.homerun.storage.DurableWrites;
import nl.homerun.users.OwnedCollection;
import nl.homerun.users.PersonalData;

/**
 * The {@code telegram_updates} collection: one document per update, keyed by {@code update_id}. Inserting it is
 * the claim: a redelivered update (after a crash, or from a second poller) fails the unique key and is ignored;
 * ids may jump, so no high-water mark is used. The update itself is kept only until it has been answered, so a
 * crash in between answers it at the next start.
 */
class UpdateInbox implements PersonalData {

    private final MongoCollection<Document> updates;
    private final DurableWrites durable;
    private final Clock clock;
    private final OwnedCollection owned;

    UpdateInbox(MongoDatabase database, DurableWrites durable, Clock clock) {
        this.updates = database.getCollection("telegram_updates");
        this.durable = durable;
        this.clock = clock;
        updates.createIndex(Indexes.ascending("status"));
        // Telegram keeps an update for 24 hours at most; on a real MongoDB the answered ones expire after a week.
        updates.createIndex(Indexes.ascending("answeredAt"), new IndexOptions().expireAfter(7L, java.util.concurrent.TimeUnit.DAYS));
        this.owned = new OwnedCollection(updates, "chatId");
    }

    /** A received update not yet answered. */
    record Received(int updateId, long chatId, String json) {
    }

    /**
     * Claims a batch in one round trip, durably: once this returns, the poller may confirm the batch to Telegram. The
     * result tells, position by position, which updates are now ours to answer; one delivered before (earlier, or
     * twice in this batch) fails the unique key and is not. {@code batchId} names this batch: claimed again after a
     * failure (the data could not be written), an update the failed try did store is still this batch's.
     */
    boolean[] claim(List<Received> batch, String batchId) {
        boolean[] claimed = new boolean[batch.size()];
        java.util.Arrays.fill(claimed, true);
        if (batch.isEmpty()) {
            return claimed;
        }
        Date now = Date.from(clock.instant());
        List<Document> documents = batch.stream().map(u -> new Document("_id", u.updateId()).append("chatId", u.chatId())
                .append("status", "received").append("update", u.json()).append("receivedAt", now)
                .append("batch", batchId)).toList();
        try {
            updates.insertMany(documents, new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            List<Integer> delivered = new ArrayList<>();
            for (BulkWriteError error : e.getWriteErrors()) {
                if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                claimed[error.getIndex()] = false;
                delivered.add(batch.get(error.getIndex()).updateId());
            }
            java.util.Set<Integer> ours = new java.util.HashSet<>();
            updates.find(Filters.and(Filters.in("_id", delivered), Filters.eq("batch", batchId)))
                    .projection(new Document("_id", 1)).forEach(d -> ours.add(d.getInteger("_id")));
            for (int i = 0; i < batch.size(); i++) {
                claimed[i] |= ours.contains(batch.get(i).updateId());
            }
        }
        durable.flush();
        return claimed;
    }

    /** Whether the update was claimed and is not answered yet. */
    boolean isUnanswered(int updateId) {
        return updates.countDocuments(Filters.and(Filters.eq("_id", updateId), Filters.eq("status", "received"))) > 0;
    }

    /**
     * Forgets answered updates older than Telegram could deliver again. A TTL index does this on MongoDB; the
     * embedded server ignores TTL indexes, so this runs on both.
     */
    long forgetAnsweredBefore(java.time.Instant cutoff) {
        return updates.deleteMany(Filters.and(Filters.eq("status", "answered"), Filters.lt("answeredAt", Date.from(cutoff))))
                .getDeletedCount();
    }

    /** Marks the update answered and drops its content and chat; only the id stays, to recognise a redelivery. */
    void answered(int updateId) {
        updates.updateOne(Filters.eq("_id", updateId), Updates.combine(Updates.set("status", "answered"),
                Updates.unset("update"), Updates.unset("chatId"), Updates.unset("batch"), Updates.set("answeredAt", Date.from(clock.instant()))));
    }

    /** The updates claimed but not answered, in the order Telegram sent them: left by a crash or a hard stop. */
    List<Received> unanswered() {
        List<Received> left = new ArrayList<>();
        for (Document d : updates.find(Filters.eq("status", "received")).sort(Sorts.ascending("_id"))) {
            left.add(new Received(d.getInteger("_id"), ((Number) d.get("chatId")).longValue(), d.getString("update")));
        }
        return left;
    }

    @Override
    public List<OwnedCollection> collectionsOfUsers() {
        return List.of(owned);
    }
}
