package nl.homerun.settings;

import java.util.Optional;

import nl.homerun.coach.Button;
import nl.homerun.users.Language;

/**
 * A language button, packed and unpacked here: {@code lang:pick:<code>} under {@code /taal}, which then shows the
 * choice in place, or {@code lang:<code>}, the form of buttons sent before (a welcome), answered with a message.
 */
record LanguageChoice(Language language, boolean inPlace) {

    static final String FEATURE = "lang";

    String pack() {
        return (inPlace ? "pick:" : "") + language.code();
    }

    Button button(String label) {
        return new Button(label, FEATURE + ":" + pack());
    }

    static Optional<LanguageChoice> unpack(String packed) {
        boolean inPlace = packed.startsWith("pick:");
        String code = inPlace ? packed.substring(5) : packed;
        for (Language language : Language.values()) {
            if (language.code().equals(code)) {
                return Optional.of(new LanguageChoice(language, inPlace));
            }
        }
        return Optional.empty();
    }
}
