package nl.homerun.plans;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

import nl.homerun.users.OwnedCollection;
import nl.homerun.users.PersonalData;

/**
 * The {@code account_plans} collection: one document per account that has a plan, its activities inside it. Every
 * query names the owner; every change replaces the document only if its {@code version} is still the one read.
 */
@Repository
class PlanRepository implements PersonalData {

    private final MongoCollection<Document> plans;
    private final OwnedCollection owned;

    PlanRepository(MongoDatabase database) {
        this.plans = database.getCollection("account_plans");
        plans.createIndex(Indexes.ascending("owner", "accountId"));
        OwnedCollection.indexByIdAndOwner(plans);
        this.owned = new OwnedCollection(plans, "owner");
    }

    /** The document's id: the owner and the account, so one user's plan can never be another's. */
    private static String idOf(long owner, String accountId) {
        return owner + ":" + accountId;
    }

    Optional<Plan> find(long owner, String accountId) {
        return accountId == null ? Optional.empty()
                : Optional.ofNullable(plans.find(mine(owner, accountId)).first()).map(PlanRepository::toPlan);
    }

    List<Plan> all(long owner) {
        List<Plan> all = new ArrayList<>();
        plans.find(Filters.eq("owner", owner)).forEach(d -> all.add(toPlan(d)));
        return all;
    }

    /** The user's plan with an activity reminded of by this task. */
    Optional<Plan> withTask(long owner, String taskId) {
        return taskId == null ? Optional.empty() : all(owner).stream().filter(p -> p.withTask(taskId).isPresent()).findFirst();
    }

    /** Stores a new plan; false when the account has one already (made at the same moment elsewhere). */
    boolean insert(Plan plan) {
        try {
            plans.insertOne(toDocument(plan, 1));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    /** Replaces the plan with {@code changed} if nobody changed it since it was read; false when someone did. */
    boolean replace(Plan read, Plan changed) {
        return plans.replaceOne(Filters.and(mine(read.owner(), read.accountId()), Filters.eq("version", read.version())),
                toDocument(changed, read.version() + 1)).getMatchedCount() == 1;
    }

    boolean delete(long owner, String accountId) {
        return plans.deleteOne(mine(owner, accountId)).getDeletedCount() == 1;
    }

    private static Bson mine(long owner, String accountId) {
        return OwnedCollection.byIdAndOwner(idOf(owner, accountId), owner);
    }

    private static Document toDocument(Plan plan, long version) {
        List<Document> activities = plan.activities().stream().map(a -> new Document("id", a.id())
                .append("pillar", a.pillar().key).append("text", a.text()).append("goal", a.goal())
                .append("due", a.due().toString()).append("taskId", a.taskId()).append("done", a.done())
                .append("doneAt", a.doneAt() == null ? null : Date.from(a.doneAt())).append("suggestion", a.suggestion())
                .append("createdAt", Date.from(a.createdAt()))).toList();
        return new Document("_id", idOf(plan.owner(), plan.accountId())).append("owner", plan.owner())
                .append("accountId", plan.accountId()).append("createdAt", Date.from(plan.createdAt()))
                .append("activities", activities).append("version", version);
    }

    private static Plan toPlan(Document d) {
        List<Activity> activities = new ArrayList<>();
        for (Document a : d.getList("activities", Document.class, List.of())) {
            Optional<Pillar> pillar = Pillar.of(a.getString("pillar"));
            if (pillar.isEmpty()) {
                continue; // a P this version does not know
            }
            Date doneAt = a.getDate("doneAt");
            activities.add(new Activity(a.getString("id"), pillar.get(), a.getString("text"), a.getString("goal"),
                    LocalDate.parse(a.getString("due")), a.getString("taskId"), a.getBoolean("done", false),
                    doneAt == null ? null : doneAt.toInstant(), a.getString("suggestion"), a.getDate("createdAt").toInstant()));
        }
        return new Plan(d.getString("accountId"), ((Number) d.get("owner")).longValue(), d.getDate("createdAt").toInstant(),
                activities, ((Number) d.get("version")).longValue());
    }

    @Override
    public List<OwnedCollection> collectionsOfUsers() {
        return List.of(owned);
    }
}
