package nl.homerun.coach;

import java.util.Locale;
import java.util.Optional;

/** A typed command such as {@code /checklist Acme}: its name (lower case, no slash, no bot name) and the rest. */
public record Command(String name, String arguments) {

    /** Reads "/name@bot arguments"; empty when the text is not a command. */
    public static Optional<Command> parse(String text) {
        String trimmed = text.strip();
        if (!trimmed.startsWith("/") || trimmed.length() < 2) {
            return Optional.empty();
        }
        int space = indexOfWhitespace(trimmed);
        String head = space < 0 ? trimmed.substring(1) : trimmed.substring(1, space);
        String rest = space < 0 ? "" : trimmed.substring(space).strip();
        int at = head.indexOf('@');
        String name = (at < 0 ? head : head.substring(0, at)).toLowerCase(Locale.ROOT);
        if (name.isEmpty() || !name.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_')) {
            return Optional.empty();
        }
        return Optional.of(new Command(name, rest));
    }

    public boolean hasArguments() {
        return !arguments.isEmpty();
    }

    private static int indexOfWhitespace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
