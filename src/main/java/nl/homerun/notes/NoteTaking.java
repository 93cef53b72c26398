package nl.homerun.notes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.bson.types.ObjectId;
import org.springframework.stereotype.Component;

import nl.homerun.coach.ChatFeature;
import nl.homerun.coach.Command;
import nl.homerun.coach.CommandSpec;
import nl.homerun.coach.Conversation;
import nl.homerun.coach.ConversationStore;
import nl.homerun.coach.FreeTextHandler;
import nl.homerun.coach.InboundEvent;
import nl.homerun.coach.Reply;
import nl.homerun.coach.Turn;
import nl.homerun.contacts.Contact;
import nl.homerun.contacts.Contacts;
import nl.homerun.signals.NoteAnalysis;
import nl.homerun.signals.SignalDetector;
import nl.homerun.understanding.NoteReaders;
import nl.homerun.understanding.Understanding;

/**
 * Every plain message is a visit note, and so is {@code /notitie} or {@code /note}: stored with whom it is about,
 * read for signals and for what it promises and tells, and answered with the next step. A lone word or number typed
 * outside a conversation is asked about first, not stored as a note. The buttons under a note are
 * {@link NoteButtons}'; the conversations they start (a name, a changed text) end here.
 */
@Component
class NoteTaking implements ChatFeature, FreeTextHandler {

    /** Answers and small talk that are no note: "ja", "ok", "thanks", a number, a single word. */
    private static final Pattern NO_NOTE = Pattern.compile("(?iu)(ja|nee|nein|ok(é|e|ay)?|oke|prima|top|goed|dank( je| u)?|"
            + "bedankt|thanks?( you)?|thx|yes|no|yep|nope|sure|cool|great|hoi|hallo|hi|hello|hey|\\?+|[\\d\\s.,:/+-]+|"
            + "\\p{L}[\\p{L}'’-]*)[.!?]*");

    private final SignalDetector detector;
    private final NoteRepository notes;
    private final NoteReaders readers;
    private final NoteButtons buttons;
    private final ConversationStore conversations;
    private final Contacts contacts;
    private final Clock clock;

    NoteTaking(SignalDetector detector, NoteRepository notes, NoteReaders readers, NoteButtons buttons,
            ConversationStore conversations, Contacts contacts, Clock clock) {
        this.detector = detector;
        this.notes = notes;
        this.readers = readers;
        this.buttons = buttons;
        this.conversations = conversations;
        this.contacts = contacts;
        this.clock = clock;
    }

    @Override
    public String name() {
        return NoteAction.FEATURE;
    }

    @Override
    public List<CommandSpec> commands() {
        return List.of(new CommandSpec("notitie", "note", "notes.description"),
                new CommandSpec("notities", "notes", "notes.list.description"));
    }

    @Override
    public List<Reply> onCommand(Turn turn, Command command) {
        if (command.name().equals("notities") || command.name().equals("notes")) {
            return List.of(NoteList.of(turn, notes, contacts, command.arguments()));
        }
        if (command.hasArguments()) {
            return take(turn, command.arguments(), newId(turn), null);
        }
        conversations.start(turn.userId(), name(), Step.WRITE.name(), Map.of());
        return List.of(turn.say("notes.ask"));
    }

    /**
     * Telegram splits a message at 4,096 characters; a note of one part this long may have a next part coming. A
     * note already joined is not joined again, so a paste of more than two parts gives two notes.
     */
    static final int SPLIT_LENGTH = 4000;
    static final int PART_LENGTH = 4096;
    /** How soon after a long part its next part arrives, at most. */
    static final java.time.Duration NEXT_PART = java.time.Duration.ofMinutes(1);

    @Override
    public List<Reply> onFreeText(Turn turn, String text) {
        Optional<Note> split = partBefore(turn);
        if (split.isPresent()) {
            return edit(turn, split.get().id(), split.get().text() + text, "notes.joined", messageRef(turn));
        }
        String id = newId(turn);
        if (NO_NOTE.matcher(text.strip()).matches()) {
            conversations.start(turn.userId(), name(), Step.KEEP.name(), Map.of("note", id, "text", text));
            return List.of(Reply.withButtons(turn.text("notes.keep.ask"), List.of(List.of(
                    new NoteAction.Keep(id, true).button(turn.text("notes.keep.yes")),
                    new NoteAction.Keep(id, false).button(turn.text("notes.keep.no"))))));
        }
        return take(turn, text, id, null);
    }

