package nl.homerun.coach;

import java.util.LinkedHashSet;
import java.util.Set;

import nl.homerun.users.Language;

/**
 * A command a feature answers, by its Dutch and English name (often the same), with the bundle key of its
 * one-line description for {@code /help} and Telegram's command menu.
 */
public record CommandSpec(String dutch, String english, String descriptionKey) {

    public static CommandSpec of(String name, String descriptionKey) {
        return new CommandSpec(name, name, descriptionKey);
    }

    public Set<String> names() {
        Set<String> names = new LinkedHashSet<>();
        names.add(dutch);
        names.add(english);
        return names;
    }

    public String name(Language language) {
        return language == Language.NL ? dutch : english;
    }
}
