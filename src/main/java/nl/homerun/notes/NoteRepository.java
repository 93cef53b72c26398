package nl.homerun.notes;

import nl.homerun.users.OwnedCollection;
import nl.homerun.users.PersonalData;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;
import org.springframework.stereotype.Repository;

import nl.homerun.signals.Correction;
import nl.homerun.signals.SignalType;
import nl.homerun.understanding.Understanding.FactKind;
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
        notes.createIndex(Indexes.ascending("owner", "contactIds", "createdAt"));
        feedback.createIndex(Indexes.ascending("owner"));
        OwnedCollection.indexByIdAndOwner(notes);
        OwnedCollection.indexByIdAndOwner(feedback);
        this.ownNotes = new OwnedCollection(notes, "owner");
        this.ownFeedback = new OwnedCollection(feedback, "owner");
    }

    /** Stores a new note; false when a note with its id is there already (its message was handled before). */
    boolean insert(Note note) {
        try {
            notes.insertOne(toDocument(note));
            return true;
        } catch (com.mongodb.MongoWriteException e) {
            if (e.getError().getCategory() == com.mongodb.ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    /** Replaces a note that was edited: its text and all that was read from it. */
    void replace(Note note) {
        notes.replaceOne(mine(note.owner(), note.id()), toDocument(note));
    }

    /** The note that came from this chat message. */
    Optional<Note> fromMessage(long owner, String messageRef) {
        return Optional.ofNullable(notes.find(Filters.and(Filters.eq("owner", owner), Filters.eq("messageRef", messageRef)))
                .first()).map(NoteRepository::toNote);
    }

    boolean delete(long owner, String id) {
        return ObjectId.isValid(id) && notes.deleteOne(mine(owner, id)).getDeletedCount() == 1;
    }

    void setContacts(long owner, String id, List<String> contactIds) {
        notes.updateOne(mine(owner, id), Updates.combine(Updates.set("contactIds", contactIds), Updates.unset("contactId")));
    }

    void setOffer(long owner, String id, int index, Offer offer) {
        notes.updateOne(mine(owner, id), Updates.set("offers." + index, offerDocument(offer)));
    }

    /** The day of the last note about the contact that reports contact made; empty when there is none. */
    Optional<Instant> lastContactWith(long owner, String contactId) {
        return Optional.ofNullable(notes.find(Filters.and(Filters.eq("owner", owner), about(List.of(contactId)),
                        Filters.ne("contactMade", false))).sort(Sorts.descending("createdAt")).first())
                .map(d -> d.getDate("createdAt").toInstant());
    }

    private static Document toDocument(Note note) {
        return new Document("_id", new ObjectId(note.id())).append("owner", note.owner())
                .append("text", note.text()).append("language", note.language().code()).append("label", note.label().name())
                .append("createdAt", Date.from(note.createdAt())).append("contactIds", note.contactIds())
                .append("contactMade", note.contactMade())
                .append("signals", note.signals().stream().map(s -> new Document("type", s.type().name())
                        .append("sentence", s.sentence()).append("confidence", s.confidence())
                        .append("status", s.status().name()).append("detected", s.detected().name())
                        .append("taskId", s.taskId())).toList())
                .append("offers", note.offers().stream().map(NoteRepository::offerDocument).toList())
                .append("messageRef", note.messageRef());
    }

    private static Document offerDocument(Offer o) {
        return new Document("kind", o.kind().name()).append("contactId", o.contactId()).append("text", o.text())
                .append("fact", o.fact() == null ? null : o.fact().name())
                .append("day", o.day() == null ? null : o.day().toString())
                .append("month", o.month() == null ? null : o.month().toString())
                .append("time", o.time() == null ? null : o.time().toString()).append("account", o.account())
                .append("role", o.role()).append("state", o.state().name()).append("madeId", o.madeId());
    }

    private static Offer toOffer(Document d) {
        return new Offer(Offer.Kind.valueOf(d.getString("kind")), d.getString("contactId"), d.getString("text"),
                d.getString("fact") == null ? null : FactKind.valueOf(d.getString("fact")),
                d.getString("day") == null ? null : LocalDate.parse(d.getString("day")),
                d.getString("month") == null ? null : YearMonth.parse(d.getString("month")),
                d.getString("time") == null ? null : LocalTime.parse(d.getString("time")), d.getString("account"),
                d.getString("role"), Offer.State.valueOf(d.getString("state")), d.getString("madeId"));
    }

    /** Notes about any of these contacts; notes written before a note could be about several name one. */
    private static Bson about(Collection<String> contactIds) {
        return Filters.or(Filters.in("contactIds", contactIds), Filters.in("contactId", contactIds));
    }

    Optional<Note> find(long owner, String id) {
        return ObjectId.isValid(id)
                ? Optional.ofNullable(notes.find(mine(owner, id)).first()).map(NoteRepository::toNote)
                : Optional.empty();
    }

    /** The latest notes, newest first; of any of these contacts, or (empty) of all. */
    List<Note> latest(long owner, Collection<String> contactIds, int limit) {
        Bson filter = contactIds.isEmpty() ? Filters.eq("owner", owner) : Filters.and(Filters.eq("owner", owner), about(contactIds));
        return notes.find(filter).sort(Sorts.descending("createdAt")).limit(limit)
                .map(NoteRepository::toNote).into(new java.util.ArrayList<>());
    }

    /** The notes written since {@code from}, oldest first. */
    List<Note> since(long owner, Instant from) {
        return notes.find(Filters.and(Filters.eq("owner", owner), Filters.gte("createdAt", Date.from(from))))
                .sort(Sorts.ascending("createdAt")).map(NoteRepository::toNote).into(new java.util.ArrayList<>());
    }

    /** The notes with a signal that is still open (neither a task nor dismissed). */
    List<Note> withOpenSignals(long owner) {
        return notes.find(Filters.and(Filters.eq("owner", owner), Filters.eq("signals.status", Note.Status.OPEN.name())))
                .map(NoteRepository::toNote).into(new java.util.ArrayList<>());
    }

    void setStatus(long owner, String id, int signal, Note.Status status) {
        notes.updateOne(mine(owner, id), Updates.set("signals." + signal + ".status", status.name()));
    }

    /** The signal was made this task. */
    void madeTask(long owner, String id, int signal, String taskId) {
        notes.updateOne(mine(owner, id), Updates.combine(Updates.set("signals." + signal + ".status", Note.Status.TASK.name()),
                Updates.set("signals." + signal + ".taskId", taskId)));
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
        feedback.replaceOne(OwnedCollection.byIdAndOwner(id, owner), verdict,
                new ReplaceOptions().upsert(true));
    }

    /** The user's verdicts on a note's detections, by signal: whether each was right. */
    java.util.Map<Integer, Boolean> verdicts(long owner, String noteId) {
        java.util.Map<Integer, Boolean> verdicts = new java.util.HashMap<>();
        feedback.find(Filters.and(Filters.eq("owner", owner), Filters.eq("noteId", noteId))).forEach(d -> {
            String id = d.getString("_id");
            verdicts.put(Integer.parseInt(id.substring(id.lastIndexOf(':') + 1)), d.getBoolean("correct", true));
        });
        return verdicts;
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
        return OwnedCollection.byIdAndOwner(new ObjectId(id), owner);
    }

    private static Note toNote(Document d) {
        List<Note.FoundSignal> signals = d.getList("signals", Document.class).stream()
                .map(s -> new Note.FoundSignal(SignalType.valueOf(s.getString("type")), s.getString("sentence"),
                        s.getDouble("confidence"), Note.Status.valueOf(s.getString("status")),
                        SignalType.valueOf(s.getString("detected") == null ? s.getString("type") : s.getString("detected")),
                        s.getString("taskId")))
                .toList();
        return new Note(d.getObjectId("_id").toHexString(), ((Number) d.get("owner")).longValue(), d.getString("text"),
                Language.fromCode(d.getString("language")), SignalType.valueOf(d.getString("label")), signals,
                d.getDate("createdAt").toInstant(), contactIds(d), d.getBoolean("contactMade", true),
                d.getList("offers", Document.class, List.of()).stream().map(NoteRepository::toOffer).toList(),
                d.getString("messageRef"));
    }

    private static List<String> contactIds(Document d) {
        List<String> ids = d.getList("contactIds", String.class);
        return ids != null ? ids : d.getString("contactId") == null ? List.of() : List.of(d.getString("contactId"));
    }

    @Override
    public List<OwnedCollection> collectionsOfUsers() {
        return List.of(ownNotes, ownFeedback);
    }
}
