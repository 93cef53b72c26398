package nl.homerun.reminders;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
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
        reminders.createIndex(Indexes.ascending("owner", "status"));
    }

    /** Stores the occurrence unless it is there already (sent or not). */
    void plan(Occurrence o) {
        try {
            reminders.updateOne(Filters.eq("_id", o.id()), Updates.combine(Updates.setOnInsert("owner", o.owner()),
                    Updates.setOnInsert("kind", o.kind().name()), Updates.setOnInsert("subject", o.subject()),
                    Updates.setOnInsert("dueAt", Date.from(o.dueAt())), Updates.setOnInsert("expectedOnTime", o.expectedOnTime()),
                    Updates.setOnInsert("status", "pending")), new UpdateOptions().upsert(true));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            } // planned at the same moment by another instance: it is there
        }
    }

    /** Moves a pending occurrence to another time, or plans it when it is not there; one sent or being sent stays. */
    void move(Occurrence o) {
        boolean moved = reminders.updateOne(Filters.and(Filters.eq("_id", o.id()), Filters.eq("status", "pending")),
                Updates.combine(Updates.set("dueAt", Date.from(o.dueAt())), Updates.set("expectedOnTime", o.expectedOnTime())))
                .getMatchedCount() == 1;
        if (!moved) {
            plan(o);
        }
    }

    /** The user's occurrences not yet sent nor being sent. */
    List<Occurrence> pending(long owner) {
        return reminders.find(Filters.and(Filters.eq("owner", owner), Filters.eq("status", "pending")))
                .map(OccurrenceRepository::toOccurrence).into(new java.util.ArrayList<>());
    }

    /** Forgets an occurrence not yet sent, because what it was about changed. */
    void cancel(Occurrence o) {
        reminders.deleteOne(Filters.and(Filters.eq("_id", o.id()), Filters.eq("owner", o.owner()), Filters.eq("status", "pending")));
    }

    /** Takes the earliest occurrence due by {@code until}, if any, for {@code lease}. */
    Optional<Occurrence> claimDue(Instant until, Duration lease) {
        Date now = Date.from(clock.instant());
        Document claimed = reminders.findOneAndUpdate(
                Filters.and(Filters.lte("dueAt", Date.from(until)), Filters.or(Filters.eq("status", "pending"),
                        Filters.and(Filters.eq("status", "claimed"), Filters.lt("leaseUntil", now)))),
                Updates.combine(Updates.set("status", "claimed"), Updates.set("claimedBy", instance),
                        Updates.set("leaseUntil", Date.from(clock.instant().plus(lease)))),
                new FindOneAndUpdateOptions().sort(Sorts.ascending("dueAt")).returnDocument(ReturnDocument.AFTER));
        return Optional.ofNullable(claimed).map(OccurrenceRepository::toOccurrence);
    }

    /** Done with a claimed occurrence: sent (perhaps late, perhaps in a summary), or not sent because it no longer held. */
    void sent(Occurrence o, boolean late) {
        reminders.updateOne(Filters.and(Filters.eq("_id", o.id()), Filters.eq("claimedBy", instance)),
                Updates.combine(Updates.set("status", "sent"), Updates.set("late", late),
                        Updates.set("sentAt", Date.from(clock.instant()))));
    }

    /** Forgets what was sent a week ago: kept that long to recognise it, then it only costs scans. */
    void forgetSentBefore(Instant cutoff) {
        reminders.deleteMany(Filters.and(Filters.eq("status", "sent"), Filters.lt("sentAt", Date.from(cutoff))));
    }

    private static Occurrence toOccurrence(Document d) {
        return new Occurrence(d.getString("_id"), ((Number) d.get("owner")).longValue(),
                Occurrence.Kind.valueOf(d.getString("kind")), d.getString("subject"), d.getDate("dueAt").toInstant(),
                d.getBoolean("expectedOnTime", true));
    }

    @Override
    public List<OwnedCollection> collectionsOfUsers() {
        return List.of(owned);
    }
}
