package nl.homerun.understanding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.homerun.contacts.Contact;
import nl.homerun.understanding.GivenNames.Gender;
import nl.homerun.understanding.PeopleFinder.Mention;
import nl.homerun.understanding.Sentences.Sentence;

/**
 * Whom statement after statement of a note is about, for its facts and events: the contact it names (not a
 * relative: "haar man Joop"), else the last named one its "he" or "she" fits, and no contact after a statement
 * about someone who is not one. One per note, fed its statements in order.
 */
final class FactSubjects {

    static final Pattern HE = Pattern.compile("\\b(hij|hem|ie|he|him|his|himself|hes)\\b");
    private static final Pattern HIS_OR_HER_RELATIVE = Pattern.compile("\\b(zijn|z'n|his|haar|her) ("
            + FactFinder.RELATIVES + "|kids|kinderen|children)\\b");
    /** A given name right after these is a place: "in Brittany", "naar Florence". */
    private static final Pattern PLACE_BEFORE = Pattern.compile(
            "(?i)\\b(in|to|naar|from|near|uit|richting|around|rond)\\s+$");
    /** Reported speech: what someone says about another is about the other. */
    private static final Pattern SAYS = Pattern.compile("\\b(says|said|told me|tells me|mentioned|zegt|zei|vertelde|"
            + "liet weten|meldde)\\b");
    /** A note headed by whom it came from: "Joost: marloes is bevallen", "hannah called: sam is leaving" are about Marloes and Sam. */
    private static final Pattern HEADED = Pattern.compile("\\s*(belde|mailde|appte|called|rang|phoned|emailed|texted)?\\s*:\\s*");
    /** "ze" and "zij" are "she" before a verb in the singular ("ze heeft", "ze is"), "they" before a plural one. */
    static final Pattern SHE = Pattern.compile("\\b(haar|she|her|hers|herself|shes)\\b|\\b(ze|zij) (is|was|had|kan|zal|"
            + "wil|mag|kon|zou|kreeg|zei|kwam|ging|zat|stond|vond|liep|deed|bleef|\\p{L}{2,}t)\\b");

    /** The contact a statement is about, and whether the statement names them. */
    record Subject(Contact contact, boolean named) {
    }

    private final String note;
    /** The contacts named so far, the last named first; a null after the first marks a statement that named several. */
    private final List<Contact> recent = new ArrayList<>();
    /**
     * The gender of the people who are not contacts named since the last contact, or null: after "Graham is off
     * sick", "he" is Graham, but "she" may still be the contact the note is about.
     */
    private Gender outsider;

    FactSubjects(String note, Contact only) {
        this.note = note;
        if (only != null) {
            recent.add(only);
        }
    }

    /** The subject of the next statement, which names the contacts {@code here} and the people not contacts yet {@code newcomers}. */
    Subject next(Sentence sentence, List<Mention> here, List<Mention> newcomers) {
        List<Mention> people = here.stream()
                .filter(m -> m.contact() != null && !FactFinder.namesARelative(note, m.start())).toList();
        List<Contact> told = people.stream().map(Mention::contact).distinct().toList();
        if (!told.isEmpty()) {
            remember(told);
            return new Subject(toldAbout(note, people), true);
        }
        Gender someoneElse = newcomers.isEmpty() ? someoneElseIn(sentence, here)
                : Objects.requireNonNullElse(GivenNames.of(note.substring(newcomers.get(0).start(), newcomers.get(0).end())),
                        Gender.EITHER);
        if (someoneElse != null) {
            outsider = outsider == null || outsider == someoneElse ? someoneElse : Gender.EITHER;
            return new Subject(null, false);
        }
        return new Subject(fitting(sentence.text()), false);
    }

    /**
     * Whom a statement naming contacts is about: the first, unless it tells what they say of another ("luis says
     * bill's", "Joost: marloes is ...").
     */
    static Contact toldAbout(String note, List<Mention> people) {
        for (int i = 1; i < people.size(); i++) {
            int from = people.get(i - 1).end();
            int to = people.get(i).start();
            String between = from < to ? note.substring(from, to).toLowerCase(Locale.ROOT) : ""; // mentions may overlap
            if (people.get(i).contact() != people.get(0).contact()
                    && (SAYS.matcher(between).find() || i == 1 && HEADED.matcher(between).matches())) {
                return people.get(i).contact();
            }
        }
        return people.get(0).contact();
    }

    private void remember(List<Contact> told) {
        outsider = null;
        recent.removeIf(c -> c == null || told.contains(c));
        recent.addAll(0, told);
        if (told.size() > 1) {
            recent.add(1, null);
        }
    }

    /**
     * Whom a statement that names no one is about: the last named contact its "he" or "she" fits (else one whose
     * given name tells nothing), or without such a word the last named, when that statement named only them.
     */
    private Contact fitting(String text) {
        Gender said = pronoun(text);
        if (outsider != null) {
            return said == Gender.EITHER || outsider != opposite(said) ? null : recent.stream()
                    .filter(c -> c != null && GivenNames.of(c.name()) == said).findFirst().orElse(null);
        }
        if (said == Gender.EITHER) {
            return recent.isEmpty() || recent.size() > 1 && recent.get(1) == null ? null : recent.get(0);
        }
        List<Contact> named = recent.stream().filter(Objects::nonNull).toList();
        return named.stream().filter(c -> GivenNames.of(c.name()) == said).findFirst()
                .orElse(named.stream().filter(c -> GivenNames.of(c.name()) == Gender.EITHER).findFirst().orElse(null));
    }

    private static Gender opposite(Gender gender) {
        return gender == Gender.MALE ? Gender.FEMALE : Gender.MALE;
    }

    /**
     * The gender the statement's pronouns give its subject: the owner's, where it tells of a relative ("zijn dochter
     * rijdt het NK, ze ..."), else that of "he" or "she".
     */
    private static Gender pronoun(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        Matcher relative = HIS_OR_HER_RELATIVE.matcher(lower);
        if (relative.find()) {
            return List.of("zijn", "z'n", "his").contains(relative.group(1)) ? Gender.MALE : Gender.FEMALE;
        }
        boolean he = HE.matcher(lower).find();
        boolean she = SHE.matcher(lower).find();
        return he == she ? Gender.EITHER : he ? Gender.MALE : Gender.FEMALE;
    }

    /**
     * The gender of a person who is not a contact that a statement names by a given name ("Marloes wil eerst
     * evalueren"), not a relative of the one it is about ("haar man Ton") nor a place ("in Brittany"); null when it
     * names none.
     */
    private Gender someoneElseIn(Sentence sentence, List<Mention> contacts) {
        return Words.of(sentence.text()).stream()
                .filter(w -> w.capitalised() && GivenNames.isGivenName(w.typed())
                        && !FactFinder.namesARelative(note, sentence.start() + w.start())
                        && !PLACE_BEFORE.matcher(sentence.text().substring(0, w.start())).find())
                .filter(w -> contacts.stream().noneMatch(m -> m.contact() != null
                        && m.start() <= sentence.start() + w.start() && sentence.start() + w.start() < m.end()))
                .map(w -> GivenNames.of(w.typed())).reduce((a, b) -> a == b ? a : Gender.EITHER).orElse(null);
    }
}
