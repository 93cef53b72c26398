package nl.homerun.notes;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import nl.homerun.coach.ConversationStore;
import nl.homerun.coach.Html;
import nl.homerun.coach.Reply;
import nl.homerun.coach.Turn;
import nl.homerun.contacts.Contact;
import nl.homerun.contacts.Contacts;
import nl.homerun.dates.Dates;
import nl.homerun.dates.InText;
import nl.homerun.dates.TypedDate;
import nl.homerun.followups.FollowUp;
import nl.homerun.followups.FollowUps;
import nl.homerun.signals.SignalType;
import nl.homerun.understanding.Understanding.FactKind;

/**
 * What the buttons under a note do: a signal made a task, dismissed or judged; the note linked to other people; an
 * offer accepted, changed or skipped; the note deleted, taking back the tasks it made and the last contact it set.
 */
@Component
class NoteButtons {

    private final NoteRepository notes;
    private final FollowUps followUps;
    private final Contacts contacts;
    private final ConversationStore conversations;
    private final nl.homerun.understanding.NoteReaders readers;
    private final Clock clock;

    NoteButtons(NoteRepository notes, FollowUps followUps, Contacts contacts, ConversationStore conversations,
            nl.homerun.understanding.NoteReaders readers, Clock clock) {
        this.readers = readers;
        this.notes = notes;
        this.followUps = followUps;
        this.contacts = contacts;
        this.conversations = conversations;
        this.clock = clock;
    }

    List<Reply> press(Turn turn, NoteAction action) {
        Optional<Note> found = notes.find(turn.userId(), action.noteId());
        if (found.isEmpty()) {
            return stale(turn);
        }
        Note note = found.get();
        if (action instanceof NoteAction.OnSignal s) {
            return s.signal() < note.signals().size() ? onSignal(turn, note, s) : stale(turn);
        }
        if (action instanceof NoteAction.Retype r) {
            return r.signal() < note.signals().size() ? retype(turn, note, r.signal(), r.type()) : stale(turn);
        }
        if (action instanceof NoteAction.Link l) {
            if (l.contactId() == null) {
                return List.of(Reply.notice(turn.text("notes.about.nobody")), Reply.noButtonsInPlace());
            }
            return chosen(turn, note.id(), link(turn, note, l.contactId()));
        }
        if (action instanceof NoteAction.Unlink u) {
            return unlink(turn, note, u.contactId());
        }
        if (action instanceof NoteAction.People) {
            return List.of(NoteReplies.people(turn, note, linked(turn, note)));
        }
        if (action instanceof NoteAction.TypeName t) {
            conversations.start(turn.userId(), NoteAction.FEATURE, (t.asNew() ? NoteTaking.Step.NEW_CONTACT : NoteTaking.Step.NAME).name(),
                    Map.of("note", note.id()));
            return List.of(turn.say(t.asNew() ? "notes.about.new.ask" : "notes.about.other.ask"));
        }
        if (action instanceof NoteAction.OnOffer o) {
            return o.offer() < note.offers().size() ? onOffer(turn, note, o) : stale(turn);
        }
        if (action instanceof NoteAction.Delete d) {
            return d.confirmed() ? delete(turn, note).stream().map(Reply::inPlace).toList()
                    : List.of(Reply.withButtons(turn.text("notes.delete.confirm"),
                    List.of(List.of(new NoteAction.Delete(note.id(), true).button(turn.text("notes.delete.yes"))))));
        }
        return stale(turn);
    }

    /** A signal's button; the note's answer then shows what was chosen for each signal. */
    private List<Reply> onSignal(Turn turn, Note note, NoteAction.OnSignal press) {
        List<Reply> replies = new ArrayList<>(signalChoice(turn, note, press));
        if (press.op() != NoteAction.SignalOp.DOWN) {
            Note now = notes.find(turn.userId(), note.id()).orElse(note);
            replies.add(Reply.buttonsInPlace(NoteReplies.buttons(turn, now, notes.verdicts(turn.userId(), note.id()))));
        }
        return replies;
    }

    private List<Reply> signalChoice(Turn turn, Note note, NoteAction.OnSignal press) {
        int signal = press.signal();
        return switch (press.op()) {
            case TASK -> signalTask(turn, note, signal);
            case SKIP -> {
                notes.setStatus(turn.userId(), note.id(), signal, Note.Status.DISMISSED);
                yield List.of(takeBackTask(turn, note, signal).map(task -> Reply.text(turn.text("notes.dismissed.task", task)))
                        .orElseGet(() -> Reply.notice(turn.text("notes.dismissed"))));
            }
            case UP -> {
                notes.saveFeedback(turn.userId(), note, signal, null, clock.instant());
                yield List.of(Reply.notice(turn.text("notes.thanks")));
            }
            case DOWN -> List.of(askWhatItWas(turn, note, signal));
        };
    }

