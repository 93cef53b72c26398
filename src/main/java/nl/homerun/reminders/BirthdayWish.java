package nl.homerun.reminders;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.homerun.contacts.Contact;

/**
 * What a birthday wish can add from what is known of the person: greetings to their partner when the card names
 * them ("vrouw Anja", "married to Tom"), or to the family when it has one. Nothing is made up beyond the card.
 */
final class BirthdayWish {

    private static final Pattern PARTNER = Pattern.compile("(?u)\\b(?:[Vv]rouw|[Mm]an|[Pp]artner|[Ee]chtgeno(?:te|ot)|"
            + "[Vv]riendin|[Vv]riend|getrouwd met|samen met|[Ww]ife|[Hh]usband|married to|[Gg]irlfriend|[Bb]oyfriend)"
            + "(?:,|:| is| heet| named| called)?\\s+(\\p{Lu}\\p{Ll}+)");
    private static final Pattern FAMILY = Pattern.compile("(?iu)\\b(kinderen|kids|children|zoon|dochter|son|daughter|"
            + "gezin|family|kleinkinderen|grandchildren)\\b");

    private BirthdayWish() {
    }

    /** The name to send greetings to, or "family" when the card tells of one; empty when it tells neither. */
    static Optional<String> greetingsTo(Contact contact) {
        String family = contact.facts().get(Contact.Fact.FAMILY);
        if (family == null) {
            return Optional.empty();
        }
        Matcher partner = PARTNER.matcher(family);
        if (partner.find()) {
            return Optional.of(partner.group(1));
        }
        return FAMILY.matcher(family).find() ? Optional.of("") : Optional.empty();
    }
}
