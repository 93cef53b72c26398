package nl.homerun.contacts;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How company names (the account on a contact) are compared, wherever that is done: the note reader telling an
 * account's name from a person's, and the accounts module telling which contacts work at one company.
 * <ul>
 * <li>{@link #key}: one company as people write it — case, accents, spaces and punctuation do not count, so
 * "Fabrikam B.V.", "fabrikam bv" and "FABRIKAM B.V" are one;</li>
 * <li>{@link #withoutLegalForm}: the same without a legal form at the end ("Fabrikam Ltd" and "Fabrikam"), for
 * finding a company as typed and for asking whether two names are one company.</li>
 * </ul>
 */
public final class CompanyNames {

    /** Legal forms that end company names: "B.V.", "Ltd", "GmbH"… (written without dots). */
    public static final Set<String> LEGAL_FORMS = Set.of("bv", "nv", "vof", "cv", "ua", "ltd", "limited", "inc",
            "incorporated", "plc", "llc", "llp", "gmbh", "ag", "sa", "as", "pte", "corp", "corporation", "co", "bvba",
            "cvba", "sarl", "srl", "spa", "ab", "oy", "kg", "se", "sas", "bva");

    /**
     * Parts of company names that say what kind of company it is, or are fillers, not which company: legal forms as
     * typed (with their dots), "holding", "groep", "nederland", articles and the like.
     */
    public static final Set<String> FORMS_AND_FILLERS = Set.of("bv", "b.v", "b.v.", "nv", "n.v", "n.v.", "vof", "v.o.f",
            "ua", "u.a", "u.a.", "holding", "groep", "group", "ltd", "limited", "inc", "incorporated", "plc", "llc", "gmbh",
            "ag", "sa", "s.a", "s.a.", "a/s", "as", "pte", "co", "corp", "corporation", "company", "bvba", "cvba", "sarl",
            "nederland", "belgie", "uk", "international", "europe", "benelux", "cooperatie", "the", "de", "het", "van",
            "en", "and", "&", "of", "der", "den", "s");

    private CompanyNames() {
    }

    /** The company a name stands for: lower case, without accents, spaces or punctuation ("fabrikambv"); "" for none. */
    public static String key(String name) {
        return String.join("", words(name));
    }

    /** {@link #key} without the legal forms at its end ("fabrikam" of "Fabrikam Ltd."), unless nothing else is left. */
    public static String withoutLegalForm(String name) {
        List<String> words = words(name);
        int end = words.size();
        while (end > 1 && LEGAL_FORMS.contains(words.get(end - 1))) {
            end--;
        }
        return String.join("", words.subList(0, end));
    }

    /** {@link #key} without any of the {@link #FORMS_AND_FILLERS}, unless nothing else is left ("fabrikam" of "Fabrikam Nederland B.V."). */
    public static String withoutFillers(String name) {
        List<String> words = words(name);
        List<String> kept = words.stream().filter(w -> !FORMS_AND_FILLERS.contains(w)).toList();
        return String.join("", kept.isEmpty() ? words : kept);
    }

    /** The words of a name, folded, dots, slashes and apostrophes dropped ("B.V." is "bv", "A/S" is "as"). */
    public static List<String> words(String name) {
        if (name == null) {
            return List.of();
        }
        String folded = Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replace("ß", "ss").replace("ø", "o").replace("æ", "ae").replaceAll("[.'’/]", "");
        List<String> words = new ArrayList<>();
        for (String word : folded.split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }
}
