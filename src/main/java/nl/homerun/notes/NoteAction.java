package nl.homerun.notes;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.homerun.coach.Button;
import nl.homerun.signals.SignalType;

/**
 * What a button under a note does, packed into its action and unpacked here and nowhere else. The packed form is
 * {@code note:<note id>:<what>[:<argument>]}; buttons sent before notes could be about several people keep working.
 */
sealed interface NoteAction {

    String FEATURE = "note";

    String noteId();

    /** What a signal's buttons do: make it a task, dismiss it, or say the detection was right or wrong. */
    enum SignalOp { TASK, SKIP, UP, DOWN }

    record OnSignal(String noteId, int signal, SignalOp op) implements NoteAction {
        @Override
        public String pack() {
            return noteId + ":" + signal + ":" + op.name().toLowerCase(Locale.ROOT);
        }
    }

    /** After a 👎: what the signal should have been. */
    record Retype(String noteId, int signal, SignalType type) implements NoteAction {
        @Override
        public String pack() {
            return noteId + ":" + signal + ":is-" + type.name().charAt(0) + type.ordinal();
        }
    }

    /** Link the note to a contact, or (contactId null) to none of those offered. */
    record Link(String noteId, String contactId) implements NoteAction {
        @Override
        public String pack() {
            return noteId + ":c:" + (contactId == null ? "-" : contactId);
        }
    }

    record Unlink(String noteId, String contactId) implements NoteAction {
        @Override
        public String pack() {
            return noteId + ":u:" + contactId;
        }
    }

    /** Show who the note is about, to change it. */
    record People(String noteId) implements NoteAction {
        @Override
        public String pack() {
            return noteId + ":w";
        }
    }

    /** Ask for a name: a contact to link, or (asNew) a new contact to add and link. */
    record TypeName(String noteId, boolean asNew) implements NoteAction {
        @Override
        public String pack() {
            return noteId + ":c:" + (asNew ? "+" : "?");
        }
    }

    /** Accept, skip or change what the note offered. */
    enum OfferOp { ACCEPT, SKIP, CHANGE }

    record OnOffer(String noteId, int offer, OfferOp op) implements NoteAction {
        @Override
        public String pack() {
            return noteId + ":o" + offer + ":" + op.name().charAt(0);
        }
    }

    record Edit(String noteId) implements NoteAction {
        @Override
        public String pack() {
            return noteId + ":e";
        }
    }

    /** Delete the note; asked first ({@code confirmed} false), then done. */
    record Delete(String noteId, boolean confirmed) implements NoteAction {
        @Override
        public String pack() {
            return noteId + ":d" + (confirmed ? ":y" : "");
        }
    }

    /** Keep a lone word typed outside a conversation as a note after all (noteId: the pending text's key). */
    record Keep(String noteId, boolean keep) implements NoteAction {
        @Override
        public String pack() {
            return noteId + ":k:" + (keep ? "y" : "n");
        }
    }

    /** Write a note about this contact (from their card); not yet a note, so {@code noteId} is null. */
    record WriteAbout(String contactId) implements NoteAction {
        @Override
        public String noteId() {
            return null;
        }

        @Override
        public String pack() {
            return "about:" + contactId;
        }
    }

    default Button button(String label) {
        return new Button(label, FEATURE + ":" + pack());
    }

    /** The action without the feature name; {@link #unpack} reads it back. */
    String pack();

    Pattern ID = Pattern.compile("[0-9a-f]{24}");
    Pattern PACKED = Pattern.compile("([0-9a-f]{24}):(\\d{1,2}|[cuwoedk]\\d{0,2})(?::([\\w+?-]{1,24}))?");

    /** The action of a button's packed form; empty for anything this version does not know. */
    static Optional<NoteAction> unpack(String packed) {
        if (packed.startsWith("about:") && ID.matcher(packed.substring(6)).matches()) {
            return Optional.of(new WriteAbout(packed.substring(6)));
        }
        Matcher m = PACKED.matcher(packed);
        if (!m.matches()) {
            return Optional.empty();
        }
        String id = m.group(1);
        String what = m.group(2);
        String argument = m.group(3);
        return Optional.ofNullable(switch (what.charAt(0)) {
            case 'k' -> argument == null ? null : new Keep(id, argument.equals("y"));
            case 'c' -> argument == null ? null : argument.equals("-") ? new Link(id, null)
                    : argument.equals("+") || argument.equals("?") ? new TypeName(id, argument.equals("+"))
                    : ID.matcher(argument).matches() ? new Link(id, argument) : null;
            case 'u' -> argument != null && ID.matcher(argument).matches() ? new Unlink(id, argument) : null;
            case 'w' -> new People(id);
            case 'e' -> new Edit(id);
            case 'd' -> new Delete(id, "y".equals(argument));
            case 'o' -> what.length() > 1 && argument != null ? onOffer(id, Integer.parseInt(what.substring(1)), argument) : null;
            default -> argument == null ? null : onSignal(id, Integer.parseInt(what), argument);
        });
    }

    private static NoteAction onOffer(String id, int offer, String op) {
        for (OfferOp candidate : OfferOp.values()) {
            if (op.equals(candidate.name().substring(0, 1))) {
                return new OnOffer(id, offer, candidate);
            }
        }
        return null;
    }

    private static NoteAction onSignal(String id, int signal, String op) {
        if (op.startsWith("is-")) {
            for (SignalType type : SignalType.values()) {
                if (op.equals("is-" + type.name().charAt(0) + type.ordinal())) {
                    return new Retype(id, signal, type);
                }
            }
            return null;
        }
        for (SignalOp candidate : SignalOp.values()) {
            if (op.equals(candidate.name().toLowerCase(Locale.ROOT))) {
                return new OnSignal(id, signal, candidate);
            }
        }
        return null;
    }
}
