package nl.homerun.plans;

import java.util.Arrays;
import java.util.Optional;

/**
 * The four P's of the method's relationship plan, in the order they are usually gone through: a project done
 * perfectly, the personal bond, processes attuned to the customer's, and a partnership.
 */
enum Pillar {
    PROJECT("project", 1), PERSON("person", 2), PROCESS("process", 3), PARTNERSHIP("partnership", 4);

    /** Its name in text keys and stored plans. */
    final String key;
    /** Its number, 1 to 4: in buttons and as shown. */
    final int number;

    Pillar(String key, int number) {
        this.key = key;
        this.number = number;
    }

    static Optional<Pillar> of(String key) {
        return Arrays.stream(values()).filter(p -> p.key.equals(key)).findFirst();
    }

    static Optional<Pillar> number(int number) {
        return Arrays.stream(values()).filter(p -> p.number == number).findFirst();
    }

    /** The bundle key of its name ("Proces", "Process"). */
    String nameKey() {
        return "plans.pillar." + key;
    }
}