    /** After a 👎: what should it have been? The four types as buttons. */
    private static Reply askWhatItWas(Turn turn, Note note, int signal) {
        List<List<nl.homerun.coach.Button>> rows = new ArrayList<>();
        for (SignalType type : SignalType.values()) {
            rows.add(List.of(new NoteAction.Retype(note.id(), signal, type)
                    .button(turn.text("notes.correct." + type.name().toLowerCase(Locale.ROOT)))));
        }
        return Reply.withButtons(turn.text("notes.correct.ask", Html.escape(note.signals().get(signal).sentence())), rows);
    }

    /**
     * The user's verdict: kept for the next training, used at once for the same or a nearly identical sentence of
     * theirs, and applied to this note (a sentence that was nothing is no longer an open signal).
     */
    private List<Reply> retype(Turn turn, Note note, int signal, SignalType type) {
        notes.saveFeedback(turn.userId(), note, signal, type, clock.instant());
        notes.correctSignal(turn.userId(), note.id(), signal, type);
        String saved = turn.text("notes.correct.saved", Html.escape(note.signals().get(signal).sentence()),
                turn.text("notes.correct." + type.name().toLowerCase(Locale.ROOT)));
        Optional<String> gone = type == SignalType.NEUTRAL ? takeBackTask(turn, note, signal) : Optional.empty();
        return List.of(Reply.text(gone.map(task -> saved + "\n" + turn.text("notes.dismissed.task", task)).orElse(saved)).inPlace());
    }

    /**
     * A signal that is dismissed (or was nothing) after it was made a task takes that task back while it is open:
     * the user has just said there is nothing to follow up, so a task left behind would only be a stale to-do, and
     * asking first would cost a tap for an answer that is nearly always yes. The reply names the task, so nothing
     * disappears unseen; a task already done stays, as what was done. Returns the task's description when it went.
     */
    private Optional<String> takeBackTask(Turn turn, Note note, int index) {
        Note.FoundSignal signal = note.signals().get(index);
        if (signal.status() != Note.Status.TASK) {
            return Optional.empty();
        }
        String taskId = signal.taskId() != null ? signal.taskId() : note.offers().stream() // made before the link was kept
                .filter(o -> o.kind() == Offer.Kind.TASK && o.state() == Offer.State.ACCEPTED && o.text().contains(signal.sentence()))
                .map(Offer::madeId).findFirst().orElse(null);
        Optional<FollowUp> task = taskId == null ? Optional.empty() : followUps.find(turn.userId(), taskId).filter(t -> !t.done());
        return task.filter(t -> followUps.delete(turn.userId(), t.id())).map(followUps::describe);
    }

    /** A signal as a task for the note's person, due by its urgency; kept as an accepted offer, so deleting the note takes it back. */
    private List<Reply> signalTask(Turn turn, Note note, int index) {
        Note.FoundSignal signal = note.signals().get(index);
        if (signal.status() == Note.Status.TASK) {
            return List.of(Reply.notice(turn.text("notes.task.exists")));
        }
        LocalDate due = dueDate(signal.type(), today(turn));
        String person = note.contactIds().size() == 1 ? note.contactIds().get(0) : null;
        FollowUp task = followUps.create(turn.userId(),
                turn.text("notes.task." + signal.type().name().toLowerCase(Locale.ROOT), signal.sentence()), due, null, person);
        notes.madeTask(turn.userId(), note.id(), index, task.id());
        notes.setOffer(turn.userId(), note.id(), note.offers().size(),
                Offer.task(person, task.text(), due, null, null).settled(Offer.State.ACCEPTED, task.id()));
        return List.of(turn.say("notes.task.made", Html.escape(followUps.describe(task)),
                turn.language().format(due, FormatStyle.FULL)));
    }

    /** A complaint today, a silent complaint tomorrow, a buying signal within two working days. */
    static LocalDate dueDate(SignalType type, LocalDate today) {
        return switch (type) {
            case COMPLAINT -> today;
            case SILENT_COMPLAINT -> nextWorkingDay(today);
            default -> nextWorkingDay(nextWorkingDay(today));
        };
    }

