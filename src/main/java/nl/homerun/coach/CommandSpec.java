package nl.homerun.coach;

import java.util.LinkedHashSet;
import java.util.Set;

import nl.homerun.users.Language;

/**
 * A command a feature answers, by its Dutch and English name (often the same), with its one-line description for
 * {@code /help} and Telegram's command menu: a bundle key, or (for commands defined in data, such as conversation
 * scripts) the Dutch and English text itself.
 */
public record CommandSpec(String dutch, String english, String descriptionKey, String dutchDescription,
        String englishDescription) {

    public CommandSpec(String dutch, String english, String descriptionKey) {
        this(dutch, english, descriptionKey, null, null);
    }

    public static CommandSpec of(String name, String descriptionKey) {
        return new CommandSpec(name, name, descriptionKey);
    }

    /** A command whose description is given as text rather than as a bundle key. */
    public static CommandSpec described(String dutch, String english, String dutchDescription, String englishDescription) {
        return new CommandSpec(dutch, english, null, dutchDescription, englishDescription);
    }

    String description(Language language, Messages messages) {
        if (descriptionKey == null) {
            return language == Language.NL ? dutchDescription : englishDescription;
        }
        return messages.get(language, descriptionKey);
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
