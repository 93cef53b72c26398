package nl.homerun.understanding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import nl.homerun.contacts.Contact;
import nl.homerun.understanding.GivenNames.Gender;
import nl.homerun.understanding.PeopleFinder.Mention;
import nl.homerun.understanding.Sentences.Sentence;

/**
 * Whom statement after statement of a note is about, for its facts and events: the contact it names (not a
 * relative: "haar man Joop"), else the last named one its "he" or "she" fits; after a statement about someone who
 * is not a contact, only a pronoun that cannot be them ("Mark … Haar dochter") goes back to a contact. One per note,
 * fed its statements in order.
 */
final class FactSubjects {

    private static final Pattern HE = Pattern.compile("\\b(hij|hem|ie|he|him|his|himself)\\b");
    private static final Pattern SHE = Pattern.compile("\\b(haar|she|her|hers|herself)\\b");

    /** The contact a statement is about, and whether the statement names them. */
    record Subject(Contact contact, boolean named) {
    }

    private final String note;
    /** The contacts named so far, the last named first; a null after the first marks a statement that named several. */
    private final List<Contact> recent = new ArrayList<>();
    /** Since the last contact was named, the gender of someone else named (a later "she" may still be the contact). */
    private Gender otherSince;

    FactSubjects(String note, Contact only) {
        this.note = note;
        if (only != null) {
            recent.add(only);
        }
    }

    Subject next(Sentence sentence, List<Mention> here) {
        List<Contact> told = here.stream().filter(m -> m.contact() != null && !FactFinder.namesARelative(note, m.start()))
                .map(Mention::contact).distinct().toList();
        if (!told.isEmpty()) {
            remember(told);
            return new Subject(told.get(0), true);
        }
        Gender other = someoneElse(sentence, here);
        if (other != null) {
            otherSince = other;
            return new Subject(null, false);
        }
        Gender said = pronoun(sentence.text());
        boolean aboutTheOther = otherSince != null && (said == Gender.EITHER || said == otherSince || otherSince == Gender.EITHER);
        return new Subject(aboutTheOther ? null : fitting(said), false);
    }

    private void remember(List<Contact> told) {
        otherSince = null;
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
    private Contact fitting(Gender said) {
        if (said == Gender.EITHER) {
            return recent.isEmpty() || recent.size() > 1 && recent.get(1) == null ? null : recent.get(0);
        }
        List<Contact> named = recent.stream().filter(Objects::nonNull).toList();
        return named.stream().filter(c -> GivenNames.of(c.name()) == said).findFirst()
                .orElse(named.stream().filter(c -> GivenNames.of(c.name()) == Gender.EITHER).findFirst().orElse(null));
    }

    private static Gender pronoun(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        boolean he = HE.matcher(lower).find();
        boolean she = SHE.matcher(lower).find();
        return he == she ? Gender.EITHER : he ? Gender.MALE : Gender.FEMALE;
    }

    /**
     * The gender of the given name of someone who is not a contact that the statement names ("Marloes wil eerst
     * evalueren"), or null when it names no one else.
     */
    private static Gender someoneElse(Sentence sentence, List<Mention> contacts) {
        return Words.of(sentence.text()).stream()
                .filter(w -> w.capitalised() && GivenNames.isGivenName(w.typed()))
                .filter(w -> contacts.stream().noneMatch(m -> m.contact() != null
                        && m.start() <= sentence.start() + w.start() && sentence.start() + w.start() < m.end()))
                .map(w -> GivenNames.of(w.typed())).findFirst().orElse(null);
    }
}
