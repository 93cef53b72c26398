package nl.homerun.contacts;

import nl.homerun.users.OwnedCollection;
import nl.homerun.users.PersonalData;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;
import org.springframework.stereotype.Repository;

import nl.homerun.dates.TypedDate;

/** The {@code contacts} collection. Every query names the owner. */
@Repository
class ContactRepository implements PersonalData {

    private final MongoCollection<Document> contacts;
    private final OwnedCollection owned;
    /** Per user, a token that changes with every change to who their contacts are, for what is derived from them. */
    private final MongoCollection<Document> books;
    private final OwnedCollection ownedBooks;
    private final org.springframework.context.ApplicationEventPublisher events;

    ContactRepository(MongoDatabase database, org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.contacts = database.getCollection("contacts");
        contacts.createIndex(Indexes.ascending("owner", "name"));
        OwnedCollection.indexByIdAndOwner(contacts);
        this.owned = new OwnedCollection(contacts, "owner");
        this.books = database.getCollection("contact_books");
        this.ownedBooks = new OwnedCollection(books, "_id");
    }

    void insert(Contact c) {
        Document facts = new Document();
        c.facts().forEach((fact, value) -> facts.append(fact.name(), value));
        contacts.insertOne(new Document("_id", new ObjectId(c.id())).append("owner", c.owner()).append("name", c.name())
                .append("account", c.account()).append("role", c.role()).append("phone", c.phone()).append("email", c.email())
                .append("birthday", c.birthday() == null ? null : birthday(c.birthday()))
                .append("tier", c.tier() == null ? null : c.tier().name()).append("top5", c.top5()).append("top20", c.top20())
                .append("facts", facts).append("lastContact", c.lastContact() == null ? null : c.lastContact().toString())
                .append("createdAt", Date.from(c.createdAt())));
    }

    List<Contact> all(long owner) {
        List<Contact> all = new ArrayList<>();
        contacts.find(Filters.eq("owner", owner)).forEach(d -> all.add(toContact(d)));
        all.sort(java.util.Comparator.comparing(Contact::name, String.CASE_INSENSITIVE_ORDER));
        return all;
    }

    /** Every contact of every user, grouped by user: one pass, for work done for all (planning reminders). */
    Map<Long, List<Contact>> everyone() {
        Map<Long, List<Contact>> byOwner = new java.util.HashMap<>();
        contacts.find().forEach(d -> {
            Contact c = toContact(d);
            byOwner.computeIfAbsent(c.owner(), o -> new ArrayList<>()).add(c);
        });
        return byOwner;
    }

    /**
     * By id alone, which both MongoDB and the embedded server answer from the primary index (the embedded server scans
     * the whole collection for a filter on id and owner together); the owner is then checked here.
     */
    Optional<Contact> find(long owner, String id) {
        return ObjectId.isValid(id) ? Optional.ofNullable(contacts.find(Filters.eq("_id", new ObjectId(id))).first())
                .filter(d -> ((Number) d.get("owner")).longValue() == owner).map(ContactRepository::toContact)
                : Optional.empty();
    }

    /** Changes a field of the user's own contact; false for another user's or a missing one. */
    boolean set(long owner, String id, String field, Object value) {
        return find(owner, id).isPresent()
                && contacts.updateOne(Filters.eq("_id", new ObjectId(id)), Updates.set(field, value)).getMatchedCount() == 1;
    }

    boolean delete(long owner, String id) {
        return ObjectId.isValid(id) && contacts.deleteOne(mine(owner, id)).getDeletedCount() == 1;
    }

    private static Bson mine(long owner, String id) {
        return OwnedCollection.byIdAndOwner(new ObjectId(id), owner);
    }

    static Document birthday(TypedDate date) {
        Document d = new Document("day", date.day().getDayOfMonth()).append("month", date.day().getMonthValue());
        date.year().ifPresent(year -> d.append("year", year));
        return d;
    }

    private static Contact toContact(Document d) {
        Document b = d.get("birthday", Document.class);
        TypedDate birthday = b == null ? null : new TypedDate(MonthDay.of(b.getInteger("month"), b.getInteger("day")),
                b.containsKey("year") ? OptionalInt.of(b.getInteger("year")) : OptionalInt.empty());
        Map<Contact.Fact, String> facts = new EnumMap<>(Contact.Fact.class);
        Document stored = d.get("facts", Document.class);
        if (stored != null) {
            stored.forEach((key, value) -> {
                if (value != null) {
                    facts.put(Contact.Fact.valueOf(key), String.valueOf(value));
                }
            });
        }
        String tier = d.getString("tier");
        String last = d.getString("lastContact");
        return new Contact(d.getObjectId("_id").toHexString(), ((Number) d.get("owner")).longValue(), d.getString("name"),
                d.getString("account"), d.getString("role"), d.getString("phone"), d.getString("email"), birthday,
                tier == null ? null : Contact.Tier.valueOf(tier), d.getBoolean("top5", false), d.getBoolean("top20", false),
                facts, last == null ? null : LocalDate.parse(last), d.getDate("createdAt").toInstant(), d.getInteger("everyDays"));
    }

    @Override
    public List<OwnedCollection> collectionsOfUsers() {
        return List.of(owned, ownedBooks);
    }

    /** A new token for the user's address book, as who their contacts are has changed: the one before and the new one. */
    String[] bookChanged(long owner) {
        String after = new ObjectId().toHexString();
        Document before = books.findOneAndUpdate(Filters.eq("_id", owner), Updates.set("version", after),
                new com.mongodb.client.model.FindOneAndUpdateOptions().upsert(true)
                        .returnDocument(com.mongodb.client.model.ReturnDocument.BEFORE));
        return new String[] {before == null ? null : before.getString("version"), after};
    }

    /** The token of the user's address book as it is now; null before its first change. */
    String bookVersion(long owner) {
        Document book = books.find(Filters.eq("_id", owner)).first();
        return book == null ? null : book.getString("version");
    }

    @Override
    public void erase(long userId) {
        PersonalData.super.erase(userId);
        events.publishEvent(new ContactChanged(userId, null, ContactChanged.What.ALL_ERASED, null, null));
    }
}
