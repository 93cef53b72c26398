package nl.homerun.notes;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;

import nl.homerun.signals.SignalType;

/**
 * The signals still open (neither made a task nor dismissed) in the notes about some people: what a conversation
 * that prepares a meeting with them should bring up (the account meeting's complaints and chances).
 */
@Service
public class OpenSignals {

    private final NoteRepository notes;

    OpenSignals(NoteRepository notes) {
        this.notes = notes;
    }

    /** What kind of signal is open, most urgent first. */
    public enum Kind { COMPLAINT, SILENT_COMPLAINT, BUYING_SIGNAL }

    /** An open signal: its kind, the sentence, the people its note is about, and when the note was written. */
    public record Open(Kind kind, String sentence, List<String> contactIds, Instant at) {

        public Open {
            contactIds = List.copyOf(contactIds);
        }
    }

    /** The user's open signals in notes about any of these contacts: the most urgent kind first, then oldest first. */
    public List<Open> about(long owner, Collection<String> contactIds) {
        Set<String> wanted = Set.copyOf(contactIds);
        return notes.withOpenSignals(owner).stream()
                .filter(n -> n.contactIds().stream().anyMatch(wanted::contains))
                .flatMap(n -> n.signals().stream().filter(s -> s.status() == Note.Status.OPEN && s.type() != SignalType.NEUTRAL)
                        .map(s -> new Open(kind(s.type()), s.sentence(), n.contactIds(), n.createdAt())))
                .sorted(Comparator.comparing(Open::kind).thenComparing(Open::at)).toList();
    }

    private static Kind kind(SignalType type) {
        return switch (type) {
            case COMPLAINT -> Kind.COMPLAINT;
            case SILENT_COMPLAINT -> Kind.SILENT_COMPLAINT;
            default -> Kind.BUYING_SIGNAL;
        };
    }
}
