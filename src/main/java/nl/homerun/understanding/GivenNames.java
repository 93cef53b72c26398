package nl.homerun.understanding;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Common given names and the pronoun they usually take, from {@code understanding/given-names.txt}: what tells a
 * person introduced by name ("Graham Porter") from other capitalised words ("Lake District"), and whom a "he" or
 * "she" is about when a note names a man and a woman. A name listed for both is of no known gender.
 */
final class GivenNames {

    /** The pronoun a name takes. */
    enum Gender { FEMALE, MALE, EITHER }

    private static final Map<String, Gender> NAMES = load();

    private GivenNames() {
    }

    /** Whether the (folded) word is a given name. */
    static boolean isGivenName(String word) {
        return NAMES.containsKey(Words.fold(word));
    }

    /** The gender of a full name by its first word; EITHER when the name is not known. */
    static Gender of(String fullName) {
        String first = Words.fold(fullName.strip().split("\\s+")[0]);
        return NAMES.getOrDefault(first, Gender.EITHER);
    }

    private static Map<String, Gender> load() {
        try (InputStream in = GivenNames.class.getResourceAsStream("/understanding/given-names.txt")) {
            Map<String, Gender> names = new HashMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("f:") || line.startsWith("m:")) {
                    Gender gender = line.startsWith("f:") ? Gender.FEMALE : Gender.MALE;
                    for (String name : line.substring(2).strip().split("\\s+")) {
                        names.merge(Words.fold(name), gender, (a, b) -> a == b ? a : Gender.EITHER);
                    }
                }
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
