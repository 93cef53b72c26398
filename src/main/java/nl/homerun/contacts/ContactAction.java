package nl.homerun.contacts;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.homerun.coach.Button;

/**
 * What a button of the contacts feature does, packed into its action and unpacked here and nowhere else. The packed
 * form is {@code ct:<what>:<argument>[:<argument>]}; the forms of buttons sent before stay the same, so they keep
 * working.
 */
sealed interface ContactAction {

    String FEATURE = "ct";

    /** The action without the feature name; {@link #unpack} reads it back. */
    String pack();

    default Button button(String label) {
        return new Button(label, FEATURE + ":" + pack());
    }

    /** Show the card: a contact chosen from several, or back from a question about it. */
    record Show(String contactId) implements ContactAction {
        @Override
        public String pack() {
            return "show:" + contactId;
        }
    }

    /** Add a contact of the name that was typed, from "which one do you mean?". */
    record AddNamed(String name) implements ContactAction {

        private static final int ROOM = Button.MAX_ACTION_BYTES - (FEATURE + ":new:").length();

        /** The typed name as far as it fits in a button (no colons, at most the bytes left). */
        static AddNamed fitting(String typed) {
            String name = typed.replace(':', ' ').strip();
            while (name.getBytes(StandardCharsets.UTF_8).length > ROOM) {
                name = name.substring(0, name.offsetByCodePoints(0, name.codePointCount(0, name.length()) - 1));
            }
            return new AddNamed(name);
        }

        @Override
        public String pack() {
            return "new:" + name;
        }
    }

    /** Skip the question of the add conversation that was asked at this conversation version. */
    record Skip(long version) implements ContactAction {
        @Override
        public String pack() {
            return "skip:" + version;
        }
    }

    record SetTier(String contactId, Contact.Tier tier) implements ContactAction {
        @Override
        public String pack() {
            return "tier:" + contactId + ":" + tier.name();
        }
    }

    /** The contact's own rhythm: monthly, quarterly or none. */
    record SetRhythm(String contactId, int days) implements ContactAction {

        static final java.util.List<Integer> CHOICES = java.util.List.of(30, 91, 0);

        public SetRhythm {
            if (!CHOICES.contains(days)) {
                throw new IllegalArgumentException("Not a rhythm on the card: " + days);
            }
        }

        @Override
        public String pack() {
            return "every:" + contactId + ":" + days;
        }
    }

    /** Into or out of the Top-5 ({@code top5}) or the Top-20. */
    record ToggleTop(String contactId, boolean top5) implements ContactAction {
        @Override
        public String pack() {
            return (top5 ? "top5:" : "top20:") + contactId;
        }
    }

    /** With the Top-5 full: {@code contactId} takes the place of {@code leaving}. */
    record SwapTop5(String contactId, String leaving) implements ContactAction {
        @Override
        public String pack() {
            return "swap:" + contactId + ":" + leaving;
        }
    }

    /** Which field to change. */
    record Edit(String contactId) implements ContactAction {
        @Override
        public String pack() {
            return "edit:" + contactId;
        }
    }

    /** Change this field: a new value is asked for. */
    record EditField(String contactId, String field) implements ContactAction {
        @Override
        public String pack() {
            return "field:" + contactId + ":" + field;
        }
    }

    /** Delete the contact: asked first ({@code confirmed} false), then done. */
    record Delete(String contactId, boolean confirmed) implements ContactAction {
        @Override
        public String pack() {
            return (confirmed ? "rm:" : "del:") + contactId;
        }
    }

    /** Record a fact another feature offered ("birthday", "car" …): which contact is asked first. */
    record RecordFact(String fact) implements ContactAction {
        @Override
        public String pack() {
            return "fact:" + fact;
        }
    }

    /** The contact the fact being recorded is for, chosen from several. */
    record FactFor(String contactId) implements ContactAction {
        @Override
        public String pack() {
            return "for:" + contactId;
        }
    }

    Pattern ID = Pattern.compile("[0-9a-f]{24}");
    Pattern PACKED = Pattern.compile("([a-z0-9]{2,6}):([^:]+)(?::([^:]+))?");

    /** The action of a button's packed form; empty for anything this version does not know. */
    static Optional<ContactAction> unpack(String packed) {
        Matcher m = PACKED.matcher(packed);
        if (!m.matches()) {
            return Optional.empty();
        }
        String what = m.group(1);
        String first = m.group(2);
        String second = m.group(3);
        if (what.equals("new")) {
            return second == null && !first.isBlank() ? Optional.of(new AddNamed(first)) : Optional.empty();
        }
        if (what.equals("skip")) {
            return second == null && first.matches("\\d{1,18}") ? Optional.of(new Skip(Long.parseLong(first))) : Optional.empty();
        }
        if (what.equals("fact")) {
            return second == null && first.matches("[a-z]{1,16}") ? Optional.of(new RecordFact(first)) : Optional.empty();
        }
        if (!ID.matcher(first).matches()) {
            return Optional.empty();
        }
        return Optional.ofNullable(second == null ? switch (what) {
            case "show" -> new Show(first);
            case "top5", "top20" -> new ToggleTop(first, what.equals("top5"));
            case "edit" -> new Edit(first);
            case "del", "rm" -> new Delete(first, what.equals("rm"));
            case "for" -> new FactFor(first);
            default -> null;
        } : switch (what) {
            case "tier" -> second.matches("[ABC]") ? new SetTier(first, Contact.Tier.valueOf(second)) : null;
            case "every" -> second.matches("\\d{1,3}") && SetRhythm.CHOICES.contains(Integer.parseInt(second))
                    ? new SetRhythm(first, Integer.parseInt(second)) : null;
            case "swap" -> ID.matcher(second).matches() && !second.equals(first) ? new SwapTop5(first, second) : null;
            case "field" -> second.matches("[a-z]{1,16}") ? new EditField(first, second) : null;
            default -> null;
        });
    }
}
