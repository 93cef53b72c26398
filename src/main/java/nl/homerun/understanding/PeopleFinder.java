package nl.homerun.understanding;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.homerun.contacts.Contact;
import nl.homerun.understanding.Words.Word;

/**
 * Finds the contacts a note is about, as people write them: the full name or the first name, a short form ("Kees"
 * for Cornelis, "Dave" for David), a typo ("Petr", "Sofie"), without accents or capitals, the surname, or the
 * account without its legal form ("Fabrikam" for "Fabrikam Nederland B.V."; a note about the account is about its
 * people). A first name that fits several contacts is settled by their surname or account in the note, or else
 * left to the user to choose. Built once per address book: a note is then read in time that does not grow with it.
 */
final class PeopleFinder {

    /** A contact found in the note, and where. */
    record Mention(Contact contact, int start, int end) {
    }

    /** What the finder found: the contacts it is sure of, and the groups among which it could not choose. */
    record Found(List<Mention> mentions, List<List<Contact>> undecided) {
    }

    private static final Map<String, List<String>> NICKNAMES = nicknames();
    /** Parts of company names that say what kind of company it is, not which. */
    private static final Set<String> COMPANY_FORMS = Set.of("bv", "b.v", "b.v.", "nv", "n.v", "n.v.", "vof", "v.o.f", "ua",
            "u.a", "u.a.", "holding", "groep", "group", "ltd", "limited", "inc", "incorporated", "plc", "llc", "gmbh", "ag",
            "sa", "s.a", "s.a.", "a/s", "as", "pte", "co", "corp", "corporation", "company", "bvba", "cvba", "sarl",
            "nederland", "belgie", "uk", "international", "europe", "benelux", "cooperatie", "the", "de", "het", "van",
            "en", "and", "&", "of", "der", "den", "s");
    /** Words that are names too; as one, such a word must look like one (a capital), or come with a person's cue. */
    private static final Set<String> NAME_WORDS = Set.of("will", "bill", "mark", "rob", "sue", "pat", "art", "may", "june",
            "april", "grace", "hope", "frank", "ray", "rose", "jack", "chase", "summer", "bob", "bas", "roos", "mei",
            "sterre", "storm", "noor", "hans", "kim", "wil", "wim", "ben", "don", "dean", "earl", "guy", "joy", "max",
            "rich", "sky", "dawn", "eve", "faith", "gene", "ivy", "jean", "lane", "page", "penny", "reed", "rocky", "sandy",
            "terry", "tim", "nick", "lieve", "fleur", "iris", "lente", "zon", "jade", "mila", "vera");

    private final List<Contact> contacts;
    private final Map<String, List<Contact>> byFirstName = new HashMap<>();
    private final Map<String, List<Contact>> bySurname = new HashMap<>();
    private final Map<Contact, String[]> fullNames = new LinkedHashMap<>();
    /** The first names by their first letter and by their sound, to find a typo without comparing all names. */
    private final Map<Character, Set<String>> firstNamesByLetter = new HashMap<>();
    private final Map<String, Set<String>> firstNamesBySound = new HashMap<>();
    /** Per contact of an account: the word that names the account. */
    private final Map<String, List<Contact>> byAccountKey = new HashMap<>();

    PeopleFinder(List<Contact> contacts) {
        this.contacts = List.copyOf(contacts);
        for (Contact contact : contacts) {
            String[] name = Words.fold(contact.name()).split("[\\s]+");
            fullNames.put(contact, name);
            byFirstName.computeIfAbsent(name[0], k -> new ArrayList<>()).add(contact);
            firstNamesByLetter.computeIfAbsent(name[0].charAt(0), k -> new LinkedHashSet<>()).add(name[0]);
            firstNamesBySound.computeIfAbsent(Words.sound(name[0]), k -> new LinkedHashSet<>()).add(name[0]);
            if (name.length > 1) {
                bySurname.computeIfAbsent(name[name.length - 1], k -> new ArrayList<>()).add(contact);
            }
            String key = contact.account() == null ? null : accountKey(contact.account());
            if (key != null) {
                byAccountKey.computeIfAbsent(key, k -> new ArrayList<>()).add(contact);
            }
        }
    }

    /**
     * The word that names an account: the first of its name that is not its legal form, a filler or the kind of
     * business it is ("Westland" of "Coöperatie Westland Fruit U.A.", "Gouden" of "Hotel De Gouden Leeuw").
     */
    static String accountKey(String account) {
        for (Word word : Words.of(account)) {
            String w = word.folded().replace(".", "");
            if (w.length() >= 3 && !COMPANY_FORMS.contains(word.folded()) && !COMPANY_FORMS.contains(w)
                    && !BUSINESS_KINDS.contains(w)) {
                return w;
            }
        }
        return null;
    }

