package nl.homerun.notes;

import java.time.format.DateTimeFormatter;
import java.util.List;

import nl.homerun.coach.Html;
import nl.homerun.coach.Reply;
import nl.homerun.coach.Turn;
import nl.homerun.contacts.Contact;
import nl.homerun.contacts.Contacts;
import nl.homerun.signals.SignalType;

/** {@code /notities [name]}: the latest notes, of one contact (found forgiving typos) or of all. */
final class NoteList {

    static final int SHOWN = 15;

    private NoteList() {
    }

    static Reply of(Turn turn, NoteRepository notes, Contacts contacts, String name) {
        Contact contact = null;
        if (!name.isBlank()) {
            List<Contact> found = contacts.search(turn.userId(), name);
            if (found.isEmpty()) {
                return turn.say("notes.list.unknown", name);
            }
            contact = found.get(0);
        }
        List<Note> latest = notes.latest(turn.userId(), contact == null ? null : contact.id(), SHOWN);
        if (latest.isEmpty()) {
            return contact == null ? turn.say("notes.list.none") : turn.say("notes.list.noneFor", contact.name());
        }
        DateTimeFormatter format = DateTimeFormatter.ofPattern("d MMM", turn.language().locale());
        StringBuilder text = new StringBuilder(contact == null ? turn.text("notes.list.header")
                : turn.text("notes.list.headerFor", contact.name()));
        for (Note note : latest) {
            String text0 = note.text().length() > 160 ? note.text().substring(0, 157) + "…" : note.text();
            text.append("\n\n").append(icon(note.label())).append(" <b>")
                    .append(note.createdAt().atZone(turn.user().timeZone()).format(format)).append("</b> ")
                    .append(Html.escape(text0));
        }
        return Reply.text(text.toString());
    }

    private static String icon(SignalType label) {
        return switch (label) {
            case COMPLAINT -> "🔴";
            case SILENT_COMPLAINT -> "🟠";
            case BUYING_SIGNAL -> "🟢";
            default -> "📝";
        };
    }
}
