package nl.homerun.coach;

import java.util.Optional;

import nl.homerun.users.Language;

/**
 * What a button of the core does, packed as {@code core:<what>} and unpacked here and nowhere else. Public, because
 * features put the core's stop button under their own questions.
 */
public sealed interface CoreAction {

    String FEATURE = "core";

    /** Leave the conversation that is on. */
    CoreAction STOP = new Stop();

    String pack();

    default Button button(String label) {
        return new Button(label, FEATURE + ":" + pack());
    }

    record Stop() implements CoreAction {
        @Override
        public String pack() {
            return "stop";
        }
    }

    /** The welcome's button: speak this language from now on (the welcome then reads in it). */
    record SwitchLanguage(Language language) implements CoreAction {
        @Override
        public String pack() {
            return "lang:" + language.code();
        }
    }

    static Optional<CoreAction> unpack(String packed) {
        if (packed.equals("stop")) {
            return Optional.of(STOP);
        }
        for (Language language : Language.values()) {
            if (packed.equals("lang:" + language.code())) {
                return Optional.of(new SwitchLanguage(language));
            }
        }
        return Optional.empty();
    }
}
