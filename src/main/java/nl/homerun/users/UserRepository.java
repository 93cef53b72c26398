package nl.homerun.users;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.springframework.stereotype.Repository;

/** The {@code users} collection: one document per user, keyed by user id. */
@Repository
class UserRepository implements PersonalData {

    private final MongoCollection<Document> users;
    private final OwnedCollection owned;

    UserRepository(MongoDatabase database) {
        this.users = database.getCollection("users");
        this.owned = new OwnedCollection(users, "_id");
    }

    /** How exactly the last visit is kept: to the hour, so that most messages only read the user. */
    static final java.time.Duration SEEN_PRECISION = java.time.Duration.ofHours(1);

    /**
     * Records a visit: creates the user on the first one, with the given language and the default time zone; after
     * that, the time of the last visit to the hour.
     */
    UserProfile visit(long userId, Language initialLanguage, Instant now) {
        Document known = users.find(Filters.eq("_id", userId)).first();
        if (known != null && known.getDate("lastSeen") != null
                && known.getDate("lastSeen").toInstant().isAfter(now.minus(SEEN_PRECISION))) {
            return toProfile(known); // a read, not a write, for every message but the first of the hour
        }
        Document saved = users.findOneAndUpdate(Filters.eq("_id", userId),
                Updates.combine(
                        Updates.setOnInsert("language", initialLanguage.code()),
                        Updates.setOnInsert("timeZone", UserProfile.DEFAULT_TIME_ZONE.getId()),
                        Updates.setOnInsert("firstSeen", Date.from(now)),
                        Updates.set("lastSeen", Date.from(now))),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        return toProfile(saved);
    }

    Optional<UserProfile> find(long userId) {
        return Optional.ofNullable(users.find(Filters.eq("_id", userId)).first()).map(UserRepository::toProfile);
    }

    java.util.List<UserProfile> all() {
        java.util.List<UserProfile> all = new java.util.ArrayList<>();
        users.find().forEach(d -> all.add(toProfile(d)));
        return all;
    }

    void setLanguage(long userId, Language language) {
        users.updateOne(Filters.eq("_id", userId), Updates.set("language", language.code()));
    }

    void setTimeZone(long userId, ZoneId zone) {
        users.updateOne(Filters.eq("_id", userId), Updates.set("timeZone", zone.getId()));
    }

    void delete(long userId) {
        users.deleteOne(Filters.eq("_id", userId));
    }

    private static UserProfile toProfile(Document d) {
        return new UserProfile(((Number) d.get("_id")).longValue(),
                Language.fromCode(d.getString("language")),
                ZoneId.of(d.getString("timeZone")),
                d.getDate("firstSeen").toInstant(),
                d.getDate("lastSeen").toInstant());
    }

    @Override
    public List<OwnedCollection> collectionsOfUsers() {
        return List.of(owned);
    }
}
