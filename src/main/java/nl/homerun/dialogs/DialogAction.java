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

    /** The answer {@code value} (a script's button value or option id) to the question asked at {@code version}. */
    record Answer(long version, String value) implements DialogAction {
        @Override
        public String pack() {
            return "a:" + version + ":" + value;
        }
    }

    /** What was typed where a button was expected is a visit note after all. */
    record PendingAsNote(long version) implements DialogAction {
        @Override
        public String pack() {
            return "n:" + version;
        }
    }

    /** What was typed was meant as an answer: ask the question again. */
    record AskAgain(long version) implements DialogAction {
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

    Pattern PACKED = Pattern.compile("([anqo]):([0-9a-f]{1,24})(?::([a-z0-9][a-z0-9-]{0,23}))?");

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
        return Optional.ofNullable(switch (m.group(1)) {
            case "a" -> version && argument != null ? new Answer(Long.parseLong(first), argument) : null;
            case "n" -> version && argument == null ? new PendingAsNote(Long.parseLong(first)) : null;
            case "q" -> version && argument == null ? new AskAgain(Long.parseLong(first)) : null;
            default -> argument != null && argument.matches("\\d{1,2}") ? new TakeOffer(first, Integer.parseInt(argument)) : null;
        });
    }
}
