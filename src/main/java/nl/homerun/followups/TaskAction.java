package nl.homerun.followups;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.homerun.coach.Button;

/**
 * What a button of the follow-ups feature does, packed into its action and unpacked here and nowhere else: {@code
 * fu:<task id>:<what>[:<argument>]}, or {@code fu:for:<contact id>}. Public, because a reminder of a task carries its
 * buttons; the forms of buttons sent before keep working.
 */
public sealed interface TaskAction {

    String FEATURE = "fu";

    /** The action without the feature name; {@link #unpack} reads it back. */
    String pack();

    default Button button(String label) {
        return new Button(label, FEATURE + ":" + pack());
    }

    /** Add a task for this contact (from their card): its text and day are asked. */
    record AddFor(String contactId) implements TaskAction {
        @Override
        public String pack() {
            return "for:" + contactId;
        }
    }

    /** Change the task's text, day or person: asked. */
    record Change(String taskId) implements TaskAction {
        @Override
        public String pack() {
            return taskId + ":edit";
        }
    }

    /**
     * Tick the task off from its reminder, which then shows it ticked. ({@code fromReminder} false: a button sent
     * before messages were changed in place, under a list or a reminder alike; it only says so.)
     */
    record Done(String taskId, boolean fromReminder) implements TaskAction {
        @Override
        public String pack() {
            return taskId + (fromReminder ? ":ok" : ":done");
        }
    }

    /**
     * Tick the task off in the list of open tasks made at {@code listedAt} (epoch milliseconds), which is shown again as it
     * was then, this one ticked.
     */
    record DoneInList(String taskId, long listedAt) implements TaskAction {
        @Override
        public String pack() {
            return taskId + ":x:" + Long.toString(listedAt, 36);
        }
    }

    /** Move the task from its reminder to tomorrow, or to next Monday. */
    record Move(String taskId, boolean tomorrow) implements TaskAction {
        @Override
        public String pack() {
            return taskId + (tomorrow ? ":tomorrow" : ":week");
        }
    }

    Pattern ID = Pattern.compile("[0-9a-f]{24}");
    Pattern PACKED = Pattern.compile("([0-9a-f]{24}):([a-z]{1,8})(?::([0-9a-z]{1,12}))?");

    /** The action of a button's packed form; empty for anything this version does not know. */
    static Optional<TaskAction> unpack(String packed) {
        if (packed.startsWith("for:")) {
            String contact = packed.substring(4);
            return ID.matcher(contact).matches() ? Optional.of(new AddFor(contact)) : Optional.empty();
        }
        Matcher m = PACKED.matcher(packed);
        if (!m.matches()) {
            return Optional.empty();
        }
        String id = m.group(1);
        String argument = m.group(3);
        if (m.group(2).equals("x")) {
            return argument == null ? Optional.empty() : Optional.of(new DoneInList(id, Long.parseLong(argument, 36)));
        }
        if (argument != null) {
            return Optional.empty();
        }
        return Optional.ofNullable(switch (m.group(2)) {
            case "edit" -> new Change(id);
            case "done", "ok" -> new Done(id, m.group(2).equals("ok"));
            case "tomorrow", "week" -> new Move(id, m.group(2).equals("tomorrow"));
            default -> null;
        });
    }
}
