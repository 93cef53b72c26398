package nl.homerun.notes;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import nl.homerun.coach.Html;
import nl.homerun.coach.Turn;
import nl.homerun.contacts.CardSection;
import nl.homerun.contacts.Contact;
import nl.homerun.signals.SignalType;

/** On a contact's card: their latest notes and the signals in them still open, and a button to write a note. */
@Component
@Order(1)
class NotesOnCard implements CardSection {

    private static final int SHOWN = 3;
    private static final int READ_FOR_SIGNALS = 20;

    private final NoteRepository notes;

    NotesOnCard(NoteRepository notes) {
        this.notes = notes;
    }

    @Override
    public Optional<Section> section(Turn turn, Contact contact) {
        List<Note> latest = notes.latest(turn.userId(), List.of(contact.id()), READ_FOR_SIGNALS);
        StringBuilder text = new StringBuilder();
        if (!latest.isEmpty()) {
            DateTimeFormatter format = DateTimeFormatter.ofPattern("d MMM", turn.language().locale());
            text.append("<b>").append(turn.text("notes.card.notes")).append("</b>");
            for (Note note : latest.subList(0, Math.min(SHOWN, latest.size()))) {
                String shown = note.text().length() > 100 ? note.text().substring(0, 97) + "…" : note.text();
                text.append("\n").append(note.createdAt().atZone(turn.user().timeZone()).format(format)).append(": ")
                        .append(note.contactMade() ? "" : "☎️ ").append(Html.escape(shown));
            }
            List<Note.FoundSignal> open = latest.stream().flatMap(n -> n.signals().stream())
                    .filter(s -> s.status() == Note.Status.OPEN && s.type() != SignalType.NEUTRAL).toList();
            if (!open.isEmpty()) {
                text.append("\n<b>").append(turn.text("notes.card.signals")).append("</b>");
                open.forEach(s -> text.append("\n").append(icon(s.type())).append(" “").append(Html.escape(s.sentence())).append("”"));
            }
        }
        return Optional.of(new Section(text.toString().isEmpty() ? turn.text("notes.card.none") : text.toString(),
                List.of(new NoteAction.WriteAbout(contact.id()).button("📝 " + turn.text("notes.card.write")))));
    }

    private static String icon(SignalType type) {
        return switch (type) {
            case COMPLAINT -> "🔴";
            case SILENT_COMPLAINT -> "🟠";
            default -> "🟢";
        };
    }
}
