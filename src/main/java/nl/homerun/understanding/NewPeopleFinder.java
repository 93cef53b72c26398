package nl.homerun.understanding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.homerun.contacts.Contact;
import nl.homerun.understanding.Understanding.NewPerson;

/**
 * Finds the people a note introduces who are not contacts yet: named with their role ("de nieuwe inkoper Mark de
 * Vries", "her manager, Kenneth Lim", "Frank Ooms, hun directeur"), or as someone new ("ene Rob Timmermans",
 * "wordt Marloes Kramer"). By rule: no Dutch name finder is published, and what matters is not every name but a
 * person introduced with a role, which the role word marks; a name alone is left alone, so nothing is proposed
 * that was not meant.
 */
final class NewPeopleFinder {

    private static final String NAME = "(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?(?: (?:van der|van den|van de|van|de|der|den|ter|te|"
            + "el|al|le|la|du|da|di|von|bin|ben|'t|Al-|El-)?\\s?\\p{Lu}[\\p{L}'’-]+){1,2})";
    private static final String ROLES = "inkoper|inkoopmanager|hoofd inkoop|hoofd \\p{L}+|directeur|algemeen directeur|"
            + "manager|facilitair manager|contractmanager|planner|collega|opvolger|opvolgster|assistent|secretaresse|baas|"
            + "leidinggevende|adviseur|teamleider|controller|cfo|ceo|cto|coo|cio|eigenaar|bedrijfsleider|zaakvoerder|"
            + "coördinator|coordinator|projectleider|preventiemedewerker|office manager|hr-manager|buyer|purchasing manager|"
            + "head of \\p{L}+|director|managing director|md|boss|deputy|assistant|colleague|successor|replacement|"
            + "fm|facilities manager|ops manager|operations manager|procurement lead|vp of \\p{L}+|vp|pa|owner|partner|"
            + "regional md|site manager|store manager|engineer|consultant";
    private static final Pattern ROLE_THEN_NAME = Pattern.compile("(?u)\\b(?:(?:de|onze|hun|haar|zijn|een|the|our|their|her|"
            + "his|a) )?(?:nieuwe |new )?(" + ROLES + ")[,:]?\\s+(?:heet |genaamd |is |called |named |, )?" + NAME);
    private static final Pattern NAME_THEN_ROLE = Pattern.compile("(?u)" + NAME + ",\\s+(?:de|onze|hun|haar|zijn|een|the|our|"
            + "their|her|his|a)\\s+(?:nieuwe |new )?(" + ROLES + ")\\b");
    private static final Pattern NEW_NAME = Pattern.compile("(?u)\\b(?:ene|wordt|heet|genaamd|called|named|introduced me to|"
            + "stelde me voor aan)\\s+" + NAME);
    private static final Set<String> NOT_NAMES = Set.of("Januari", "Februari", "Maart", "April", "Mei", "Juni", "Juli",
            "Augustus", "September", "Oktober", "November", "December", "January", "February", "March", "May", "June",
            "July", "August", "October", "Maandag", "Dinsdag", "Woensdag", "Donderdag", "Vrijdag", "Zaterdag", "Zondag",
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Teams", "Zoom");

    private NewPeopleFinder() {
    }

    static List<NewPerson> in(String note, PeopleFinder people, String account) {
        List<NewPerson> found = new ArrayList<>();
        collect(found, ROLE_THEN_NAME.matcher(note), 2, 1, people, account);
        collect(found, NAME_THEN_ROLE.matcher(note), 1, 2, people, account);
        collect(found, NEW_NAME.matcher(note), 1, 0, people, account);
        return found;
    }

    private static void collect(List<NewPerson> found, Matcher m, int nameGroup, int roleGroup, PeopleFinder people,
            String account) {
        while (m.find()) {
            String name = m.group(nameGroup).strip();
            String role = roleGroup == 0 ? null : m.group(roleGroup);
            String first = name.split("\\s+")[0];
            if (NOT_NAMES.contains(first) || known(name, people) || found.stream().anyMatch(p -> p.name().equals(name))) {
                continue;
            }
            found.add(new NewPerson(name, account, role));
        }
    }

    /** A contact already, or the name of one of their accounts. */
    private static boolean known(String name, PeopleFinder people) {
        String folded = Words.fold(name);
        for (Contact contact : people.contacts()) {
            if (Words.fold(contact.name()).equals(folded)
                    || contact.account() != null && Words.fold(contact.account()).contains(folded)) {
                return true;
            }
        }
        return !people.find(name).mentions().isEmpty();
    }
}
