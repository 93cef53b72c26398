package nl.homerun.notes;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bson.types.ObjectId;
import org.springframework.stereotype.Component;

import nl.homerun.coach.Button;
import nl.homerun.coach.ChatFeature;
import nl.homerun.coach.Command;
import nl.homerun.coach.CommandSpec;
import nl.homerun.coach.Conversation;
import nl.homerun.coach.ConversationStore;
import nl.homerun.coach.FreeTextHandler;
import nl.homerun.coach.Reply;
import nl.homerun.coach.Turn;
import nl.homerun.contacts.Contact;
import nl.homerun.contacts.Contacts;
import nl.homerun.followups.FollowUp;
import nl.homerun.followups.FollowUps;
import nl.homerun.signals.NoteAnalysis;
import nl.homerun.signals.SignalDetector;
import nl.homerun.signals.SignalType;

/**
 * Every plain message is a visit note, and so is {@code /notitie} or {@code /note}: stored, read for signals, and
 * answered with each signal, its sentence and the next step. Each signal has buttons to make it a follow-up task,
 * to dismiss it, and to say whether the detection was right (kept for retraining).
 */
@Component
class NoteTaking implements ChatFeature, FreeTextHandler {

    private final SignalDetector detector;
    private final NoteRepository notes;
    private final FollowUps followUps;
    private final ConversationStore conversations;
    private final Contacts contacts;
    private final Clock clock;

