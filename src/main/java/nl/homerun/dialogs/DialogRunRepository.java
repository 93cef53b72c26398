package nl.homerun.dialogs;

import nl.homerun.users.OwnedCollection;
import nl.homerun.users.PersonalData;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

/**
 * The {@code dialog_runs} collection: every finished or stopped run of a script, for the progress report and for
 * comparing with the previous run. A run in progress lives in its conversation; it is written here when it ends, and
 * when it comes to the question that waits for a call (so that the call task's reminder can bring it back).
 */
@Repository
class DialogRunRepository implements PersonalData {

    private final MongoCollection<Document> runs;
    private final OwnedCollection owned;

    DialogRunRepository(MongoDatabase database) {
        this.runs = database.getCollection("dialog_runs");
        runs.createIndex(Indexes.ascending("owner", "script", "endedAt"));
        OwnedCollection.indexByIdAndOwner(runs);
        this.owned = new OwnedCollection(runs, "owner");
    }

    void save(DialogRun run) {
        List<Document> answers = run.answers().entrySet().stream()
                .map(a -> new Document("step", a.getKey()).append("value", a.getValue())).toList();
        runs.updateOne(OwnedCollection.byIdAndOwner(run.id(), run.owner()),
                Updates.combine(Updates.set("script", run.script()), Updates.set("account", run.account()),
                        Updates.set("finished", run.finished()), Updates.set("startedAt", Date.from(run.startedAt())),
                        Updates.set("endedAt", Date.from(run.endedAt())), Updates.set("answers", answers),
                        Updates.set("score", run.score()), Updates.set("contact", run.contactId())),
                new UpdateOptions().upsert(true));
    }

    /** Finished runs of a script, oldest first; for one account, or (account null) for the whole network. */
    List<DialogRun> finished(long owner, String script, String account) {
        return find(Filters.and(Filters.eq("owner", owner), Filters.eq("script", script), Filters.eq("finished", true),
                Filters.eq("account", account)));
    }

    List<DialogRun> finished(long owner) {
        return find(Filters.and(Filters.eq("owner", owner), Filters.eq("finished", true)));
    }

    /**
     * Records that the offer of step {@code step} in run {@code runId} was taken. True the first time only, so a
     * double tap makes one task; false also for another user's run.
     */
    boolean takeOffer(long owner, String runId, String script, int step) {
        try {
            var result = runs.updateOne(OwnedCollection.byIdAndOwner(runId, owner),
                    Updates.combine(Updates.addToSet("offersTaken", step), Updates.setOnInsert("script", script),
                            Updates.setOnInsert("finished", false)),
                    new UpdateOptions().upsert(true));
            return result.getModifiedCount() == 1 || result.getUpsertedId() != null;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    /** The user's run of this id, finished or not; empty for another user's. */
    Optional<DialogRun> find(long owner, String runId) {
        return find(OwnedCollection.byIdAndOwner(runId, owner)).stream().findFirst();
    }

    /** Remembers that task {@code taskId} was made for the call run {@code runId} prepares. */
    void linkTask(long owner, String runId, String script, String taskId) {
        runs.updateOne(OwnedCollection.byIdAndOwner(runId, owner),
                Updates.combine(Updates.addToSet("tasks", taskId), Updates.setOnInsert("script", script),
                        Updates.setOnInsert("finished", false)),
                new UpdateOptions().upsert(true));
    }

    /** The user's run a task was made for, if any. */
    Optional<DialogRun> ofTask(long owner, String taskId) {
        return find(Filters.and(Filters.eq("owner", owner), Filters.eq("tasks", taskId))).stream().findFirst();
    }

    private List<DialogRun> find(Bson filter) {
        List<DialogRun> found = new ArrayList<>();
        for (Document d : runs.find(filter).sort(Sorts.ascending("endedAt"))) {
            Map<String, String> answers = new LinkedHashMap<>();
            for (Document a : d.getList("answers", Document.class, List.of())) {
                answers.put(a.getString("step"), a.getString("value"));
            }
            found.add(new DialogRun(d.getString("_id"), ((Number) d.get("owner")).longValue(), d.getString("script"),
                    d.getString("account"), d.getBoolean("finished", false), instant(d, "startedAt"), instant(d, "endedAt"),
                    answers, Objects.requireNonNullElse(d.getDouble("score"), 0.0), d.getString("contact")));
        }
        return found;
    }

    /** A run written only by an offer taken or a task linked has no times yet. */
    private static Instant instant(Document d, String field) {
        Date date = d.getDate(field);
        return date == null ? Instant.EPOCH : date.toInstant();
    }

    @Override
    public List<OwnedCollection> collectionsOfUsers() {
        return List.of(owned);
    }
}