    private static LocalDate nextWorkingDay(LocalDate day) {
        LocalDate next = day.plusDays(1);
        while (next.getDayOfWeek() == DayOfWeek.SATURDAY || next.getDayOfWeek() == DayOfWeek.SUNDAY) {
            next = next.plusDays(1);
        }
        return next;
    }

    private List<Reply> link(Turn turn, Note note, String contactId) {
        Optional<Contact> contact = contacts.find(turn.userId(), contactId);
        if (contact.isEmpty()) {
            return stale(turn);
        }
        if (!note.isAbout(contactId)) {
            List<String> people = new ArrayList<>(note.contactIds());
            people.add(contactId);
            notes.setContacts(turn.userId(), note.id(), people);
            readers.chose(turn.userId(), note.text(), contactId);
            refreshLastContact(turn, List.of(contactId));
            if (people.size() == 1) {
                giveOpenOffersTo(turn, note, contactId);
            }
        }
        return List.of(Reply.notice(turn.text("notes.linked", Html.escape(contact.get().name()))));
    }

    /**
     * After a tap on one of the people the note could be about: the question marks who it is about now (more may be
     * tapped). Its candidates are read from the note again, as they were when it was asked.
     */
    private List<Reply> chosen(Turn turn, String noteId, List<Reply> linked) {
        Note now = notes.find(turn.userId(), noteId).orElse(null);
        if (now == null) {
            return linked;
        }
        List<Contact> candidates = readers.read(turn.userId(), now.text(), today(turn)).ask();
        List<Reply> replies = new ArrayList<>(linked);
        if (!candidates.isEmpty()) {
            replies.add(Reply.buttonsInPlace(NoteReplies.askWho(turn, now, candidates).buttons()));
        }
        return replies;
    }

    /** Once it is clear whom the note is about, what it offered for no one in particular is for them. */
    private void giveOpenOffersTo(Turn turn, Note note, String contactId) {
        for (int i = 0; i < note.offers().size(); i++) {
            Offer offer = note.offers().get(i);
            if (offer.contactId() == null && offer.state() == Offer.State.OPEN && offer.kind() != Offer.Kind.NEW_CONTACT) {
                notes.setOffer(turn.userId(), note.id(), i, offer.forContact(contactId));
            }
        }
    }

    private List<Reply> unlink(Turn turn, Note note, String contactId) {
        if (!note.isAbout(contactId)) {
            return stale(turn);
        }
        notes.setContacts(turn.userId(), note.id(), note.contactIds().stream().filter(c -> !c.equals(contactId)).toList());
        readers.notMeant(turn.userId(), note.text(), contactId);
        refreshLastContact(turn, List.of(contactId));
        Note now = notes.find(turn.userId(), note.id()).orElse(note);
        return List.of(Reply.notice(turn.text("notes.unlinked")), NoteReplies.people(turn, now, linked(turn, now)).markInPlace());
    }

    /** The typed name of a contact to link: one found is linked, several are offered, none is said. */
    List<Reply> linkByName(Turn turn, String noteId, String name) {
        Optional<Note> note = notes.find(turn.userId(), noteId);
        if (note.isEmpty()) {
            return stale(turn);
        }
        List<Contact> found = contacts.search(turn.userId(), name);
        if (found.size() == 1) {
            return link(turn, note.get(), found.get(0).id());
        }
        if (found.isEmpty()) {
            return List.of(Reply.withButtons(turn.text("notes.about.unknown", Html.escape(name)), List.of(List.of(
                    new NoteAction.TypeName(noteId, true).button("➕ " + turn.text("notes.about.new"))))));
        }
        return List.of(NoteReplies.askWho(turn, note.get(), found));
    }

    /** "Jan Bakker, Bakkerij Van Dam": a new contact, at the company after the comma, linked to the note. */
    List<Reply> addContactAndLink(Turn turn, String noteId, String typed) {
        Optional<Note> note = notes.find(turn.userId(), noteId);
        String[] parts = typed.split(",", 2);
        if (note.isEmpty() || parts[0].isBlank()) {
            return stale(turn);
        }
        Contact added = contacts.add(turn.userId(), new Contacts.Draft(parts[0].strip(), parts.length > 1 ? parts[1].strip() : null,
                null, null, null, null));
        link(turn, note.get(), added.id());
        return List.of(turn.say("notes.about.added", Html.escape(added.name())));
    }

