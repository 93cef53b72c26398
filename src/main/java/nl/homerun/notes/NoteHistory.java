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

    /**
     * A note as written: when, its text, whom it is about, whether contact was made, and the sentences found to be
     * buying signals (as the user left them: not dismissed, not corrected to something else).
     */
    public record Written(java.time.Instant at, String text, java.util.List<String> contactIds, boolean contactMade,
            java.util.List<String> buyingSignals) {
    }

    /** The notes written since {@code from}, oldest first, with their text and buying signals. */
    public java.util.List<Written> writtenSince(long owner, java.time.Instant from) {
        return notes.since(owner, from).stream().map(n -> new Written(n.createdAt(), n.text(), n.contactIds(), n.contactMade(),
                n.signals().stream().filter(s -> s.type() == nl.homerun.signals.SignalType.BUYING_SIGNAL
                        && s.status() != Note.Status.DISMISSED).map(Note.FoundSignal::sentence).toList())).toList();
    }

    /** What the notes written since {@code from} were about, oldest first. */
    public java.util.List<Attention> since(long owner, java.time.Instant from) {
        return notes.since(owner, from).stream().map(n -> new Attention(n.createdAt(), n.contactIds(), n.contactMade())).toList();
    }
}