    @Override
    public List<Reply> onEditedText(Turn turn, String messageRef, String text) {
        if (messageRef == null) {
            return List.of();
        }
        return notes.find(turn.userId(), Note.idOf(turn.userId(), messageRef))
                .filter(note -> messageRef.equals(note.messageRef()))
                .or(() -> notes.fromMessage(turn.userId(), messageRef)) // the joined parts of a split message
                .map(note -> edit(turn, note.id(), text, "notes.edit.saved", null)).orElse(List.of());
    }

    /** The id of a note from this message: derived from the message where the channel numbers them, else new. */
    private static String newId(Turn turn) {
        String ref = messageRef(turn);
        return ref == null ? new ObjectId().toHexString() : Note.idOf(turn.userId(), ref);
    }

    /**
     * The note just written from one message long enough to have been split, whose next part this text may be:
     * within a minute, and the very next message of the chat.
     */
    private Optional<Note> partBefore(Turn turn) {
        String ref = messageRef(turn);
        String before = ref == null ? null : previous(ref);
        if (before == null) {
            return Optional.empty(); // a channel that does not number its messages does not split them either
        }
        return notes.find(turn.userId(), Note.idOf(turn.userId(), before))
                .filter(n -> n.text().length() >= SPLIT_LENGTH && n.text().length() <= PART_LENGTH
                        && before.equals(n.messageRef()) && !n.createdAt().plus(NEXT_PART).isBefore(clock.instant()));
    }