    /** An offer's button; the list of offers then shows each one's state (taken, skipped, still open). */
    private List<Reply> onOffer(Turn turn, Note note, NoteAction.OnOffer press) {
        Offer offer = note.offers().get(press.offer());
        if (offer.state() != Offer.State.OPEN) {
            return List.of(Reply.notice(turn.text(offer.state() == Offer.State.ACCEPTED ? "notes.offer.done" : "notes.offer.skipped")),
                    offersNow(turn, note.id()).markInPlace());
        }
        return switch (press.op()) {
            case ACCEPT -> withOffersAfter(turn, note.id(), accept(turn, note, press.offer(), offer), null);
            case SKIP -> {
                notes.setOffer(turn.userId(), note.id(), press.offer(), offer.settled(Offer.State.SKIPPED, null));
                yield withOffersAfter(turn, note.id(), List.of(Reply.notice(turn.text("notes.dismissed"))), null);
            }
            case CHANGE -> {
                Map<String, Object> state = new java.util.HashMap<>(Map.of("note", note.id(), "offer", press.offer()));
                if (turn.pressedMessage() != null) {
                    state.put(NoteTaking.OFFERS_MESSAGE, turn.pressedMessage());
                }
                conversations.start(turn.userId(), NoteAction.FEATURE, NoteTaking.Step.CHANGE_OFFER.name(), state);
                yield List.of(turn.say("notes.offer.change", Html.escape(offer.text())));
            }
        };
    }

    /**
     * What accepting or skipping said, then the list of offers as it is now, in place of the one pressed, or of
     * {@code offersMessage} (an offer taken after its new text was typed).
     */
    private List<Reply> withOffersAfter(Turn turn, String noteId, List<Reply> said, String offersMessage) {
        List<Reply> replies = new ArrayList<>(said);
        Reply offers = offersNow(turn, noteId);
        if (offersMessage != null) {
            replies.add(offers.markInPlaceOf(offersMessage));
        } else if (turn.event().payload() instanceof nl.homerun.coach.InboundEvent.ButtonPress) {
            replies.add(offers.markInPlace());
        }
        return replies;
    }

    /** The note's offers as they stand, with the names of the people they are for. */
    private Reply offersNow(Turn turn, String noteId) {
        Note note = notes.find(turn.userId(), noteId).orElseThrow();
        List<Contact> people = note.offers().stream().map(Offer::contactId).filter(java.util.Objects::nonNull).distinct()
                .map(id -> contacts.find(turn.userId(), id)).flatMap(Optional::stream).toList();
        return NoteReplies.offers(turn, note, people);
    }

    /**
     * An offer as the user typed it instead, accepted at once. For a task a day or time in it moves the task
     * ("maandag 14:00"), and the rest, if any, is its new text.
     */
    List<Reply> acceptChanged(Turn turn, String noteId, int index, String text, String offersMessage) {
        Optional<Note> note = notes.find(turn.userId(), noteId);
        if (note.isEmpty() || index >= note.get().offers().size() || note.get().offers().get(index).state() != Offer.State.OPEN) {
            return stale(turn);
        }
        Offer offer = note.get().offers().get(index);
        return withOffersAfter(turn, noteId, accept(turn, note.get(), index, offer.kind() == Offer.Kind.TASK
                ? retyped(offer, text.strip(), today(turn)) : offer.withText(text.strip())), offersMessage);
    }

    private static Offer retyped(Offer task, String typed, LocalDate today) {
        String rest = typed;
        LocalDate day = task.day();
        java.time.YearMonth month = task.month();
        java.time.LocalTime time = task.time();
        List<InText.FoundTime> times = InText.times(rest);
        if (!times.isEmpty()) {
            time = times.get(0).time();
            rest = rest.substring(0, times.get(0).start()) + rest.substring(times.get(0).end());
        }
        List<InText.FoundDate> dates = InText.dates(rest, today);
        if (!dates.isEmpty()) {
            day = dates.get(0).day();
            month = dates.get(0).day() == null ? dates.get(0).month() : null;
            rest = rest.substring(0, dates.get(0).start()) + rest.substring(dates.get(0).end());
        }
        rest = rest.replaceAll("\\s+(om|op|at|on)\\s*$", "").replaceAll("^\\s*(om|op|at|on)\\s+", "").strip();
        return Offer.task(task.contactId(), rest.isEmpty() ? task.text() : rest, day, month, time);
    }