    /** Words that say what a business does, which open many company names. */
    private static final Set<String> BUSINESS_KINDS = Set.of("hotel", "restaurant", "cafe", "bakkerij", "brouwerij",
            "drukkerij", "garage", "gemeente", "provincie", "stichting", "zorggroep", "ziekenhuis", "school", "hogeschool",
            "universiteit", "kliniek", "apotheek", "transport", "logistiek", "bouw", "installatietechniek", "schoonmaak",
            "coöperatie", "cooperatie", "vereniging", "municipality", "council", "city", "county", "hospital", "clinic",
            "university", "college", "bakery", "brewery", "hotels", "foods", "food", "logistics",
            "services", "solutions", "systems", "analytics", "retail", "interiors", "trading", "printing", "print",
            "pharmacy", "dental", "medical", "health", "care", "homes", "construction", "engineering", "consulting");

    Found find(String note) {
        List<Word> words = Words.of(note);
        boolean typedWithCapitals = words.stream().anyMatch(w -> w.capitalised() && w.start() > 0);
        Set<Contact> accountsNamed = accountsNamed(words, typedWithCapitals);
        List<Mention> mentions = new ArrayList<>();
        List<List<Contact>> undecided = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            Word word = words.get(i);
            Contact full = fullNameAt(words, i);
            if (full != null) {
                int length = fullNames.get(full).length;
                mentions.add(new Mention(full, word.start(), words.get(Math.min(words.size() - 1, i + length - 1)).end()));
                i += length - 1;
                continue;
            }
            if (NAME_WORDS.contains(word.folded()) && !word.capitalised() && (typedWithCapitals || !personCue(words, i))) {
                continue;
            }
            List<Contact> candidates = byFirstName(word);
            if (candidates.isEmpty() && (typedWithCapitals ? word.capitalised() : personCue(words, i))) {
                candidates = bySurname.getOrDefault(word.folded(), List.of());
            }
            if (candidates.isEmpty()) {
                continue;
            }
            List<Contact> narrowed = narrow(candidates, words, i, accountsNamed);
            if (narrowed.size() == 1) {
                mentions.add(new Mention(narrowed.get(0), word.start(), word.end()));
            } else {
                undecided.add(narrowed);
            }
        }
        Set<Contact> named = new LinkedHashSet<>();
        mentions.forEach(m -> named.add(m.contact()));
        undecided.removeIf(group -> group.stream().anyMatch(named::contains));
        for (Contact contact : accountsNamed) {
            boolean colleagueNamed = named.stream().anyMatch(n -> sameAccount(n, contact));
            boolean colleagueUndecided = undecided.stream().flatMap(List::stream).anyMatch(n -> sameAccount(n, contact));
            if (!colleagueNamed && !colleagueUndecided && !named.contains(contact)) {
                mentions.add(new Mention(contact, -1, -1));
                named.add(contact);
            }
        }
        return new Found(mentions, dedupe(undecided));
    }

    /** A contact whose first name and surname stand here, each allowing a typo; null when none does. */
    private Contact fullNameAt(List<Word> words, int i) {
        for (Contact contact : byFirstName(words.get(i))) {
            String[] name = fullNames.get(contact);
            if (name.length < 2 || i + name.length > words.size()) {
                continue;
            }
            boolean all = true;
            for (int k = 0; k < name.length && all; k++) {
                String typed = words.get(i + k).folded();
                all = k == 0 ? firstNameFits(typed, name[0]) : close(typed, name[k]) || (k == name.length - 1
                        && words.get(i + k).withoutPossessive() != null && close(words.get(i + k).withoutPossessive(), name[k]));
            }
            if (all) {
                return contact;
            }
        }
        return null;
    }

    /**
     * The contacts with this first name: as typed, then as a short form, then with a typo. An exact match wins over
     * a short form, and both over a typo, so "Jan" is the Jans and not also Johannes.
     */
    private List<Contact> byFirstName(Word word) {
        for (String typed : new String[] {word.folded(), word.withoutPossessive()}) {
            if (typed == null) {
                continue;
            }
            List<Contact> exact = byFirstName.get(typed);
            if (exact != null) {
                return exact;
            }
            List<Contact> viaNickname = new ArrayList<>();
            for (String full : NICKNAMES.getOrDefault(typed, List.of())) {
                viaNickname.addAll(byFirstName.getOrDefault(full, List.of()));
            }
            if (!viaNickname.isEmpty()) {
                return viaNickname;
            }
        }
        if (word.folded().length() < 3 || NAME_WORDS.contains(word.folded()) && !word.capitalised()) {
            return List.of();
        }
        Set<String> names = new LinkedHashSet<>(firstNamesByLetter.getOrDefault(word.folded().charAt(0), Set.of()));
        names.addAll(firstNamesBySound.getOrDefault(Words.sound(word.folded()), Set.of()));
        List<Contact> near = new ArrayList<>();
        for (String first : names) {
            if (typo(word.folded(), first)) {
                near.addAll(byFirstName.get(first));
            }
        }
        return near;
    }

    private static boolean firstNameFits(String typed, String first) {
        if (typed.equals(first) || typo(typed, first)) {
            return true;
        }
        return NICKNAMES.getOrDefault(typed, List.of()).contains(first);
    }

    private static boolean close(String typed, String name) {
        return typed.equals(name) || typo(typed, name);
    }

    /** A slip of the thumb: one letter off in a name of four letters or more, two in one of eight, or the same sound. */
    static boolean typo(String typed, String name) {
        if (typed.length() < 3 || name.length() < 3 || typed.charAt(0) != name.charAt(0) && !Words.sound(typed).equals(Words.sound(name))) {
            return false;
        }
        int allowed = name.length() >= 8 ? 2 : name.length() >= 4 ? 1 : 0;
        return Words.distance(typed, name) <= allowed || Words.sound(typed).equals(Words.sound(name));
    }

    /** Of several contacts with one first name, those whose surname follows, or whose account the note names. */
    private List<Contact> narrow(List<Contact> candidates, List<Word> words, int i, Set<Contact> accountsNamed) {
        if (candidates.size() < 2) {
            return candidates;
        }
        if (i + 1 < words.size()) {
            String next = words.get(i + 1).folded();
            List<Contact> bySurname = candidates.stream().filter(c -> {
                String[] name = fullNames.get(c);
                return name.length > 1 && close(next, name[name.length - 1]);
            }).toList();
            if (bySurname.size() == 1) {
                return bySurname;
            }
        }
        List<Contact> atAccount = candidates.stream().filter(accountsNamed::contains).toList();
        return atAccount.size() == 1 ? atAccount : candidates;
    }

    /** The contacts at every account the note names by its word (capitalised, in a note typed with capitals). */
    private Set<Contact> accountsNamed(List<Word> words, boolean typedWithCapitals) {
        Set<Contact> found = new LinkedHashSet<>();
        for (Word word : words) {
            String w = word.folded().replace(".", "");
            List<Contact> atAccount = byAccountKey.get(w);
            if (atAccount == null && word.withoutPossessive() != null) {
                atAccount = byAccountKey.get(word.withoutPossessive());
            }
            if (atAccount != null && w.length() >= 3 && (word.capitalised() || !typedWithCapitals)) {
                found.addAll(atAccount);
            }
        }
        return found;
    }

    /** "met jan", "jan zei", "called bob", "bob's": a word used as a name in a note typed without capitals. */
    private static boolean personCue(List<Word> words, int i) {
        Set<String> before = Set.of("met", "with", "w", "bij", "voor", "van", "aan", "called", "belde", "gebeld", "mailed",
                "emailed", "rang", "told", "asked", "spoke", "spoken", "to", "for", "from", "tried", "meeting", "lunch", "call");
        Set<String> after = Set.of("said", "says", "zei", "zegt", "wil", "wants", "vroeg", "asked", "belde", "called",
                "rang", "mailde", "emailed", "is", "was", "has", "had", "heeft", "thinks", "vindt", "gebeld", "gesproken");
        return i > 0 && before.contains(words.get(i - 1).folded())
                || i + 1 < words.size() && after.contains(words.get(i + 1).folded());
    }

    private static boolean sameAccount(Contact a, Contact b) {
        return a.account() != null && a.account().equals(b.account());
    }

    private static List<List<Contact>> dedupe(List<List<Contact>> groups) {
        List<List<Contact>> unique = new ArrayList<>();
        for (List<Contact> group : groups) {
            if (unique.stream().noneMatch(u -> Set.copyOf(u).equals(Set.copyOf(group)))) {
                unique.add(group);
            }
        }
        return unique;
    }

    List<Contact> contacts() {
        return contacts;
    }

    private static Map<String, List<String>> nicknames() {
        try (InputStream in = PeopleFinder.class.getResourceAsStream("/understanding/nicknames.txt")) {
            Map<String, List<String>> nicknames = new HashMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                int colon = line.indexOf(':');
                if (!line.startsWith("#") && colon > 0) {
                    nicknames.put(line.substring(0, colon).strip(),
                            List.of(line.substring(colon + 1).strip().split("\\s*,\\s*")));
                }
            }
            return nicknames;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
