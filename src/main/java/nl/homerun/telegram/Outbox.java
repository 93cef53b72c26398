package nl.homerun.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.ObjectId;

import nl.homerun.users.DerivedId;
import nl.homerun.users.OwnedCollection;
import nl.homerun.users.PersonalData;
import nl.homerun.coach.Attachment;
import nl.homerun.coach.Button;
import nl.homerun.coach.Reply;

/**
 * The {@code telegram_outbox} collection: every message is written here before it is sent and removed once
 * Telegram has it, so a crash or a Telegram outage loses nothing. Each process leases the messages it sends under
 * its instance identity; a message whose lease ran out (its process died) is adopted by another process, and a
 * process that starts under the identity of one that was killed takes that one's messages over at once.
 */
class Outbox implements PersonalData {

    static final Duration LEASE = Duration.ofMinutes(5);
    /**
     * The order messages were stored in, across processes: ids derived from a key are not ordered, so a restart that
     * adopts messages sorted by id would send a chat's answers out of order.
     */
    private static final java.util.concurrent.atomic.AtomicLong SEQUENCE = new java.util.concurrent.atomic.AtomicLong();

    private final MongoCollection<Document> messages;
    private final Clock clock;
    private final String owner;
    private final OwnedCollection owned;

    /** {@code instance}: this process's identity, the same after a restart; null for one of its own. */
    Outbox(MongoDatabase database, Clock clock, String instance) {
        this.messages = database.getCollection("telegram_outbox");
        this.clock = clock;
        this.owner = instance == null || instance.isBlank() ? UUID.randomUUID().toString() : instance;
        messages.createIndex(Indexes.ascending("status", "leaseUntil"));
        this.owned = new OwnedCollection(messages, "chatId");
    }

    /** A stored message on its way. */
    record Pending(ObjectId id, long chatId, OutgoingMessage message, int attempts, Instant createdAt) {
    }

    List<Pending> add(long chatId, List<OutgoingMessage> outgoing) {
        return add(chatId, outgoing, null);
    }

    /**
     * Stores messages; with a key, their ids are derived from it, so adding the same key again stores nothing
     * (the unique id refuses it) and returns no messages to send.
     */
    List<Pending> add(long chatId, List<OutgoingMessage> outgoing, String key) {
        Instant now = clock.instant();
        List<Document> documents = new ArrayList<>();
        List<Pending> pending = new ArrayList<>();
        for (int i = 0; i < outgoing.size(); i++) {
            OutgoingMessage message = outgoing.get(i);
            ObjectId id = key == null ? new ObjectId() : idFor(key, i);
            documents.add(toDocument(id, chatId, message, now));
            pending.add(new Pending(id, chatId, message, 0, now));
        }
        if (documents.isEmpty()) {
            return pending;
        }
        try {
            messages.insertMany(documents);
        } catch (com.mongodb.MongoBulkWriteException e) {
            if (key != null && e.getWriteErrors().stream().allMatch(w -> w.getCategory() == com.mongodb.ErrorCategory.DUPLICATE_KEY)) {
                return List.of();
            }
            throw e;
        }
        return pending;
    }

    static ObjectId idFor(String key, int index) {
        return DerivedId.of(key + "#" + index);
    }

    /**
     * Marks a message delivered and drops its content. Its id stays two days, so that a message sent with a key is not
     * stored again by a retry after a crash ({@link #add(long, List, String)}); {@link #forgetSent} removes it after.
     */
    void sent(ObjectId id) {
        messages.updateOne(Filters.eq("_id", id), Updates.combine(Updates.set("status", "sent"),
                Updates.unset("text"), Updates.unset("buttons"), Updates.unset("file"), Updates.unset("chatId"), Updates.unset("edit"),
                Updates.set("sentAt", Date.from(clock.instant()))));
    }

    void forgetSent() {
        messages.deleteMany(Filters.and(Filters.eq("status", "sent"),
                Filters.lt("sentAt", Date.from(clock.instant().minus(Duration.ofDays(2))))));
    }

    void attempted(ObjectId id, int attempts) {
        messages.updateOne(Filters.eq("_id", id), Updates.set("attempts", attempts));
    }