    private List<Reply> accept(Turn turn, Note note, int index, Offer offer) {
        String made;
        String said;
        LocalDate today = today(turn);
        switch (offer.kind()) {
            case TASK, EVENT -> {
                String text = offer.kind() == Offer.Kind.EVENT ? turn.text("notes.event.task", offer.text()) : offer.text();
                FollowUp task = followUps.create(turn.userId(), text, offer.dueOn(today), offer.time(), offer.contactId());
                made = task.id();
                said = turn.text("notes.task.made", Html.escape(followUps.describe(task)),
                        turn.language().format(task.due(), FormatStyle.FULL) + (task.time() == null ? "" : " " + task.time()));
            }
            case FACT -> {
                if (offer.contactId() == null) {
                    return List.of(turn.say("notes.offer.who"));
                }
                if (!saveFact(turn.userId(), offer)) {
                    return stale(turn);
                }
                made = offer.contactId();
                said = turn.text("notes.fact.saved");
            }
            default -> {
                Contact added = contacts.add(turn.userId(), new Contacts.Draft(offer.text(), offer.account(), offer.role(),
                        null, null, null));
                List<String> people = new ArrayList<>(note.contactIds());
                people.add(added.id());
                notes.setContacts(turn.userId(), note.id(), people);
                made = added.id();
                said = turn.text("notes.about.added", Html.escape(added.name()));
            }
        }
        notes.setOffer(turn.userId(), note.id(), index, offer.settled(Offer.State.ACCEPTED, made));
        return List.of(Reply.text(said));
    }

    /** A fact onto the card: added to what is known of that kind; a birthday or role into its own field. */
    private boolean saveFact(long owner, Offer offer) {
        Optional<Contact> contact = offer.contactId() == null ? Optional.empty() : contacts.find(owner, offer.contactId());
        if (contact.isEmpty()) {
            return false;
        }
        if (offer.fact() == FactKind.BIRTHDAY) {
            return birthdayIn(offer.text()).map(b -> contacts.setBirthday(owner, offer.contactId(), b)).orElse(false);
        }
        if (offer.fact() == FactKind.ROLE) {
            return contacts.setField(owner, offer.contactId(), "role", offer.text());
        }
        Contact.Fact fact = offer.fact().privateFact().orElseThrow();
        String known = contact.get().facts().get(fact);
        String value = known == null || known.isBlank() ? offer.text()
                : known.contains(offer.text()) ? known : known + "; " + offer.text();
        return contacts.setFact(owner, offer.contactId(), fact, value);
    }

    /** The birthday a fact tells ("ze is 12 maart jarig"): as typed alone, or the first day and month in it. */
    private static Optional<TypedDate> birthdayIn(String text) {
        return Dates.readBirthday(text).or(() -> InText.dates(text, LocalDate.of(2000, 1, 1)).stream()
                .filter(d -> d.day() != null).findFirst()
                .map(d -> new TypedDate(java.time.MonthDay.from(d.day()), java.util.OptionalInt.empty())));
    }

    /** Deletes the note and what it made that is still open, and sets back the last contact it set. */
    private List<Reply> delete(Turn turn, Note note) {
        if (!notes.delete(turn.userId(), note.id())) {
            return stale(turn);
        }
        int undone = 0;
        for (Offer offer : note.offers()) {
            boolean task = offer.kind() == Offer.Kind.TASK || offer.kind() == Offer.Kind.EVENT;
            if (task && offer.state() == Offer.State.ACCEPTED && followUps.delete(turn.userId(), offer.madeId())) {
                undone++;
            }
        }
        refreshLastContact(turn, note.contactIds());
        return List.of(turn.say("notes.deleted", undone));
    }

    /** The last contact of each of these people, as their notes now say. */
    void refreshLastContact(Turn turn, Collection<String> contactIds) {
        for (String id : contactIds) {
            LocalDate last = notes.lastContactWith(turn.userId(), id)
                    .map(at -> at.atZone(turn.user().timeZone()).toLocalDate()).orElse(null);
            contacts.setLastContact(turn.userId(), id, last);
        }
    }

    private List<Contact> linked(Turn turn, Note note) {
        return note.contactIds().stream().map(id -> contacts.find(turn.userId(), id)).flatMap(Optional::stream).toList();
    }

    private LocalDate today(Turn turn) {
        return turn.user().today(clock);
    }

    private static List<Reply> stale(Turn turn) {
        return List.of(turn.say("coach.button.stale"));
    }
}
