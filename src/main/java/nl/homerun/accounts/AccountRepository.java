package nl.homerun.accounts;

import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Repository;

import nl.homerun.contacts.Contact.Tier;
import nl.homerun.users.DerivedId;
import nl.homerun.users.OwnedCollection;
import nl.homerun.users.PersonalData;

/**
 * The {@code accounts} collection. Every query names the owner. An account made from the company names on contacts
 * has an id derived from its owner and first alias, so two instances making it at once make it once.
 */
@Repository
class AccountRepository implements PersonalData {

    private final MongoCollection<Document> accounts;
    private final OwnedCollection owned;
    private final ApplicationEventPublisher events;

    AccountRepository(MongoDatabase database, ApplicationEventPublisher events) {
        this.events = events;
        this.accounts = database.getCollection("accounts");
        accounts.createIndex(Indexes.ascending("owner", "aliases"));
        OwnedCollection.indexByIdAndOwner(accounts);
        this.owned = new OwnedCollection(accounts, "owner");
    }

    /** The id of the account first made for this company name of this user: 24 hex digits, like the other ids. */
    static String idFor(long owner, String alias) {
        return DerivedId.of(owner + ":" + alias).toHexString();
    }

    /** Inserts the account; false when it was there already (made at the same moment elsewhere). */
    boolean insert(Account a) {
        try {
            accounts.insertOne(toDocument(a));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    List<Account> all(long owner) {
        List<Account> all = new ArrayList<>();
        accounts.find(Filters.eq("owner", owner)).forEach(d -> all.add(toAccount(d)));
        return all;
    }

    /** By id alone, answered from the primary index; the owner is checked here (see the contacts' repository). */
    Optional<Account> find(long owner, String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(accounts.find(Filters.eq("_id", id)).first())
                .filter(d -> ((Number) d.get("owner")).longValue() == owner).map(AccountRepository::toAccount);
    }

    /** The account of the user that has this alias. */
    Optional<Account> withAlias(long owner, String alias) {
        return Optional.ofNullable(accounts.find(Filters.and(Filters.eq("owner", owner), Filters.eq("aliases", alias))).first())
                .map(AccountRepository::toAccount);
    }

    /** Changes the user's own account; false for another user's or a missing one. */
    boolean update(long owner, String id, Bson update) {
        return find(owner, id).isPresent() && accounts.updateOne(mine(owner, id), update).getMatchedCount() == 1;
    }

    boolean delete(long owner, String id) {
        return accounts.deleteOne(mine(owner, id)).getDeletedCount() == 1;
    }

    static Bson tier(Tier tier, TierReason reason) {
        return Updates.combine(Updates.set("tier", tier == null ? null : tier.name()),
                Updates.set("tierReason", reason == null ? null : reason.name()));
    }

    static Bson value(ValueScores value) {
        return Updates.combine(Updates.set("value", scores(value)),
                Updates.set("scoredAt", value.scoredAt() == null ? null : Date.from(value.scoredAt())));
    }

    private static Bson mine(long owner, String id) {
        return OwnedCollection.byIdAndOwner(id, owner);
    }

    private static Document scores(ValueScores value) {
        Document scores = new Document();
        value.scores().forEach((criterion, score) -> scores.append(criterion.key(), score));
        return scores;
    }

    private static Document toDocument(Account a) {
        Document revenue = new Document();
        a.revenue().forEach((year, euros) -> revenue.append(String.valueOf(year), euros));
        return new Document("_id", a.id()).append("owner", a.owner()).append("name", a.name())
                .append("aliases", new ArrayList<>(a.aliases()))
                .append("tier", a.tier() == null ? null : a.tier().name())
                .append("tierReason", a.tierReason() == null ? null : a.tierReason().name())
                .append("value", scores(a.value()))
                .append("scoredAt", a.value().scoredAt() == null ? null : Date.from(a.value().scoredAt()))
                .append("revenue", revenue).append("goalPercent", a.goalPercent())
                .append("distinctFrom", new ArrayList<>(a.distinctFrom())).append("createdAt", Date.from(a.createdAt()));
    }

    private static Account toAccount(Document d) {
        Map<Criterion, Integer> scores = new EnumMap<>(Criterion.class);
        Document value = d.get("value", Document.class);
        if (value != null) {
            value.forEach((key, score) -> Criterion.of(key).ifPresent(c -> scores.put(c, ((Number) score).intValue())));
        }
        Date scoredAt = d.getDate("scoredAt");
        TreeMap<Integer, Long> revenue = new TreeMap<>();
        Document years = d.get("revenue", Document.class);
        if (years != null) {
            years.forEach((year, euros) -> revenue.put(Integer.parseInt(year), ((Number) euros).longValue()));
        }
        String tier = d.getString("tier");
        String reason = d.getString("tierReason");
        return new Account(d.getString("_id"), ((Number) d.get("owner")).longValue(), d.getString("name"),
                Set.copyOf(d.getList("aliases", String.class, List.of())), tier == null ? null : Tier.valueOf(tier),
                reason == null ? null : TierReason.valueOf(reason),
                new ValueScores(scores, scoredAt == null ? null : scoredAt.toInstant()), revenue,
                d.getInteger("goalPercent"), Set.copyOf(d.getList("distinctFrom", String.class, List.of())),
                d.getDate("createdAt").toInstant());
    }

    @Override
    public List<OwnedCollection> collectionsOfUsers() {
        return List.of(owned);
    }

    @Override
    public void erase(long userId) {
        PersonalData.super.erase(userId);
        events.publishEvent(new AccountChanged(userId, null, AccountChanged.What.ALL_ERASED));
    }
}
