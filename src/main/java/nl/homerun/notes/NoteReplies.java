package nl.homerun.notes;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.homerun.coach.Button;
import nl.homerun.coach.Html;
import nl.homerun.coach.Reply;
import nl.homerun.coach.Turn;
import nl.homerun.contacts.Contact;
import nl.homerun.signals.NoteAnalysis;

/**
 * The answer to a note: its signals with the method's advice and their buttons, whom it was filed under (and a way
 * to change that, edit or delete it), the question whom it was about when that was not clear, and what it offers to
 * do (tasks, facts for a card, a question after a life event, new contacts), each accepted with one tap.
 */
final class NoteReplies {

    private NoteReplies() {
    }

    static List<Reply> of(Turn turn, Note note, NoteAnalysis analysis, List<Contact> ask, List<Contact> linked) {
        List<Reply> replies = new ArrayList<>();
        replies.add(answer(turn, note, analysis, linked));
        if (!ask.isEmpty()) {
            replies.add(askWho(turn, note, ask));
        }
        if (!note.offers().isEmpty()) {
            List<Contact> known = new ArrayList<>(linked);
            known.addAll(ask);
            replies.add(offers(turn, note, known));
        }
        return replies;
    }

    private static Reply answer(Turn turn, Note note, NoteAnalysis analysis, List<Contact> linked) {
        String filed = filed(turn, note, linked);
        String text = !analysis.analysed() ? turn.text("notes.foreign")
                : analysis.signals().isEmpty() ? turn.text("notes.nothing") + Coaching.closing(turn, analysis)
                : Coaching.answer(turn, analysis);
        return Reply.withButtons(text + (filed.isEmpty() ? "" : "\n\n" + filed), buttons(turn, note, Map.of()));
    }

    /**
     * The buttons under a note's answer: per signal make it a task, dismiss it, or judge it, the choice made marked
     * ({@code verdicts}: per signal, whether the user said the detection was right); then who, edit and delete.
     */
    static List<List<Button>> buttons(Turn turn, Note note, Map<Integer, Boolean> verdicts) {
        List<List<Button>> rows = new ArrayList<>();
        for (int i = 0; i < note.signals().size(); i++) {
            Note.Status status = note.signals().get(i).status();
            Boolean right = verdicts.get(i);
            String number = note.signals().size() > 1 ? (i + 1) + " " : "";
            rows.add(List.of(new NoteAction.OnSignal(note.id(), i, NoteAction.SignalOp.TASK)
                            .button(mark(status == Note.Status.TASK) + number + turn.text("notes.button.task")),
                    new NoteAction.OnSignal(note.id(), i, NoteAction.SignalOp.SKIP).button(mark(status == Note.Status.DISMISSED) + "✖️"),
                    new NoteAction.OnSignal(note.id(), i, NoteAction.SignalOp.UP).button(mark(Boolean.TRUE.equals(right)) + "👍"),
                    new NoteAction.OnSignal(note.id(), i, NoteAction.SignalOp.DOWN).button(mark(Boolean.FALSE.equals(right)) + "👎")));
        }
        rows.add(List.of(new NoteAction.People(note.id()).button("👥 " + turn.text("notes.button.people")),
                new NoteAction.Edit(note.id()).button("✏️"), new NoteAction.Delete(note.id(), false).button("🗑")));
        return rows;
    }

    private static String mark(boolean chosen) {
        return chosen ? "✓ " : "";
    }

    /** "Gekoppeld aan Kees Hoogendoorn (Hoogendoorn B.V.)", and a word when no contact was made. */
    static String filed(Turn turn, Note note, List<Contact> linked) {
        String text = linked.isEmpty() ? "" : turn.text("notes.linked", Html.escape(names(linked)));
        if (!note.contactMade() && !linked.isEmpty()) {
            text += "\n" + turn.text("notes.noContact");
        }
        return text;
    }

    static String names(List<Contact> people) {
        return people.stream().map(c -> c.name() + (c.account() == null ? "" : " (" + c.account() + ")"))
                .collect(Collectors.joining(", "));
    }