    /** Kept, not deleted, so an operator can see what did not arrive and why. */
    void failed(ObjectId id, String reason) {
        messages.updateOne(Filters.eq("_id", id),
                Updates.combine(Updates.set("status", "failed"), Updates.set("reason", reason)));
    }

    /** Keeps this process's messages leased while it is alive. */
    void renewLeases() {
        messages.updateMany(Filters.and(Filters.eq("owner", owner), Filters.eq("status", "pending")),
                Updates.set("leaseUntil", Date.from(clock.instant().plus(LEASE))));
    }

    /**
     * Hands this identity's unsent messages over: at a clean stop, so the next start sends them at once; and at the
     * start, where what a killed process of the same identity had leased is then adopted at once, not after its lease.
     */
    void releaseLeases() {
        messages.updateMany(Filters.and(Filters.eq("owner", owner), Filters.eq("status", "pending")),
                Updates.set("leaseUntil", Date.from(clock.instant())));
    }

    /** Takes over, one at a time and in the order they were stored, the pending messages whose sender is gone. */
    List<Pending> adoptOrphans() {
        List<Pending> adopted = new ArrayList<>();
        Document next;
        while ((next = messages.findOneAndUpdate(
                Filters.and(Filters.eq("status", "pending"), Filters.lte("leaseUntil", Date.from(clock.instant()))),
                Updates.combine(Updates.set("owner", owner),
                        Updates.set("leaseUntil", Date.from(clock.instant().plus(LEASE)))),
                new FindOneAndUpdateOptions().sort(Sorts.ascending("seq", "_id")).returnDocument(ReturnDocument.AFTER))) != null) {
            adopted.add(toPending(next));
        }
        return adopted;
    }

    private Document toDocument(ObjectId id, long chatId, OutgoingMessage message, Instant now) {
        Document d = new Document("_id", id).append("chatId", chatId).append("status", "pending")
                .append("owner", owner).append("leaseUntil", Date.from(now.plus(LEASE)))
                .append("attempts", 0).append("createdAt", Date.from(now)).append("seq", nextSequence(now))
                .append("text", message.text())
                .append("buttons", message.buttons().stream()
                        .map(row -> row.stream().map(b -> new Document("label", b.label()).append("action", b.action())).toList())
                        .toList());
        if (message.edit() != null) {
            Reply.Edit edit = message.edit();
            d.append("edit", new Document("ref", edit.messageRef()).append("buttonsOnly", edit.buttonsOnly())
                    .append("orNew", edit.orNew()));
        }
        if (message.attachment() != null) {
            Attachment a = message.attachment();
            d.append("file", new Document("name", a.fileName()).append("mediaType", a.mediaType())
                    .append("content", new Binary(a.content())));
        }
        return d;
    }

    /** Rises within a process and, since it starts from the clock (a thousand per millisecond), across restarts. */
    private static long nextSequence(Instant now) {
        long floor = now.toEpochMilli() * 1000;
        return SEQUENCE.updateAndGet(last -> Math.max(last + 1, floor));
    }

    @SuppressWarnings("unchecked")
    private static Pending toPending(Document d) {
        List<List<Button>> buttons = ((List<List<Document>>) d.get("buttons")).stream()
                .map(row -> row.stream().map(b -> new Button(b.getString("label"), b.getString("action"))).toList())
                .toList();
        Document file = d.get("file", Document.class);
        Attachment attachment = file == null ? null : new Attachment(file.getString("name"),
                file.getString("mediaType"), file.get("content", Binary.class).getData());
        Document stored = d.get("edit", Document.class);
        Reply.Edit edit = stored == null ? null : new Reply.Edit(stored.getString("ref"), stored.getBoolean("buttonsOnly", false),
                stored.getBoolean("orNew", false));
        return new Pending(d.getObjectId("_id"), ((Number) d.get("chatId")).longValue(),
                new OutgoingMessage(d.getString("text"), buttons, attachment, edit), d.getInteger("attempts", 0),
                d.getDate("createdAt").toInstant());
    }

    @Override
    public List<OwnedCollection> collectionsOfUsers() {
        return List.of(owned);
    }
}
