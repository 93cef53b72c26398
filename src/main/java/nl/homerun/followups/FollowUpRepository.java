package nl.homerun.followups;

import nl.homerun.users.OwnedCollection;
import nl.homerun.users.PersonalData;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;
import org.springframework.stereotype.Repository;

/** The {@code followups} collection. Every query names the owner. */
@Repository
class FollowUpRepository implements PersonalData {

    private final MongoCollection<Document> followUps;
    private final OwnedCollection owned;

    FollowUpRepository(MongoDatabase database) {
        this.followUps = database.getCollection("followups");
        followUps.createIndex(Indexes.ascending("owner", "done", "due"));
        OwnedCollection.indexByIdAndOwner(followUps);
        this.owned = new OwnedCollection(followUps, "owner");
    }

    void insert(FollowUp followUp) {
        followUps.insertOne(new Document("_id", new ObjectId(followUp.id())).append("owner", followUp.owner())
                .append("text", followUp.text()).append("due", followUp.due().toString())
                .append("time", followUp.time() == null ? null : followUp.time().toString()).append("contactId", followUp.contactId())
                .append("done", followUp.done())
                .append("createdAt", Date.from(followUp.createdAt())));
    }

    List<FollowUp> open(long owner) {
        List<FollowUp> open = new ArrayList<>();
        followUps.find(Filters.and(Filters.eq("owner", owner), Filters.eq("done", false)))
                .sort(Sorts.ascending("due", "_id")).forEach(d -> open.add(toFollowUp(d)));
        return open;
    }

    java.util.Map<Long, List<FollowUp>> openForEveryone() {
        java.util.Map<Long, List<FollowUp>> byOwner = new java.util.HashMap<>();
        followUps.find(Filters.eq("done", false)).forEach(d -> {
            FollowUp f = toFollowUp(d);
            byOwner.computeIfAbsent(f.owner(), o -> new ArrayList<>()).add(f);
        });
        return byOwner;
    }

    Optional<FollowUp> find(long owner, String id) {
        return ObjectId.isValid(id)
                ? Optional.ofNullable(followUps.find(mine(owner, id)).first()).map(FollowUpRepository::toFollowUp)
                : Optional.empty();
    }

    /** Marks an open task done, and when, so that a list shown before can show it ticked; false when it was done already. */
    boolean markDone(long owner, String id, java.time.Instant at) {
        return ObjectId.isValid(id) && followUps.updateOne(Filters.and(mine(owner, id), Filters.eq("done", false)),
                Updates.combine(Updates.set("done", true), Updates.set("doneAt", Date.from(at)))).getModifiedCount() == 1;
    }

    /** The tasks that were open at {@code at}, soonest first, as a list made then showed them: those done since included. */
    List<FollowUp> openAt(long owner, java.time.Instant at) {
        List<FollowUp> tasks = new ArrayList<>();
        followUps.find(Filters.and(Filters.eq("owner", owner), Filters.lte("createdAt", Date.from(at)),
                        Filters.or(Filters.eq("done", false), Filters.gte("doneAt", Date.from(at)))))
                .sort(Sorts.ascending("due", "_id")).forEach(d -> tasks.add(toFollowUp(d)));
        return tasks;
    }

    boolean reschedule(long owner, String id, LocalDate due) {
        return ObjectId.isValid(id)
                && followUps.updateOne(mine(owner, id), Updates.set("due", due.toString())).getMatchedCount() == 1;
    }

    /** Deletes an open task; a task done stays, as what was done. */
    boolean delete(long owner, String id) {
        return ObjectId.isValid(id) && followUps.deleteOne(Filters.and(mine(owner, id), Filters.eq("done", false)))
                .getDeletedCount() == 1;
    }

    /** Sets the text, the day and time, and the person of an open task. */
    boolean change(long owner, FollowUp changed) {
        return ObjectId.isValid(changed.id()) && followUps.updateOne(mine(owner, changed.id()), Updates.combine(
                Updates.set("text", changed.text()), Updates.set("due", changed.due().toString()),
                Updates.set("time", changed.time() == null ? null : changed.time().toString()),
                Updates.set("contactId", changed.contactId()))).getMatchedCount() == 1;
    }

    /** The open tasks for a contact, soonest first. */
    List<FollowUp> openFor(long owner, String contactId) {
        List<FollowUp> open = new ArrayList<>();
        followUps.find(Filters.and(Filters.eq("owner", owner), Filters.eq("done", false), Filters.eq("contactId", contactId)))
                .sort(Sorts.ascending("due", "_id")).forEach(d -> open.add(toFollowUp(d)));
        return open;
    }

    private static Bson mine(long owner, String id) {
        return OwnedCollection.byIdAndOwner(new ObjectId(id), owner);
    }

    private static FollowUp toFollowUp(Document d) {
        return new FollowUp(d.getObjectId("_id").toHexString(), ((Number) d.get("owner")).longValue(), d.getString("text"),
                LocalDate.parse(d.getString("due")), d.getString("time") == null ? null : LocalTime.parse(d.getString("time")),
                d.getString("contactId"), d.getBoolean("done", false), d.getDate("createdAt").toInstant());
    }

    @Override
    public List<OwnedCollection> collectionsOfUsers() {
        return List.of(owned);
    }
}