    NoteTaking(SignalDetector detector, NoteRepository notes, FollowUps followUps, ConversationStore conversations,
            Contacts contacts, Clock clock) {
        this.detector = detector;
        this.notes = notes;
        this.followUps = followUps;
        this.conversations = conversations;
        this.contacts = contacts;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "note";
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
            return take(turn, command.arguments());
        }
        conversations.start(turn.userId(), name(), "write", Map.of());
        return List.of(turn.say("notes.ask"));
    }

    @Override
    public List<Reply> onText(Turn turn, Conversation conversation, String text) {
        conversations.end(conversation);
        return take(turn, text);
    }

    @Override
    public List<Reply> onFreeText(Turn turn, String text) {
        return take(turn, text);
    }

    private List<Reply> take(Turn turn, String text) {
        NoteAnalysis analysis = detector.analyze(text, turn.language(), notes.corrections(turn.userId()));
        List<Note.FoundSignal> found = analysis.signals().stream()
                .map(s -> new Note.FoundSignal(s.type(), s.sentence(), s.confidence(), Note.Status.OPEN)).toList();
        List<Contact> mentioned = contacts.mentionedIn(turn.userId(), text);
        Contact about = mentioned.size() == 1 ? mentioned.get(0) : null;
        Note note = new Note(new ObjectId().toHexString(), turn.userId(), text, analysis.language(), analysis.label(),
                found, clock.instant(), about == null ? null : about.id());
        notes.insert(note);
        if (about != null) {
            contacts.touched(turn.userId(), about.id(), today(turn));
        }
        List<Reply> replies = new ArrayList<>();
        String linked = about == null ? "" : "\n" + turn.text("notes.linked", about.name());
        if (!analysis.analysed()) {
            replies.add(Reply.text(turn.text("notes.foreign") + linked));
        } else if (analysis.signals().isEmpty()) {
            replies.add(Reply.text(turn.text("notes.nothing") + Coaching.closing(turn, analysis) + linked));
        } else {
            replies.add(Reply.withButtons(Coaching.answer(turn, analysis) + (linked.isEmpty() ? "" : "\n" + linked),
                    buttons(turn, note)));
        }
        if (mentioned.size() > 1) {
            replies.add(askWhichContact(turn, note, mentioned));
        }
        return replies;
    }

    /** When a note could be about several contacts: one button each, and one for none of them. */
    private static Reply askWhichContact(Turn turn, Note note, List<Contact> mentioned) {
        List<List<Button>> rows = new ArrayList<>();
        for (Contact c : mentioned.subList(0, Math.min(6, mentioned.size()))) {
            rows.add(List.of(new Button(c.name() + (c.account() == null ? "" : " — " + c.account()), "note:" + note.id() + ":c:" + c.id())));
        }
        rows.add(List.of(new Button(turn.text("notes.about.none"), "note:" + note.id() + ":c:-")));
        return Reply.withButtons(turn.text("notes.about"), rows);
    }

    private LocalDate today(Turn turn) {
        return turn.user().today(clock);
    }

    private static List<List<Button>> buttons(Turn turn, Note note) {
        List<List<Button>> rows = new ArrayList<>();
        for (int i = 0; i < note.signals().size(); i++) {
            String number = note.signals().size() > 1 ? (i + 1) + " " : "";
            String action = "note:" + note.id() + ":" + i + ":";
            rows.add(List.of(new Button(number + turn.text("notes.button.task"), action + "task"),
                    new Button("✖️", action + "skip"), new Button("👍", action + "up"), new Button("👎", action + "down")));
        }
        return rows;
    }

    @Override
    public List<Reply> onButton(Turn turn, String action) {
        String[] parts = action.split(":");
        if (parts.length == 3 && parts[1].equals("c")) {
            return link(turn, parts[0], parts[2]);
        }
        Optional<Note> note = parts.length == 3 ? notes.find(turn.userId(), parts[0]) : Optional.empty();
        int signal = parts.length == 3 && parts[1].matches("\\d{1,2}") ? Integer.parseInt(parts[1]) : -1;
        if (note.isEmpty() || signal < 0 || signal >= note.get().signals().size()) {
            return List.of(turn.say("coach.button.stale"));
        }
        return switch (parts[2]) {
            case "task" -> makeTask(turn, note.get(), signal);
            case "skip" -> {
                notes.setStatus(turn.userId(), note.get().id(), signal, Note.Status.DISMISSED);
                yield List.of(Reply.notice(turn.text("notes.dismissed")));
            }
            case "up" -> {
                notes.saveFeedback(turn.userId(), note.get(), signal, null, clock.instant());
                yield List.of(Reply.notice(turn.text("notes.thanks")));
            }
            case "down" -> List.of(askWhatItWas(turn, note.get(), signal));
            default -> parts[2].startsWith("is-") ? correct(turn, note.get(), signal, parts[2].substring(3))
                    : List.of(turn.say("coach.button.stale"));
        };
    }

    /** After a 👎: what should it have been? The four types as buttons. */
    private static Reply askWhatItWas(Turn turn, Note note, int signal) {
        String action = "note:" + note.id() + ":" + signal + ":is-";
        List<List<Button>> rows = new ArrayList<>();
        for (SignalType type : SignalType.values()) {
            rows.add(List.of(new Button(turn.text("notes.correct." + type.name().toLowerCase(java.util.Locale.ROOT)),
                    action + type.name().charAt(0) + type.ordinal())));
        }
        return Reply.withButtons(turn.text("notes.correct.ask", note.signals().get(signal).sentence()), rows);
    }

    /**
     * The user's verdict: kept for the next training, used at once for the same or a nearly identical sentence of
     * theirs, and applied to this note (a sentence that was nothing is no longer an open signal).
     */
    private List<Reply> correct(Turn turn, Note note, int signal, String code) {
        SignalType type = null;
        for (SignalType candidate : SignalType.values()) {
            type = code.equals("" + candidate.name().charAt(0) + candidate.ordinal()) ? candidate : type;
        }
        if (type == null) {
            return List.of(turn.say("coach.button.stale"));
        }
        notes.saveFeedback(turn.userId(), note, signal, type, clock.instant());
        notes.correctSignal(turn.userId(), note.id(), signal, type);
        return List.of(turn.say("notes.correct.saved", note.signals().get(signal).sentence(),
                turn.text("notes.correct." + type.name().toLowerCase(java.util.Locale.ROOT))));
    }

    /** Links a note to the contact the user picked ("-": none of them). */
    private List<Reply> link(Turn turn, String noteId, String contactId) {
        Optional<Note> note = notes.find(turn.userId(), noteId);
        if (note.isEmpty()) {
            return List.of(turn.say("coach.button.stale"));
        }
        if (contactId.equals("-")) {
            return List.of(Reply.notice(turn.text("notes.about.nobody")));
        }
        Optional<Contact> contact = contacts.find(turn.userId(), contactId);
        if (contact.isEmpty()) {
            return List.of(turn.say("coach.button.stale"));
        }
        notes.setContact(turn.userId(), noteId, contactId);
        contacts.touched(turn.userId(), contactId, note.get().createdAt().atZone(turn.user().timeZone()).toLocalDate());
        return List.of(Reply.notice(turn.text("notes.linked", contact.get().name())));
    }

    private List<Reply> makeTask(Turn turn, Note note, int index) {
        Note.FoundSignal signal = note.signals().get(index);
        if (signal.status() == Note.Status.TASK) {
            return List.of(Reply.notice(turn.text("notes.task.exists")));
        }
        LocalDate due = dueDate(signal.type(), today(turn));
        FollowUp task = followUps.create(turn.userId(),
                turn.text("notes.task." + signal.type().name().toLowerCase(java.util.Locale.ROOT), signal.sentence()), due);
        notes.setStatus(turn.userId(), note.id(), index, Note.Status.TASK);
        String day = turn.language().format(due, FormatStyle.FULL);
        return List.of(turn.say("notes.task.made", task.text(), day));
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
}
