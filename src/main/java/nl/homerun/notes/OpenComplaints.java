package nl.homerun.notes;

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

    /**
     * The sentences of all open complaints, oldest first: they stay until handled, however long they are ignored
     * (hiding the older ones would hide the ones ignored longest).
     */
    public List<String> open(long owner) {
        return notes.withOpenSignals(owner).stream()
                .sorted(java.util.Comparator.comparing(Note::createdAt))
                .flatMap(n -> n.signals().stream())
                .filter(s -> s.status() == Note.Status.OPEN
                        && (s.type() == SignalType.COMPLAINT || s.type() == SignalType.SILENT_COMPLAINT))
                .map(Note.FoundSignal::sentence).toList();
    }
}
