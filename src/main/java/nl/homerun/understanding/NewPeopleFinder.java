package nl.homerun.understanding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import nl.homerun.contacts.Contact;
import nl.homerun.understanding.Understanding.NewPerson;

/**
 * Finds the people a note introduces who are not contacts yet: named with their role ("de nieuwe inkoper Mark de
 * Vries", "her manager, Kenneth Lim", "Frank Ooms, hun directeur"), or as someone new ("ene Rob Timmermans",
 * "wordt Marloes Kramer"), or named in full by a common given name and a surname ("Graham Porter"). By rule: no
 * Dutch name finder is published and the English OpenNLP models are not available offline; a role word or a known
 * given name marks a person, so capitalised places and products are not proposed, and a contact's own name, short
 * form or first name with account ("Jan Vandenbroucke") is not either.
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
    /** A name typed without capitals: a first name, and a surname of one word after a particle or none. */
    private static final String LOWER_CASE_NAME = "(\\p{Ll}+(?:-\\p{Ll}+)? (?:(?:van der|van den|van de|van|de|der|den|ter|te|el|al|"
            + "le|la|du|da|di|von|bin|ben) )?\\p{Ll}[\\p{Ll}'’-]+)(?![\\p{L}'’-])";
    private static final String LOWER_CASE_ROLES = ROLES + "|chef-kok|chef|kok|aankoper|vervanger|vervangster|directrice|"
            + "buyer|\\p{L}+ manager|\\p{L}+ director|\\p{L}+ directeur";
    private static final Pattern ROLE_THEN_LOWER_CASE_NAME = Pattern.compile("(?u)\\b(?:(?:de|onze|hun|haar|zijn|een|the|our|"
            + "their|her|his|a) )?(?:nieuwe |new )?(" + LOWER_CASE_ROLES + "|mgr|\\p{L}+ mgr)(?:,\\s+|\\s+(?:heet |genaamd |is |called |named )?)"
            + LOWER_CASE_NAME);
    /** "marjolein de haan wordt daar projectleider": a name typed small that takes a role. */
    private static final Pattern LOWER_CASE_NAME_BECOMES_ROLE = Pattern.compile("(?u)(?<![\\p{L}-])" + LOWER_CASE_NAME
            + "\\s+(?:wordt|is|becomes|will be)\\s+(?:(?:daar|er|hun|their|the|de|per \\S+ \\S+|from \\S+ \\S+)\\s+)*(?:nieuwe |new )?("
            + LOWER_CASE_ROLES + ")\\b");
    private static final Pattern LOWER_CASE_NAME_THEN_ROLE = Pattern.compile("(?u)(?<![\\p{L}-])" + LOWER_CASE_NAME
            + ",\\s+(?:de|onze|hun|haar|zijn|een|the|our|their|her|his|a)\\s+(?:nieuwe |new )?(" + LOWER_CASE_ROLES + ")\\b");
    /** Roles as typed in a hurry, besides the full ones: "area mgr jess", "his PA lucy", "collega sofie". */
    private static final String SHORT_ROLES = LOWER_CASE_ROLES + "|mgr|\\p{L}+ mgr|lead|\\p{L}+ lead|kantoorgenoot|"
            + "meester|juf|secretary|receptionist|office manager|contact|\\p{L}+ contact";
    /** A role and a given name alone: "zijn collega sofie", "his PA lucy", "haar vervanger is meester tim". */
    private static final Pattern ROLE_THEN_GIVEN_NAME = Pattern.compile("(?iu)\\b(?:(?:de|onze|hun|haar|zijn|een|the|our|"
            + "their|her|his|a|ene) )?(?:nieuwe |new )?(" + SHORT_ROLES + ")(?:,\\s+|\\s+(?:heet |genaamd |is |wordt |called |named |= )?"
            + "(?:ene |meester |juf )?)(\\p{L}{2,})(?![\\p{L}'’-])");
    private static final Pattern NEXT_WORD = Pattern.compile("(?u)\\s+([\\p{L}][\\p{L}'’-]+)(?![\\p{L}'’-])");
    /** Someone named by title and surname: "mrs okoye", "a mr fitzgerald", "mr. de vos", "meneer Jansen". */
    private static final Pattern TITLE_THEN_SURNAME = Pattern.compile("(?iu)(?<![\\p{L}-])(mr|mrs|ms|miss|meneer|mevrouw|mevr|"
            + "dhr)(\\.?)\\s+((?:van der |van den |van de |van |de |der |den |ter |te |o')?\\p{L}[\\p{L}'’-]{2,})(?![\\p{L}'’-])");
    /** The new holder of a role named after it: "nieuwe inkoper bij zorgpunt is r. bos", "new fm at northwind is raj patel". */
    private static final Pattern NEW_ROLE_IS = Pattern.compile("(?iu)\\b(?:nieuwe|new) (" + SHORT_ROLES + ")(?: (?:bij|van|at|for|"
            + "of) [\\p{L}\\d&'’. -]{2,30}?)?\\s*(?:is|wordt|will be|=|:)\\s+((?:\\p{L}\\.\\s?|\\p{L}[\\p{L}-]+ )?(?:(?:van der|van den|"
            + "van de|van|de|der|den|ter|te|o') )?\\p{L}[\\p{L}'’-]+)(?![\\p{L}'’-])");

    /** My own manager or colleague is no contact to add: "overleg ik met mijn manager, lotte …". */
    private static final Pattern MINE = Pattern.compile("(?iu)\\b(mijn|my)\\s");
    private static final Set<String> PARTICLE_WORDS = Set.of("van", "der", "den", "de", "ter", "te", "el", "al", "le",
            "la", "du", "da", "di", "von", "bin", "ben");
    private static final Pattern ROLE_THEN_NAME = Pattern.compile("(?u)\\b(?:(?:de|onze|hun|haar|zijn|een|the|our|their|her|"
            + "his|a) )?(?:nieuwe |new )?(" + ROLES + ")[,:]?\\s+(?:heet |genaamd |is |called |named |, )?" + NAME);
    private static final Pattern NAME_THEN_ROLE = Pattern.compile("(?u)" + NAME + ",\\s+(?:de|onze|hun|haar|zijn|een|the|our|"
            + "their|her|his|a)\\s+(?:nieuwe |new )?(" + ROLES + ")\\b");
    private static final Pattern NEW_NAME = Pattern.compile("(?u)\\b(?:ene|wordt|heet|genaamd|called|named|introduced me to|"
            + "stelde me voor aan)\\s+" + NAME);
    private static final String PARTICLES = "(?i:(?:van der|van den|van de|van|de|der|den|ter|te|el|al|le|la|du|da|di|von|bin|ben)\\s+)?";
    /** A given name and a surname, which may have a capital inside ("Fiona MacLeod"). */
    private static final Pattern FULL_NAME = Pattern.compile("(?u)(?<![\\p{L}-])(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?\\s+"
            + PARTICLES + "\\p{Lu}[\\p{Ll}'’]+(?:\\p{Lu}\\p{Ll}+)?(?:-\\p{Lu}[\\p{Ll}'’]+)?)(?![\\p{L}-])");
    /** In a note typed without capitals a full name is only taken where the account follows it in brackets. */
    private static final Pattern FULL_NAME_LOWER_CASE = Pattern.compile("(?u)(?<![\\p{L}-])(\\p{Ll}+\\s+" + PARTICLES
            + "\\p{Ll}{2,})\\s*\\(");
    /** A given name and a surname typed small, perhaps with a particle between: group 1 the first, group 3 the last. */
    private static final Pattern LOWER_CASE_FULL_NAME = Pattern.compile("(?u)(?<![\\p{L}\\p{N}'’-])(\\p{Ll}{2,}) ((?:van der|van den|"
            + "van de|van|de|der|den|ter|te|le|la|du|da|di|von|o'|mac|mc) ?)?(\\p{Ll}[\\p{Ll}'’-]{2,})(?![\\p{L}\\p{N}'’-])");
    /**
     * What comes before a name typed small that is someone's, not a clause's subject and its verb ("arne gestart",
     * "nick thurs"): a comma, a bracket, "met", "en", "w", "to", a role, "wordt".
     */
    private static final Pattern INTRODUCED = Pattern.compile("(?iu)(?:[,(:+&/]|\\b(?:met|en|bij|van|naar|voor|aan|wordt|"
            + "heet|genaamd|w|with|and|to|from|at|for|called|named|cc|" + LOWER_CASE_ROLES + "))\\s*$");
    /** "call w nick thurs": days and months as typed short. */
    private static final Set<String> DAYS_AND_MONTHS_SHORT = Set.of("mon", "tue", "tues", "wed", "weds", "thu", "thur",
            "thurs", "fri", "sat", "sun", "maa", "din", "woe", "don", "vrij", "zat", "zon", "jan", "feb", "mrt", "mar", "apr",
            "jun", "jul", "aug", "sep", "sept", "okt", "oct", "nov", "dec", "eod", "asap", "tmrw", "tmw", "morgen");
    /** Someone one is a fan of ("fan van Wout van Aert") is no one to meet. */
    private static final Pattern FAN_OF = Pattern.compile("(?iu)\\b(fan|fans|supporter|idool|idol)( van| of)?\\s+$");
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
        collectLowerCase(found, note, ROLE_THEN_LOWER_CASE_NAME.matcher(note), 2, 1, people, account);
        collectLowerCase(found, note, LOWER_CASE_NAME_THEN_ROLE.matcher(note), 1, 2, people, account);
        collectLowerCase(found, note, LOWER_CASE_NAME_BECOMES_ROLE.matcher(note), 1, 2, people, account);
        collectFullNames(found, note, FULL_NAME, people, account);
        collectFullNames(found, note, FULL_NAME_LOWER_CASE, people, account);
        collectLowerCaseFullNames(found, note, people, account);
        collectByRole(found, note, ROLE_THEN_GIVEN_NAME.matcher(note), people, account);
        collectNewHolders(found, note, people, account);
        collectTitled(found, note, people, account);
        return found;
    }

    /**
     * "karin jacobs", "tom reilly starts mon", "bart de smet in cc": typed small, a given name that is no everyday word
     * and no contact's, then a surname that is no word of the notes' vocabulary, no given name and no month, is
     * someone named in full. Where either could be a word ("mark", "dan", "bakker") it is left: a missed name costs a
     * line typed, "Dan Inplannen" a wrong proposal.
     */
    private static void collectLowerCaseFullNames(List<NewPerson> found, String note, PeopleFinder people, String account) {
        Matcher m = LOWER_CASE_FULL_NAME.matcher(note);
        int from = 0;
        while (from < note.length() && m.find(from)) {
            from = m.start() + m.group(1).length() + 1;
            String first = m.group(1);
            String surname = m.group(3);
            if (!GivenNames.isGivenName(first) || Words.everyday(first) || Words.common(first) || GivenNames.isGivenName(surname)
                    || Words.everyday(surname) || Words.common(surname) || NOT_NAMES.contains(capitalised(new String[] {surname}))
                    || DAYS_AND_MONTHS_SHORT.contains(surname)
                    || AccountName.COMPANY_FORMS.contains(surname) || MINE.matcher(before(note, m.start())).find()
                    || FAN_OF.matcher(before(note, m.start())).find() || !INTRODUCED.matcher(before(note, m.start())).find()
                    || namesAContact(first, people)) {
                continue;
            }
            String name = capitalised(m.group().split(" "));
            if (known(name, people) || found.stream().anyMatch(p -> Words.fold(p.name()).equals(Words.fold(name)))) {
                continue;
            }
            found.add(new NewPerson(name, account, null));
            from = m.end();
        }
    }

    /**
     * A given name alone after a role ("zijn collega sofie", "his PA lucy", "area mgr jess"): someone new, when the
     * name is no everyday word and no contact's, and no surname follows it (then it is named in full above).
     */
    private static void collectByRole(List<NewPerson> found, String note, Matcher m, PeopleFinder people, String account) {
        while (m.find()) {
            String first = m.group(2);
            String folded = Words.fold(first);
            if (!GivenNames.isGivenName(folded) || Words.common(folded) || Words.everyday(folded) || namesAContact(folded, people)
                    || MINE.matcher(note.substring(Math.max(0, m.start(1) - 6), m.end(1))).find()
                    || found.stream().anyMatch(p -> Words.fold(p.name()).split(" ")[0].equals(folded))) {
                continue;
            }
            Matcher next = NEXT_WORD.matcher(note).region(m.end(2), note.length());
            String surname = next.lookingAt() ? Words.fold(next.group(1)) : null;
            String[] name = surname != null && surname.length() > 2 && !Words.common(surname) && !Words.everyday(surname) && !GivenNames.isGivenName(surname)
                    ? new String[] {folded, surname} : new String[] {folded};
            if (name.length == 2 && knownInFull(capitalised(name), people)) {
                continue;
            }
            found.add(new NewPerson(capitalised(name), account, m.group(1).toLowerCase(java.util.Locale.ROOT)));
        }
    }

    /**
     * A contact by this full name: found with its first name, not only by a surname a contact shares ("their md gary
     * hughes" at Kate Hughes's company is someone else).
     */
    private static boolean knownInFull(String name, PeopleFinder people) {
        String folded = Words.fold(name);
        return people.isContactName(folded, false) || people.find(name).mentions().stream().anyMatch(m -> m.start() == 0);
    }

    /** "nieuwe inkoper bij zorgpunt is r. bos", "new facilities mgr at northwind is raj patel": the new holder of a role. */
    private static void collectNewHolders(List<NewPerson> found, String note, PeopleFinder people, String account) {
        Matcher m = NEW_ROLE_IS.matcher(note);
        while (m.find()) {
            String typed = m.group(2).strip();
            String[] words = typed.split("\\s+");
            String last = Words.fold(words[words.length - 1]);
            String first = Words.fold(words[0]);
            boolean initial = first.matches("\\p{L}\\.?");
            if (Words.common(last) || words.length == 1 && Words.everyday(last) || knownInFull(typed, people)
                    || !initial && (!GivenNames.isGivenName(first) || Words.common(first))
                    || words.length == 1 && (!GivenNames.isGivenName(last) || namesAContact(last, people))
                    || found.stream().anyMatch(p -> Words.fold(p.name()).startsWith(Words.fold(words[0])))) {
                continue;
            }
            found.add(new NewPerson(capitalised(Words.fold(typed).split("\\s+")), account, m.group(1).toLowerCase(java.util.Locale.ROOT)));
        }
    }

    /** "mrs okoye", "owner is a mr fitzgerald": a title and a surname that is no contact's and no word. */
    private static void collectTitled(List<NewPerson> found, String note, PeopleFinder people, String account) {
        Matcher m = TITLE_THEN_SURNAME.matcher(note);
        while (m.find()) {
            String surname = m.group(3);
            String folded = Words.fold(surname);
            String[] parts = folded.split("\\s+");
            String core = parts[parts.length - 1];
            if (Words.common(core) || Words.everyday(core) || GivenNames.isGivenName(core) && parts.length == 1
                    || namesAContact("Mr " + capitalised(parts), people) || people.isInAccountName(folded)
                    || found.stream().anyMatch(p -> Words.fold(p.name()).endsWith(folded))) {
                continue;
            }
            String title = Character.toUpperCase(m.group(1).charAt(0)) + m.group(1).substring(1).toLowerCase(java.util.Locale.ROOT);
            found.add(new NewPerson(title + m.group(2) + " " + capitalised(parts), account, null));
        }
    }

    /** Whether a first name is a contact's, by itself or as a short form or typo ("sanne van der meer advocaten"). */
    private static boolean namesAContact(String first, PeopleFinder people) {
        PeopleFinder.Found found = people.find(first);
        return !found.mentions().isEmpty() || !found.undecided().isEmpty();
    }

    /**
     * A given name with a surname ("Graham Porter", "lisa groen (pharmavita)") of someone who is not a contact: a
     * person the note names in full is meant, even without a role; the given name tells a person from a place.
     */
    private static void collectFullNames(List<NewPerson> found, String note, Pattern names, PeopleFinder people,
            String account) {
        Matcher m = names.matcher(note);
        int from = 0;
        while (from < note.length() && m.find(from)) {
            String name = m.group(1).strip().replaceAll("['’]s$", "");
            String[] words = name.split("\\s+");
            from = m.end();
            if (!GivenNames.isGivenName(words[0])) {
                from = m.start(1) + words[0].length(); // "Dr Niamh Kelly": the name may start at the next word
                continue;
            }
            if (NOT_NAMES.contains(words[words.length - 1])
                    || FAN_OF.matcher(before(note, m.start(1))).find() || contactOfAccount(words, people)
                    || fullyKnown(name, people) || found.stream().anyMatch(p -> Words.fold(p.name()).equals(Words.fold(name)))) {
                continue;
            }
            found.add(new NewPerson(name, account, null));
        }
    }

    /**
     * A contact named by first name and a word of their account ("Jan Vandenbroucke" or "Jan van Westland" for Jan
     * of Brouwerij Vandenbroucke or of Westland Fruit), also where the first name fits more than one contact.
     */
    private static boolean contactOfAccount(String[] words, PeopleFinder people) {
        String account = Words.fold(words[words.length - 1]);
        PeopleFinder.Found found = people.find(words[0]);
        return Stream.concat(found.mentions().stream().map(PeopleFinder.Mention::contact),
                        found.undecided().stream().flatMap(List::stream))
                .anyMatch(c -> c.account() != null && (account.equals(AccountName.keyOf(c.account()))
                        || List.of(Words.fold(c.account()).split("[^\\p{L}\\p{N}]+")).contains(account)));
    }

    private static String before(String note, int start) {
        return note.substring(Math.max(0, start - 16), start);
    }

    /**
     * A contact by this full name (allowing a short form, a typo or the start of the first name: "Lies Janssens" for
     * Liesbeth Janssens) or its first names, or one of their accounts.
     */
    private static boolean fullyKnown(String name, PeopleFinder people) {
        String folded = Words.fold(name);
        boolean contact = people.isContactName(folded, true) || people.isInAccountName(folded);
        return contact || people.find(name).mentions().stream().anyMatch(m -> m.start() == 0 && m.end() == name.length()
                || shortFor(folded, Words.fold(m.contact().name())));
    }

    /** "lies janssens" for "liesbeth janssens": the same surname, and a first name that begins the other. */
    private static boolean shortFor(String typed, String contact) {
        String[] a = typed.split("\\s+");
        String[] b = contact.split("\\s+");
        return a[a.length - 1].equals(b[b.length - 1]) && a[0].length() >= 2 && b[0].length() >= 3
                && (b[0].startsWith(a[0]) || a[0].startsWith(b[0]));
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

    /**
     * A person introduced by role in a note typed without capitals ("haar vervanger is tom claessens", "zijn directeur,
     * annemiek de wit", "dev singh, the taproom manager"): taken when the first word is a known given name, and not
     * a contact's followed by an everyday word ("greg emailed, their new buyer" is Greg); proposed with capitals.
     */
    private static void collectLowerCase(List<NewPerson> found, String note, Matcher m, int nameGroup, int roleGroup,
            PeopleFinder people, String account) {
        while (m.find()) {
            String typed = m.group(nameGroup);
            String[] words = typed.split(" ");
            boolean particle = words.length > 2; // "karin de wit": a word after a particle is a surname
            if (!GivenNames.isGivenName(words[0]) || Words.common(words[0]) || !particle && Words.common(words[words.length - 1])
                    || Words.everyday(words[words.length - 1]) && namesAContact(words[0], people) || MINE.matcher(note.substring(Math.max(0, m.start(roleGroup) - 6), m.end(roleGroup))).find()) {
                continue;
            }
            String name = capitalised(words);
            if (knownInFull(name, people) || found.stream().anyMatch(p -> Words.fold(p.name()).equals(Words.fold(name)))) {
                continue;
            }
            found.add(new NewPerson(name, account, m.group(roleGroup)));
        }
    }

    /** "koen de smet" as "Koen de Smet", "grainne o'shea" as "Grainne O'shea". */
    private static String capitalised(String[] words) {
        StringBuilder name = new StringBuilder();
        for (String word : words) {
            name.append(name.isEmpty() ? "" : " ").append(PARTICLE_WORDS.contains(word) ? word
                    : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return name.toString();
    }

    /** A contact already, or the name of one of their accounts. */
    private static boolean known(String name, PeopleFinder people) {
        String folded = Words.fold(name);
        return people.isContactName(folded, false) || people.isInAccountName(folded)
                || !people.find(name).mentions().isEmpty();
    }
}
