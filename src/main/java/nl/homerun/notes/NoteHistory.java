package nl.homerun.notes;

import java.util.Optional;

import org.springframework.stereotype.Service;

/** The user's notes as context elsewhere: the last note about a contact, for a reminder. */
@Service
public class NoteHistory {

    private final NoteRepository notes;

    NoteHistory(NoteRepository notes) {
        this.notes = notes;
    }

    /** The last note about the contact: when it was written, and its text. */
    public record LastNote(java.time.Instant at, String text) {
    }

    public Optional<LastNote> lastAbout(long owner, String contactId) {
        return notes.latest(owner, java.util.List.of(contactId), 1).stream().findFirst().map(n -> new LastNote(n.createdAt(), n.text()));
    }
}