    /**
     * When it could be about several contacts: each a button (more than one may be tapped, those tapped marked ✓), a
     * new one, or none.
     */
    static Reply askWho(Turn turn, Note note, List<Contact> candidates) {
        List<List<Button>> rows = new ArrayList<>();
        for (Contact c : candidates.subList(0, Math.min(6, candidates.size()))) {
            rows.add(List.of(new NoteAction.Link(note.id(), c.id())
                    .button(mark(note.isAbout(c.id())) + c.name() + (c.account() == null ? "" : " — " + c.account()))));
        }
        rows.add(List.of(new NoteAction.TypeName(note.id(), true).button("➕ " + turn.text("notes.about.new")),
                new NoteAction.Link(note.id(), null).button(turn.text("notes.about.none"))));
        return Reply.withButtons(turn.text("notes.about"), rows);
    }

    /** Whom the note is about, each with a button to take them off, and buttons to add someone. */
    static Reply people(Turn turn, Note note, List<Contact> linked) {
        List<List<Button>> rows = new ArrayList<>();
        for (Contact c : linked) {
            rows.add(List.of(new NoteAction.Unlink(note.id(), c.id()).button("✖️ " + c.name())));
        }
        rows.add(List.of(new NoteAction.TypeName(note.id(), false).button("➕ " + turn.text("notes.about.other")),
                new NoteAction.TypeName(note.id(), true).button("➕ " + turn.text("notes.about.new"))));
        String text = linked.isEmpty() ? turn.text("notes.people.none")
                : turn.text("notes.people", Html.escape(names(linked)));
        return Reply.withButtons(text, rows);
    }

    /**
     * What the note offers to do, numbered; those still open with buttons to take, change or skip them, those settled
     * marked taken (✅) or skipped (struck through).
     */
    static Reply offers(Turn turn, Note note, List<Contact> known) {
        Map<String, Contact> byId = known.stream().collect(Collectors.toMap(Contact::id, c -> c, (a, b) -> a));
        StringBuilder text = new StringBuilder(turn.text("notes.offers"));
        List<List<Button>> rows = new ArrayList<>();
        for (int i = 0; i < note.offers().size(); i++) {
            Offer offer = note.offers().get(i);
            String line = describe(turn, offer, byId::get);
            text.append("\n").append(i + 1).append(". ").append(switch (offer.state()) {
                case OPEN -> line;
                case ACCEPTED -> "✅ " + line;
                case SKIPPED -> "✖️ <s>" + line + "</s>";
            });
            if (offer.state() == Offer.State.OPEN) {
                rows.add(List.of(new NoteAction.OnOffer(note.id(), i, NoteAction.OfferOp.ACCEPT).button("✅ " + (i + 1)),
                        new NoteAction.OnOffer(note.id(), i, NoteAction.OfferOp.CHANGE).button("✏️"),
                        new NoteAction.OnOffer(note.id(), i, NoteAction.OfferOp.SKIP).button("✖️")));
            }
        }
        return Reply.withButtons(text.toString(), rows);
    }

    /** One offer as a line: what would be made, for whom, when. */
    static String describe(Turn turn, Offer offer, Function<String, Contact> contacts) {
        Contact person = offer.contactId() == null ? null : contacts.apply(offer.contactId());
        String who = person == null ? "" : " — " + Html.escape(person.name());
        return switch (offer.kind()) {
            case TASK -> turn.text("notes.offer.task", Html.escape(offer.text())) + who + when(turn, offer);
            case FACT -> turn.text("notes.offer.fact", person == null ? "?" : Html.escape(person.name()),
                    turn.text("notes.fact." + offer.fact().name().toLowerCase(Locale.ROOT)), Html.escape(offer.text()));
            case EVENT -> turn.text("notes.offer.event", Html.escape(offer.text())) + who + " ("
                    + day(turn, offer.dueOn(LocalDate.MIN)) + ")";
            case NEW_CONTACT -> turn.text("notes.offer.new_contact", Html.escape(offer.text()))
                    + (offer.role() == null ? "" : ", " + Html.escape(offer.role()))
                    + (offer.account() == null ? "" : " — " + Html.escape(offer.account()));
        };
    }

    private static String when(Turn turn, Offer offer) {
        if (offer.day() == null && offer.month() == null) {
            return "";
        }
        String day = offer.day() != null ? day(turn, offer.day())
                : offer.month().format(DateTimeFormatter.ofPattern("MMMM", turn.language().locale()));
        return " · " + day + (offer.time() == null ? "" : " " + offer.time());
    }

    private static String day(Turn turn, LocalDate day) {
        return day.format(DateTimeFormatter.ofPattern("EEE d MMM", turn.language().locale()));
    }
}
