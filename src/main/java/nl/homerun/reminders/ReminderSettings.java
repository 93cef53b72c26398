package nl.homerun.reminders;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Repository;

import nl.homerun.users.OwnedCollection;
import nl.homerun.users.PersonalData;

/**
 * The {@code reminder_settings} collection: per user the time of day reminders arrive, how many days ahead a
 * birthday is announced, and up to which day their reminders are planned.
 */
@Repository
class ReminderSettings implements PersonalData {

    /** A user's reminder settings. {@code plannedThrough} is null before the first planning. */
    record Settings(LocalTime time, int daysAhead, LocalDate plannedThrough) {
    }

    private final MongoCollection<Document> settings;
    private final OwnedCollection owned;
    private final LocalTime defaultTime;
    private final int defaultDaysAhead;

    ReminderSettings(MongoDatabase database, @Value("${homerun.reminder-time:08:30}") LocalTime defaultTime,
            @Value("${homerun.birthday-days-ahead:7}") int defaultDaysAhead) {
        this.settings = database.getCollection("reminder_settings");
        this.owned = new OwnedCollection(settings, "_id");
        this.defaultTime = defaultTime;
        this.defaultDaysAhead = defaultDaysAhead;
    }

    Settings of(long userId) {
        return toSettings(settings.find(Filters.eq("_id", userId)).first());
    }

    /** Every user's settings in one pass; a user without is not in it (and has the defaults). */
    Map<Long, Settings> everyone() {
        Map<Long, Settings> all = new java.util.HashMap<>();
        settings.find().forEach(d -> all.put(((Number) d.get("_id")).longValue(), toSettings(d)));
        return all;
    }

    Settings defaults() {
        return toSettings(null);
    }

    private Settings toSettings(Document d) {
        if (d == null) {
            return new Settings(defaultTime, defaultDaysAhead, null);
        }
        return new Settings(d.getString("time") == null ? defaultTime : LocalTime.parse(d.getString("time")),
                d.getInteger("daysAhead", defaultDaysAhead),
                d.getString("plannedThrough") == null ? null : LocalDate.parse(d.getString("plannedThrough")));
    }

    void setTime(long userId, LocalTime time) {
        update(userId, Updates.set("time", time.toString()));
    }

    void planned(long userId, LocalDate through) {
        update(userId, Updates.set("plannedThrough", through.toString()));
    }

    private void update(long userId, org.bson.conversions.Bson update) {
        settings.updateOne(Filters.eq("_id", userId), update, new UpdateOptions().upsert(true));
    }

    @Override
    public List<OwnedCollection> collectionsOfUsers() {
        return List.of(owned);
    }
}