    /** The message right before {@code ref} in the same chat ("chat:41" for "chat:42"); null when there is none. */
    static String previous(String ref) {
        int colon = ref.lastIndexOf(':');
        try {
            long number = Long.parseLong(ref.substring(colon + 1));
            return colon > 0 && number > 1 ? ref.substring(0, colon + 1) + (number - 1) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** In a conversation about an offer: the message of the list of offers, changed once the offer is taken. */
    static final String OFFERS_MESSAGE = "offers";

    /** Where a conversation about a note stands: waiting for the note, a name, a new text, or a yes to keep it. */
    enum Step { WRITE, KEEP, NAME, NEW_CONTACT, EDIT, CHANGE_OFFER }

    @Override
    public List<Reply> onText(Turn turn, Conversation conversation, String text) {
        conversations.end(conversation);
        Step step = Step.valueOf(conversation.step());
        String id = (String) conversation.state().get("note");
        return switch (step) {
            case WRITE -> take(turn, text, newId(turn), (String) conversation.state().get("about"));
            case KEEP -> onFreeText(turn, text);
            case NAME -> buttons.linkByName(turn, id, text);
            case NEW_CONTACT -> buttons.addContactAndLink(turn, id, text);
            case EDIT -> edit(turn, id, text, "notes.edit.saved", null);
            case CHANGE_OFFER -> buttons.acceptChanged(turn, id, ((Number) conversation.state().get("offer")).intValue(), text,
                    (String) conversation.state().get(OFFERS_MESSAGE));
        };
    }

    @Override
    public List<Reply> onButton(Turn turn, String action) {
        return NoteAction.unpack(action).map(a -> a instanceof NoteAction.Keep keep ? keep(turn, keep)
                : a instanceof NoteAction.WriteAbout about ? askForNoteAbout(turn, about.contactId())
                : a instanceof NoteAction.Edit ? askForNewText(turn, a.noteId()) : buttons.press(turn, a))
                .orElseGet(() -> List.of(turn.say("coach.button.stale")));
    }

    private List<Reply> askForNoteAbout(Turn turn, String contactId) {
        return contacts.find(turn.userId(), contactId).map(c -> {
            conversations.start(turn.userId(), name(), Step.WRITE.name(), Map.of("about", c.id()));
            return List.of(turn.say("notes.ask.about", nl.homerun.coach.Html.escape(c.name())));
        }).orElseGet(() -> List.of(turn.say("coach.button.stale")));
    }

    private List<Reply> keep(Turn turn, NoteAction.Keep keep) {
        Conversation pending = conversations.active(turn.userId()).filter(c -> c.feature().equals(name())
                && Step.KEEP.name().equals(c.step()) && keep.noteId().equals(c.state().get("note"))).orElse(null);
        if (pending == null || !conversations.end(pending)) {
            return List.of(turn.say("coach.button.stale"));
        }
        List<Reply> replies = new ArrayList<>(List.of(Reply.noButtonsInPlace()));
        replies.addAll(keep.keep() ? take(turn, (String) pending.state().get("text"), keep.noteId(), null)
                : List.of(Reply.notice(turn.text("notes.keep.dropped"))));
        return replies;
    }

    private List<Reply> askForNewText(Turn turn, String id) {
        if (notes.find(turn.userId(), id).isEmpty()) {
            return List.of(turn.say("coach.button.stale"));
        }
        conversations.start(turn.userId(), name(), Step.EDIT.name(), Map.of("note", id));
        return List.of(turn.say("notes.edit.ask"));
    }

    /**
     * Stores a new note and answers it: its signals with coaching, whom it is about (and {@code about}, when it was
     * written from a contact's card), and what it offers to do.
     */
    private List<Reply> take(Turn turn, String text, String id, String about) {
        Read read = read(turn, text);
        Set<String> people = new LinkedHashSet<>(read.people());
        if (about != null) {
            people.add(about);
        }
        List<Contact> ask = about == null ? read.understanding().ask() : List.of();
        List<Offer> offers = about == null || people.size() > 1 ? read.offers()
                : read.offers().stream().map(o -> o.contactId() == null && o.kind() != Offer.Kind.NEW_CONTACT ? o.forContact(about) : o).toList();
        Note note = new Note(id, turn.userId(), text, read.analysis().language(), read.analysis().label(),
                read.signals(), clock.instant(), List.copyOf(people), read.understanding().contactMade(), offers,
                messageRef(turn));
        if (notes.insert(note) && note.contactMade()) { // not again for a message handled before a crash
            note.contactIds().forEach(c -> contacts.touched(turn.userId(), c, today(turn)));
        }
        return NoteReplies.of(turn, note, read.analysis(), ask, contactsOf(turn, note));
    }

    /**
     * Replaces the text of a note: read again, keeping the links and the offers the user already settled; a joined
     * part of a split message ({@code messageRef} not null) becomes the message the note is known by.
     */
    private List<Reply> edit(Turn turn, String id, String text, String saidKey, String messageRef) {
        Note old = notes.find(turn.userId(), id).orElse(null);
        if (old == null) {
            return List.of(turn.say("coach.button.stale"));
        }
        Read read = read(turn, text);
        Set<String> people = new LinkedHashSet<>(old.contactIds());
        people.addAll(read.people());
        List<Offer> offers = new ArrayList<>(old.offers().stream().filter(o -> o.state() != Offer.State.OPEN).toList());
        read.offers().stream().filter(o -> offers.stream().noneMatch(k -> k.kind() == o.kind() && k.text().equals(o.text())))
                .forEach(offers::add);
        Note note = new Note(id, old.owner(), text, read.analysis().language(), read.analysis().label(), read.signals(),
                old.createdAt(), List.copyOf(people), read.understanding().contactMade(), offers,
                messageRef == null ? old.messageRef() : messageRef);
        notes.replace(note);
        buttons.refreshLastContact(turn, people);
        List<Reply> replies = new ArrayList<>(List.of(Reply.notice(turn.text(saidKey))));
        replies.addAll(NoteReplies.of(turn, note, read.analysis(), read.understanding().ask(), contactsOf(turn, note)));
        return replies;
    }

    /** What was read from a text: its signals, its people and what it offers to do. */
    private record Read(NoteAnalysis analysis, List<Note.FoundSignal> signals, Understanding understanding,
            List<String> people, List<Offer> offers) {
    }

    /**
     * What a text says. A note that reports no contact ("geen gehoor, morgen nog eens") has no buying signal or
     * complaint in it: nobody said anything to have one. The names of its people are read as names only.
     */
    private Read read(Turn turn, String text) {
        Understanding understanding = readers.read(turn.userId(), text, today(turn));
        NoteAnalysis analysis = detector.analyze(text, turn.language(), notes.corrections(turn.userId()),
                understanding.namesTyped());
        if (!understanding.contactMade()) {
            analysis = analysis.withoutSignals();
        }
        List<Note.FoundSignal> signals = analysis.signals().stream()
                .map(s -> new Note.FoundSignal(s.type(), s.sentence(), s.confidence(), Note.Status.OPEN)).toList();
        List<String> people = understanding.people().stream().map(Contact::id).toList();
        return new Read(analysis, signals, understanding, people, Offer.from(understanding));
    }

    private static String messageRef(Turn turn) {
        return turn.event().payload() instanceof InboundEvent.Text typed ? typed.messageRef() : null;
    }

    private List<Contact> contactsOf(Turn turn, Note note) {
        return note.contactIds().stream().map(id -> contacts.find(turn.userId(), id)).flatMap(java.util.Optional::stream)
                .toList();
    }

    private LocalDate today(Turn turn) {
        return turn.user().today(clock);
    }
}
