package nl.homerun.notes;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import nl.homerun.coach.Html;
import nl.homerun.coach.Reply;
import nl.homerun.coach.Turn;
import nl.homerun.contacts.Contact;
import nl.homerun.contacts.Contacts;
import nl.homerun.signals.SignalType;

/**
 * {@code /notities [name or company]}: the latest notes, of all, of one contact (found forgiving typos), or of
 * everyone at a company, each with whom it is about.
 */
final class NoteList {

    static final int SHOWN = 15;

    private NoteList() {
    }

    static Reply of(Turn turn, NoteRepository notes, Contacts contacts, String name) {
        List<Contact> about = List.of();
        String title = null;
        if (!name.isBlank()) {
            List<Contact> found = contacts.search(turn.userId(), name);
            if (found.isEmpty()) {
                return turn.say("notes.list.unknown", Html.escape(name));
            }
            String account = found.get(0).account();
            boolean company = Contacts.isCompanySearch(found.get(0), name);
            about = company ? contacts.all(turn.userId()).stream().filter(c -> account.equals(c.account())).toList()
                    : found.subList(0, 1);
            title = company ? account : found.get(0).name();
        }
        List<Note> latest = notes.latest(turn.userId(), about.stream().map(Contact::id).toList(), SHOWN);
        if (latest.isEmpty()) {
            return title == null ? turn.say("notes.list.none") : turn.say("notes.list.noneFor", Html.escape(title));
        }
        Map<String, String> names = contacts.all(turn.userId()).stream()
                .collect(Collectors.toMap(Contact::id, Contact::name, (a, b) -> a));
        DateTimeFormatter format = DateTimeFormatter.ofPattern("d MMM", turn.language().locale());
        StringBuilder text = new StringBuilder(title == null ? turn.text("notes.list.header")
                : turn.text("notes.list.headerFor", Html.escape(title)));
        for (Note note : latest) {
            String shown = note.text().length() > 160 ? note.text().substring(0, 157) + "…" : note.text();
            String people = note.contactIds().stream().map(names::get).filter(n -> n != null).collect(Collectors.joining(", "));
            text.append("\n\n").append(icon(note.label())).append(" <b>")
                    .append(note.createdAt().atZone(turn.user().timeZone()).format(format)).append("</b> ")
                    .append(people.isEmpty() || about.size() == 1 ? "" : "<i>" + Html.escape(people) + "</i>: ")
                    .append(note.contactMade() ? "" : "☎️ ").append(Html.escape(shown));
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
