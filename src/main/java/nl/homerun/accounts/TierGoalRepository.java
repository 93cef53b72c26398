package nl.homerun.accounts;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.springframework.stereotype.Repository;

import nl.homerun.contacts.Contact.Tier;
import nl.homerun.users.OwnedCollection;
import nl.homerun.users.PersonalData;

/**
 * The {@code account_goals} collection: per user (the document's id), the growth goal in percent of each tier they
 * changed ({@code A: 25}). A tier without one has its default.
 */
@Repository
class TierGoalRepository implements PersonalData {

    private final MongoCollection<Document> goals;
    private final OwnedCollection owned;

    TierGoalRepository(MongoDatabase database) {
        this.goals = database.getCollection("account_goals");
        this.owned = new OwnedCollection(goals, "_id");
    }

    TierGoals of(long owner) {
        Document d = goals.find(Filters.eq("_id", owner)).first();
        Map<Tier, Integer> chosen = new EnumMap<>(Tier.class);
        if (d != null) {
            for (Tier tier : Tier.values()) {
                if (d.get(tier.name()) instanceof Number percent) {
                    chosen.put(tier, percent.intValue());
                }
            }
        }
        return new TierGoals(chosen);
    }

    /** Sets the tier's goal; null sets it back to its default. */
    void set(long owner, Tier tier, Integer percent) {
        goals.updateOne(Filters.eq("_id", owner), percent == null ? Updates.unset(tier.name()) : Updates.set(tier.name(), percent),
                new UpdateOptions().upsert(true));
    }

    @Override
    public List<OwnedCollection> collectionsOfUsers() {
        return List.of(owned);
    }
}
