package nl.homerun.newbusiness;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;
import org.springframework.stereotype.Repository;

import nl.homerun.newbusiness.Tournament.Decision;
import nl.homerun.newbusiness.Tournament.Entry;
import nl.homerun.newbusiness.Tournament.Played;
import nl.homerun.newbusiness.Tournament.Status;
import nl.homerun.users.OwnedCollection;
import nl.homerun.users.PersonalData;

/**
 * The {@code tournaments} collection: one document per year of new business, its suspects and rounds inside it.
 * Every query names the owner, so an id from another user's button finds nothing; every change replaces the document
 * only if its {@code version} is still the one read.
 */
@Repository
class TournamentRepository implements PersonalData {

    private final MongoCollection<Document> tournaments;
    private final OwnedCollection owned;

    TournamentRepository(MongoDatabase database) {
        this.tournaments = database.getCollection("tournaments");
        this.owned = new OwnedCollection(tournaments, "owner");
        tournaments.createIndex(Indexes.ascending("owner", "createdAt"));
        OwnedCollection.indexByIdAndOwner(tournaments);
    }

    void insert(Tournament t) {
        tournaments.insertOne(toDocument(t));
    }

    Optional<Tournament> find(long owner, String id) {
        if (id == null || !ObjectId.isValid(id)) {
            return Optional.empty();
        }
        return Optional.ofNullable(tournaments.find(mine(owner, id)).first()).map(TournamentRepository::toTournament);
    }

    /** The year being set up or played; empty when there is none (the last one closed, or never started). */
    Optional<Tournament> current(long owner) {
        return Optional.ofNullable(tournaments.find(Filters.and(Filters.eq("owner", owner),
                Filters.ne("status", Status.CLOSED.name()))).sort(Sorts.descending("createdAt")).first())
                .map(TournamentRepository::toTournament);
    }

    /** All of the user's years, the newest first. */
    List<Tournament> all(long owner) {
        return tournaments.find(Filters.eq("owner", owner)).sort(Sorts.descending("createdAt"))
                .map(TournamentRepository::toTournament).into(new ArrayList<>());
    }

    /** Writes the changed tournament if nobody changed it since it was read; the stored one, or empty when it had moved on. */
    Optional<Tournament> save(Tournament changed) {
        Document d = toDocument(changed);
        d.put("version", changed.version() + 1);
        boolean saved = tournaments.replaceOne(Filters.and(mine(changed.owner(), changed.id()),
                Filters.eq("version", changed.version())), d).getModifiedCount() == 1;
        return saved ? find(changed.owner(), changed.id()) : Optional.empty();
    }

    private static Bson mine(long owner, String id) {
        return OwnedCollection.byIdAndOwner(new ObjectId(id), owner);
    }

    @Override
    public List<OwnedCollection> collectionsOfUsers() {
        return List.of(owned);
    }

    // --- mapping -------------------------------------------------------------------------------------------------

    private static Document toDocument(Tournament t) {
        Document d = new Document("_id", new ObjectId(t.id())).append("owner", t.owner()).append("year", t.year())
                .append("status", t.status().name()).append("weeks", t.weeks()).append("firstRound", t.firstRound())
                .append("round", t.round()).append("roundStart", day(t.roundStart())).append("roundEnd", day(t.roundEnd()))
                .append("closedOn", day(t.closedOn())).append("createdAt", java.util.Date.from(t.createdAt()))
                .append("version", t.version());
        d.append("entries", t.entries().stream().map(e -> new Document("no", e.no()).append("name", e.name())
                .append("person", e.person()).append("email", e.email()).append("phone", e.phone())
                .append("decision", e.decision() == null ? null : e.decision().name()).append("outRound", e.outRound())
                .append("outOn", day(e.outOn())).append("won", e.won()).append("fromPond", e.fromPond())).toList());
        d.append("played", t.played().stream().map(p -> new Document("round", p.round()).append("start", day(p.start()))
                .append("end", day(p.end())).append("decidedOn", day(p.decidedOn())).append("in", p.in())
                .append("kept", p.kept())).toList());
        return d;
    }

    private static Tournament toTournament(Document d) {
        List<Entry> entries = d.getList("entries", Document.class, List.of()).stream().map(e -> new Entry(e.getInteger("no"),
                e.getString("name"), e.getString("person"), e.getString("email"), e.getString("phone"),
                e.getString("decision") == null ? null : Decision.valueOf(e.getString("decision")), e.getInteger("outRound"),
                day(e.getString("outOn")), Boolean.TRUE.equals(e.getBoolean("won")), Boolean.TRUE.equals(e.getBoolean("fromPond"))))
                .toList();
        List<Played> played = d.getList("played", Document.class, List.of()).stream().map(p -> new Played(p.getInteger("round"),
                day(p.getString("start")), day(p.getString("end")), day(p.getString("decidedOn")), p.getInteger("in"),
                p.getInteger("kept"))).toList();
        return new Tournament(d.getObjectId("_id").toHexString(), ((Number) d.get("owner")).longValue(), d.getInteger("year"),
                Status.valueOf(d.getString("status")), d.getInteger("weeks"), d.getInteger("firstRound"), d.getInteger("round"),
                day(d.getString("roundStart")), day(d.getString("roundEnd")), entries, played, day(d.getString("closedOn")),
                d.getDate("createdAt").toInstant(), ((Number) d.get("version")).longValue());
    }

    private static String day(LocalDate day) {
        return day == null ? null : day.toString();
    }

    private static LocalDate day(String day) {
        return day == null ? null : LocalDate.parse(day);
    }
}
