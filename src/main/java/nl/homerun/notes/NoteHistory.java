package nl.homerun.notes;

import java.util.Optional;

import org.springframework.stereotype.Service;

/**
 * The user's notes as context elsewhere: the last note about a contact, for a reminder; whom the notes of a period
 * were about, for where the attention went (the portfolio).
 */
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

    /** A note as attention paid: when, to whom, and whether contact was made (not "geen gehoor"). */
    public record Attention(java.time.Instant at, java.util.List<String> contactIds, boolean contactMade) {
    }

    /** What the notes written since {@code from} were about, oldest first. */
    public java.util.List<Attention> since(long owner, java.time.Instant from) {
        return notes.since(owner, from).stream().map(n -> new Attention(n.createdAt(), n.contactIds(), n.contactMade())).toList();
    }
}
