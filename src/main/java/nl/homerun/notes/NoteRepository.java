package nl.homerun.notes;

import nl.homerun.users.OwnedCollection;
import nl.homerun.users.PersonalData;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;
import org.springframework.stereotype.Repository;

import nl.homerun.signals.Correction;
import nl.homerun.signals.SignalType;
import nl.homerun.users.Language;

/**
 * The {@code notes} collection, and {@code signal_feedback}: the user's 👍 or 👎 on a detection, kept with its
 * sentence for the next training. Every query names the owner.
 */
@Repository
class NoteRepository implements PersonalData {

    private final MongoCollection<Document> notes;
    private final MongoCollection<Document> feedback;
    private final OwnedCollection ownNotes;
    private final OwnedCollection ownFeedback;

    NoteRepository(MongoDatabase database) {
        this.notes = database.getCollection("notes");
        this.feedback = database.getCollection("signal_feedback");
        notes.createIndex(Indexes.ascending("owner", "createdAt"));
        feedback.createIndex(Indexes.ascending("owner"));
        this.ownNotes = new OwnedCollection(notes, "owner");
        this.ownFeedback = new OwnedCollection(feedback, "owner");
    }

    void insert(Note note) {
        notes.insertOne(new Document("_id", new ObjectId(note.id())).append("owner", note.owner())
                .append("text", note.text()).append("language", note.language().code()).append("label", note.label().name())
                .append("createdAt", Date.from(note.createdAt())).append("contactId", note.contactId())
                .append("signals", note.signals().stream().map(s -> new Document("type", s.type().name())
                        .append("sentence", s.sentence()).append("confidence", s.confidence())
                        .append("status", s.status().name()).append("detected", s.detected().name())).toList()));
    }

    Optional<Note> find(long owner, String id) {
        return ObjectId.isValid(id)
                ? Optional.ofNullable(notes.find(mine(owner, id)).first()).map(NoteRepository::toNote)
                : Optional.empty();
    }

    void setContact(long owner, String id, String contactId) {
        notes.updateOne(mine(owner, id), Updates.set("contactId", contactId));
    }

    /** The latest notes, newest first; of one contact, or (contactId null) of all. */
    List<Note> latest(long owner, String contactId, int limit) {
        Bson filter = contactId == null ? Filters.eq("owner", owner)
                : Filters.and(Filters.eq("owner", owner), Filters.eq("contactId", contactId));
        return notes.find(filter).sort(com.mongodb.client.model.Sorts.descending("createdAt")).limit(limit)
                .map(NoteRepository::toNote).into(new java.util.ArrayList<>());
    }

    List<Note> since(long owner, java.time.Instant since) {
        return notes.find(Filters.and(Filters.eq("owner", owner), Filters.gte("createdAt", Date.from(since))))
                .map(NoteRepository::toNote).into(new java.util.ArrayList<>());
    }

    void setStatus(long owner, String id, int signal, Note.Status status) {
        notes.updateOne(mine(owner, id), Updates.set("signals." + signal + ".status", status.name()));
    }

    /**
     * One verdict per detection, a second tap replaces the first: right ({@code correctedTo} null), or what it should
     * have been. The detected type stays as it was found, for the next training.
     */
    void saveFeedback(long owner, Note note, int signal, SignalType correctedTo, Instant at) {
        Note.FoundSignal found = note.signals().get(signal);
        String id = note.id() + ":" + signal;
        Document verdict = new Document("_id", id).append("owner", owner).append("noteId", note.id())
                .append("language", note.language().code()).append("sentence", found.sentence())
                .append("detected", found.detected().name()).append("confidence", found.confidence())
                .append("correct", correctedTo == null || correctedTo == found.detected()).append("at", Date.from(at));
        if (correctedTo != null && correctedTo != found.detected()) {
            verdict.append("correctedTo", correctedTo.name());
        }
        feedback.replaceOne(Filters.and(Filters.eq("_id", id), Filters.eq("owner", owner)), verdict,
                new ReplaceOptions().upsert(true));
    }

    /** The user's corrections, for the detector to apply to the same or a nearly identical sentence. */
    List<Correction> corrections(long owner) {
        return feedback.find(Filters.and(Filters.eq("owner", owner), Filters.exists("correctedTo")))
                .map(d -> new Correction(d.getString("sentence"), SignalType.valueOf(d.getString("correctedTo"))))
                .into(new java.util.ArrayList<>());
    }

    /** A signal of a note gets the type the user gave it; one that was nothing is no longer open. */
    void correctSignal(long owner, String id, int signal, SignalType type) {
        Bson retype = Updates.set("signals." + signal + ".type", type.name());
        notes.updateOne(mine(owner, id), type == SignalType.NEUTRAL
                ? Updates.combine(retype, Updates.set("signals." + signal + ".status", Note.Status.DISMISSED.name()))
                : retype);
    }

    private static Bson mine(long owner, String id) {
        return Filters.and(Filters.eq("_id", new ObjectId(id)), Filters.eq("owner", owner));
    }

    private static Note toNote(Document d) {
        List<Note.FoundSignal> signals = d.getList("signals", Document.class).stream()
                .map(s -> new Note.FoundSignal(SignalType.valueOf(s.getString("type")), s.getString("sentence"),
                        s.getDouble("confidence"), Note.Status.valueOf(s.getString("status")),
                        SignalType.valueOf(s.getString("detected") == null ? s.getString("type") : s.getString("detected"))))
                .toList();
        return new Note(d.getObjectId("_id").toHexString(), ((Number) d.get("owner")).longValue(), d.getString("text"),
                Language.fromCode(d.getString("language")), SignalType.valueOf(d.getString("label")), signals,
                d.getDate("createdAt").toInstant(), d.getString("contactId"));
    }

    @Override
    public List<OwnedCollection> collectionsOfUsers() {
        return List.of(ownNotes, ownFeedback);
    }
}
