package nl.homerun.notes;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;

import nl.homerun.signals.SignalType;

/** The complaints, silent or not, that the user has neither made a task of nor dismissed. */
@Service
public class OpenComplaints {

    private final NoteRepository notes;

    OpenComplaints(NoteRepository notes) {
        this.notes = notes;
    }

    /** The sentences of open complaints in notes since {@code since}, oldest first. */
    public List<String> since(long owner, Instant since) {
        return notes.since(owner, since).stream()
                .sorted(java.util.Comparator.comparing(Note::createdAt))
                .flatMap(n -> n.signals().stream())
                .filter(s -> s.status() == Note.Status.OPEN
                        && (s.type() == SignalType.COMPLAINT || s.type() == SignalType.SILENT_COMPLAINT))
                .map(Note.FoundSignal::sentence).toList();
    }
}
