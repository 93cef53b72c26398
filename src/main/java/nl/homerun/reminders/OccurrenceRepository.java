package nl.homerun.reminders;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.springframework.stereotype.Repository;

import nl.homerun.users.OwnedCollection;
import nl.homerun.users.PersonalData;

/**
 * The {@code reminders} collection: one document per occurrence. Claiming is one find-and-modify, from pending (or
 * from a claim whose lease ran out) to claimed, so two instances never both take it and a crash mid-send retries it.
 */
@Repository
class OccurrenceRepository implements PersonalData {

    private final MongoCollection<Document> reminders;
    private final OwnedCollection owned;
    private final Clock clock;
    private final String instance = UUID.randomUUID().toString();

    OccurrenceRepository(MongoDatabase database, Clock clock) {
        this.reminders = database.getCollection("reminders");
        this.owned = new OwnedCollection(reminders, "owner");
        this.clock = clock;
        reminders.createIndex(Indexes.ascending("status", "dueAt"));
    }

    /** Stores the occurrence unless it is there already (sent or not). */
    void plan(Occurrence o) {
        reminders.updateOne(Filters.eq("_id", o.id()), Updates.combine(Updates.setOnInsert("owner", o.owner()),
                Updates.setOnInsert("kind", o.kind().name()), Updates.setOnInsert("subject", o.subject()),
                Updates.setOnInsert("dueAt", Date.from(o.dueAt())), Updates.setOnInsert("status", "pending")),
                new UpdateOptions().upsert(true));
    }

    /** Takes the earliest due occurrence, if any, for {@code lease}. */
    Optional<Occurrence> claimDue(Duration lease) {
        Date now = Date.from(clock.instant());
        Document claimed = reminders.findOneAndUpdate(
                Filters.and(Filters.lte("dueAt", now), Filters.or(Filters.eq("status", "pending"),
                        Filters.and(Filters.eq("status", "claimed"), Filters.lt("leaseUntil", now)))),
                Updates.combine(Updates.set("status", "claimed"), Updates.set("claimedBy", instance),
                        Updates.set("leaseUntil", Date.from(clock.instant().plus(lease)))),
                new FindOneAndUpdateOptions().sort(Sorts.ascending("dueAt")).returnDocument(ReturnDocument.AFTER));
        return Optional.ofNullable(claimed).map(d -> new Occurrence(d.getString("_id"), ((Number) d.get("owner")).longValue(),
                Occurrence.Kind.valueOf(d.getString("kind")), d.getString("subject"), d.getDate("dueAt").toInstant()));
    }

    void sent(Occurrence o, boolean late) {
        reminders.updateOne(Filters.and(Filters.eq("_id", o.id()), Filters.eq("claimedBy", instance)),
                Updates.combine(Updates.set("status", "sent"), Updates.set("late", late),
                        Updates.set("sentAt", Date.from(clock.instant()))));
    }

    /** Drops the user's occurrences not yet sent, to plan them again (after their reminder time changed). */
    void cancelPending(long owner) {
        reminders.deleteMany(Filters.and(Filters.eq("owner", owner), Filters.eq("status", "pending")));
    }

    /** Forgets what was sent a week ago: kept that long to recognise it, then it only costs scans. */
    void forgetSentBefore(java.time.Instant cutoff) {
        reminders.deleteMany(Filters.and(Filters.eq("status", "sent"), Filters.lt("sentAt", Date.from(cutoff))));
    }

    @Override
    public List<OwnedCollection> collectionsOfUsers() {
        return List.of(owned);
    }
}
