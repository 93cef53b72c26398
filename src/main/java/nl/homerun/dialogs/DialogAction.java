package nl.homerun.dialogs;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.homerun.coach.Button;

/**
 * What a button of a conversation script does, packed into its action and unpacked here and nowhere else: {@code
 * dlg:<what>[:<argument>…]}. A button that answers carries the conversation version it was asked at, so a double tap
 * or an old question is recognised. The forms of buttons sent before stay the same.
 */
sealed interface DialogAction {

    String FEATURE = "dlg";

    /** The action without the feature name; {@link #unpack} reads it back. */
    String pack();

    default Button button(String label) {
        return new Button(label, FEATURE + ":" + pack());
    }

    /** A button of a question asked at {@code version}: it counts only while the conversation is still there. */
    sealed interface Asked extends DialogAction {
        long version();
    }

    /** The answer {@code value} (a script's button value or option id) to the question asked at {@code version}. */
    record Answer(long version, String value) implements Asked {
        @Override
        public String pack() {
            return "a:" + version + ":" + value;
        }
    }

    /** What was typed where a button was expected is a visit note after all. */
    record PendingAsNote(long version) implements Asked {
        @Override
        public String pack() {
            return "n:" + version;
        }
    }

    /** What was typed was meant as an answer: ask the question again. */
    record AskAgain(long version) implements Asked {
        @Override
        public String pack() {
            return "q:" + version;
        }
    }

    /** Go on with the conversation another command interrupted. */
    record Resume() implements DialogAction {
        @Override
        public String pack() {
            return "resume";
        }
    }

    /** Make the task the script offers after the answer to step {@code step} (its index) of run {@code runId}. */
    record TakeOffer(String runId, int step) implements DialogAction {
        @Override
        public String pack() {
            return "o:" + runId + ":" + step;
        }
    }

    /** The name typed fits several contacts: this one is meant. */
    record PickContact(long version, String contactId) implements Asked {
        @Override
        public String pack() {
            return "p:" + version + ":" + contactId;
        }
    }

    /** The name typed is nobody in the contacts yet: add it as a contact and go on with it. */
    record AddContact(long version) implements Asked {
        @Override
        public String pack() {
            return "c:" + version;
        }
    }

    /** Go on with the name as typed, without a contact. */
    record KeepName(long version) implements Asked {
        @Override
        public String pack() {
            return "k:" + version;
        }
    }

    /** Another conversation was asked for while this one runs: keep this one. */
    record KeepCurrent(long version) implements Asked {
        @Override
        public String pack() {
            return "h:" + version;
        }
    }

    /** Another conversation was asked for while this one runs: leave this one (its answers kept) and start that one. */
    record StartNew(long version) implements Asked {
        @Override
        public String pack() {
            return "s:" + version;
        }
    }

    /** Back into run {@code runId} at its first open question, as from the reminder of the task for its call. */
    record ResumeRun(String runId) implements DialogAction {
        @Override
        public String pack() {
            return "r:" + runId;
        }
    }

    /** The typed name fits several companies, or one by a person's name: the company of this contact is meant. */
    record PickAccount(long version, String contactId) implements Asked {
        @Override
        public String pack() {
            return "b:" + version + ":" + contactId;
        }
    }

    /**
     * A button of the checklist question {@code step} (its index) of run {@code runId}. It names what it does rather than
     * toggling, so that two quick taps, or a tap on an older copy of the list, leave the list as the buttons say.
     */
    sealed interface OnChecklist extends DialogAction {
        String runId();

        int step();
    }

    /** Tick ({@code on}) or untick point {@code point} (its index). */
    record Tick(String runId, int step, int point, boolean on) implements OnChecklist {
        @Override
        public String pack() {
            return "t:" + runId + ":" + step + "-" + point + "-" + (on ? 1 : 0);
        }
    }

    /** Show which point to edit. */
    record ChooseEdit(String runId, int step) implements OnChecklist {
        @Override
        public String pack() {
            return "w:" + runId + ":" + step;
        }
    }

    /** Edit point {@code point}: the next text typed is its new wording. */
    record EditPoint(String runId, int step, int point) implements OnChecklist {
        @Override
        public String pack() {
            return "e:" + runId + ":" + step + "-" + point;
        }
    }

    /** Back to ticking, without editing. */
    record ShowChecklist(String runId, int step) implements OnChecklist {
        @Override
        public String pack() {
            return "v:" + runId + ":" + step;
        }
    }

    /** The checklist is done: it is the answer as it stands. */
    record ChecklistDone(String runId, int step) implements OnChecklist {
        @Override
        public String pack() {
            return "d:" + runId + ":" + step;
        }
    }

    Pattern PACKED = Pattern.compile("([anqopckhsrbtwevd]):([0-9a-f]{1,24})(?::([a-z0-9][a-z0-9-]{0,23}))?");
    Pattern CHECKLIST_POINT = Pattern.compile("(\\d{1,2})-(\\d{1,2})(?:-([01]))?");

    /** The action of a button's packed form; empty for anything this version does not know. */
    static Optional<DialogAction> unpack(String packed) {
        if (packed.equals("resume")) {
            return Optional.of(new Resume());
        }
        Matcher m = PACKED.matcher(packed);
        if (!m.matches()) {
            return Optional.empty();
        }
        String first = m.group(2);
        String argument = m.group(3);
        boolean version = first.matches("\\d{1,18}");
        Long asked = version && argument == null ? Long.parseLong(first) : null;
        return Optional.ofNullable(switch (m.group(1)) {
            case "a" -> version && argument != null ? new Answer(Long.parseLong(first), argument) : null;
            case "n" -> asked != null ? new PendingAsNote(asked) : null;
            case "q" -> asked != null ? new AskAgain(asked) : null;
            case "p" -> version && argument != null && argument.matches("[0-9a-f]{24}")
                    ? new PickContact(Long.parseLong(first), argument) : null;
            case "c" -> asked != null ? new AddContact(asked) : null;
            case "k" -> asked != null ? new KeepName(asked) : null;
            case "h" -> asked != null ? new KeepCurrent(asked) : null;
            case "s" -> asked != null ? new StartNew(asked) : null;
            case "r" -> argument == null && first.length() == 24 ? new ResumeRun(first) : null;
            case "b" -> version && argument != null && argument.matches("[0-9a-f]{24}")
                    ? new PickAccount(Long.parseLong(first), argument) : null;
            case "t", "w", "e", "v", "d" -> first.length() == 24 && argument != null ? onChecklist(m.group(1), first, argument) : null;
            default -> argument != null && argument.matches("\\d{1,2}") ? new TakeOffer(first, Integer.parseInt(argument)) : null;
        });
    }

    private static DialogAction onChecklist(String what, String runId, String argument) {
        Matcher point = CHECKLIST_POINT.matcher(argument);
        boolean step = argument.matches("\\d{1,2}");
        return switch (what) {
            case "t" -> point.matches() && point.group(3) != null ? new Tick(runId, Integer.parseInt(point.group(1)),
                    Integer.parseInt(point.group(2)), point.group(3).equals("1")) : null;
            case "e" -> point.matches() && point.group(3) == null
                    ? new EditPoint(runId, Integer.parseInt(point.group(1)), Integer.parseInt(point.group(2))) : null;
            case "w" -> step ? new ChooseEdit(runId, Integer.parseInt(argument)) : null;
            case "v" -> step ? new ShowChecklist(runId, Integer.parseInt(argument)) : null;
            default -> step ? new ChecklistDone(runId, Integer.parseInt(argument)) : null;
        };
    }
}
