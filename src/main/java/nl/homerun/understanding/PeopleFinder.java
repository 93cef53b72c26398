package nl.homerun.understanding;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import nl.homerun.contacts.Contact;
import nl.homerun.contacts.Spelling;
import nl.homerun.understanding.Words.Word;

/**
 * Finds the contacts a note is about, as people write them: the full name or the first name, a short form ("Kees"
 * for Cornelis, "Dave" for David), a typo ("Petr"), without accents or capitals, the surname, or the account without
 * its legal form or by its initials ("Fabrikam" for "Fabrikam Nederland B.V.", "FNB"; a note about the account is
 * about its people). A first name that fits several contacts, or is spelt like one and sounds like another ("Kris",
 * "Chris"), is settled by a surname or its initial, by the account, its kind of business or a role the note names,
 * or by a colleague named with it; or else left to the user to choose. Everyday words near a name ("daar", "March"),
 * months ("15 jan"), a contact's relatives ("haar man Henk") and other people with a contact's first name ("Jan
 * Vermeer") are left alone. Built once per address book: a note is then read in time that does not grow with it.
 */
final class PeopleFinder {

    /** A contact found in the note, and where. */
    record Mention(Contact contact, int start, int end) {
    }

    /**
     * What the finder found: the contacts it is sure of, the groups among which it could not choose, and the words
     * of the note that named one of those groups ("rob" for two Roberts), and per such word, folded, the contacts it fits.
     */
    record Found(List<Mention> mentions, List<List<Contact>> undecided, List<String> undecidedTyped,
            Map<String, List<Contact>> undecidedByName) {
    }

    private static final Map<String, List<String>> NICKNAMES = nicknames();
    /** Words that are names too; as one, such a word must look like one (a capital), or come with a person's cue. */
    private static final Set<String> NAME_WORDS = Set.of("will", "bill", "mark", "rob", "sue", "pat", "art", "may", "june",
            "april", "grace", "hope", "frank", "ray", "rose", "jack", "chase", "summer", "bob", "bas", "roos", "mei",
            "sterre", "storm", "noor", "kim", "wil", "wim", "ben", "don", "dean", "earl", "guy", "joy", "max",
            "rich", "sky", "dawn", "eve", "faith", "gene", "ivy", "jean", "lane", "page", "penny", "reed", "rocky", "sandy",
            "terry", "tim", "nick", "lieve", "fleur", "iris", "lente", "zon", "jade", "mila", "vera");

    /** What follows a name and "'s" typed as "s" ("robs off", "kates back", "daves wife"): "is", "has" or "his". */
    private static final Set<String> IS_OR_HAS_AFTER = Set.of("off", "back", "going", "gone", "away", "out", "in", "on",
            "doing", "been", "got", "not", "having", "moving", "retiring", "leaving", "still", "now", "just", "also",
            "wife", "husband", "son", "daughter", "kids", "birthday", "bday", "new", "finally", "very", "really");

    /** Words for a relative: after "haar", "his" and the like, the name that follows is family, not a contact. */
    private static final Set<String> RELATIVES = Set.of("man", "vrouw", "partner", "vriend", "vriendin", "vader", "moeder",
            "opa", "oma", "dad", "mum", "mom", "father", "mother", "boyfriend", "girlfriend", "fiance", "fiancee", "baby");
    /** Words for family that say so alone: "dochter Lotje", "son Billy"; and words that introduce someone new. */
    private static final Set<String> KIN = Set.of("zoon", "zoontje", "dochter", "dochtertje", "broer", "broertje", "zus",
            "zusje", "kleinzoon", "kleindochter", "echtgenoot", "echtgenote", "son", "daughter", "brother", "sister",
            "grandson", "granddaughter", "husband", "wife", "genaamd", "heet", "named");
    private static final Set<String> POSSESSIVES = Set.of("haar", "zijn", "hun", "her", "his", "their");
    /** Words before a noun: "de kok" is the cook, "the price" a price. */
    private static final Set<String> ARTICLES = Set.of("de", "het", "een", "the", "a", "an", "deze", "die", "this", "that");
    /** Words before a place: "bij Jansen", "at Jansen" is the company Jansen, not a person named so. */
    private static final Set<String> PLACES = Set.of("bij", "naar", "at", "to");
    private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}]");
    private static final Pattern DAY_NUMBER = Pattern.compile("\\d{1,2}(e|ste|de|st|nd|rd|th)?");
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
    /** Words before a surname that say it is a person: "mevrouw Jansen", "Mr Jansen". */
    private static final Set<String> HONORIFICS = Set.of("meneer", "mevrouw", "mevr", "mw", "dhr", "mr", "mrs", "ms", "miss",
            "dr", "drs", "ir", "ing", "prof", "sir", "madam");
    /** Months as written short, some of which are first names too ("jan"), and words that come before a month. */
    private static final Set<String> MONTHS = Set.of("jan", "feb", "mrt", "mar", "apr", "april", "mei", "may", "jun", "juni",
            "june", "jul", "juli", "aug", "sep", "sept", "okt", "oct", "nov", "dec");
    private static final Set<String> MONTH_CUES = Set.of("eind", "begin", "half", "medio", "midden", "per", "vanaf", "sinds",
            "in", "of", "mid", "early", "late", "end", "since", "until", "till", "from");
    /** The small words between a first name and a surname: "de Graaf", "v.d. Berg". */
    private static final Set<String> PARTICLES = Set.of("van", "de", "der", "den", "het", "v", "d", "vd", "v.d", "ter",
            "te", "el", "al", "le", "la", "du", "da", "di", "von", "t", "'t");
    /** Words that point at one business or one role: "de brouwerij", "the CFO", "v d drukkerij", "from finance". */
    private static final Set<String> POINTERS = Set.of("de", "het", "d", "the", "onze", "our", "hun", "their", "from", "in",
            "of", "at", "van", "bij", "uit");
    /** Words before a name ("met jan", "called bob") and after one ("jan zei", "bob's"), in a note without capitals. */
    private static final Set<String> CUE_BEFORE = Set.of("met", "with", "w", "bij", "voor", "van", "aan", "called", "belde",
            "gebeld", "mailed", "emailed", "rang", "told", "asked", "spoke", "spoken", "to", "for", "from", "tried",
            "meeting", "lunch", "call");
    private static final Set<String> CUE_AFTER = Set.of("said", "says", "zei", "zegt", "wil", "wants", "vroeg", "asked",
            "belde", "called", "rang", "mailde", "emailed", "is", "was", "has", "had", "heeft", "thinks", "vindt", "gebeld",
            "gesproken", "terug", "back", "and", "en", "teruggebeld", "gemaild", "geappt", "texted", "replied");
    /** Small words that may stand between a name and its cue ("kim even gesproken", "bob just called"). */
    private static final Pattern CLAUSE_END = Pattern.compile("[,.;:!?]");
    private static final Set<String> FILLERS = Set.of("even", "net", "nog", "ook", "vandaag", "gisteren", "eindelijk",
            "just", "finally", "also", "today", "yesterday");

    private final Map<String, List<Contact>> byFirstName = new HashMap<>();
    private final Map<String, List<Contact>> bySurname = new HashMap<>();
    private final Map<Contact, String[]> fullNames = new LinkedHashMap<>();
    /**
     * The first names by their first letter and length ("s6" for sophie), and by their sound, to find a typo
     * without comparing all names.
     */
    private final Map<String, Set<String>> firstNamesByShape = new HashMap<>();
    private final Map<String, Set<String>> firstNamesBySound = new HashMap<>();
    /** The contacts of an account by the word that names it and by its initials ("fnb"). */
    private final Map<String, List<Contact>> byAccountKey = new HashMap<>();
    private final Map<String, List<Contact>> byInitials = new HashMap<>();
    /** The contacts by the other words of their account's name ("Zwolle" of Fabrikam Logistiek Zwolle). */
    private final Map<String, List<Contact>> byAccountWord = new HashMap<>();
    /** The contacts by the kind of business of their account and by the words of their role ("de brouwerij"). */
    private final Map<String, List<Contact>> byKindOrRole = new HashMap<>();
    /** Each account's name as read, also to see how much of it a note writes out ("Smith & Jones"). */
    private final Map<String, AccountName> accountNames = new HashMap<>();

    /** Every contact's full name, folded, and the words it begins with ("jan", "jan de" of "jan de vries"). */
    private final Set<String> namesKnown = new HashSet<>();
    private final Set<String> nameBeginnings = new HashSet<>();
    private final Set<String> accountsKnown = new LinkedHashSet<>();

    PeopleFinder(List<Contact> contacts) {
        for (Contact contact : contacts) {
            String[] name = Words.fold(contact.name()).split("[\\s]+");
            fullNames.put(contact, name);
            namesKnown.add(String.join(" ", name));
            for (int k = 1; k < name.length; k++) {
                nameBeginnings.add(String.join(" ", Arrays.copyOfRange(name, 0, k)));
            }
            if (contact.account() != null) {
                accountsKnown.add(Words.fold(contact.account()));
            }
            byFirstName.computeIfAbsent(name[0], k -> new ArrayList<>()).add(contact);
            firstNamesByShape.computeIfAbsent(shape(name[0], 0), k -> new LinkedHashSet<>()).add(name[0]);
            firstNamesBySound.computeIfAbsent(Words.sound(name[0]), k -> new LinkedHashSet<>()).add(name[0]);
            if (name.length > 1) {
                bySurname.computeIfAbsent(name[name.length - 1], k -> new ArrayList<>()).add(contact);
            }
            if (contact.account() != null) {
                indexAccount(contact);
            }
            if (contact.role() != null) {
                Words.of(contact.role()).stream().map(Word::folded)
                        .filter(w -> w.length() >= 4 && !Words.common(w) && !AccountName.COMPANY_FORMS.contains(w)).distinct()
                        .forEach(w -> byKindOrRole.computeIfAbsent(w, k -> new ArrayList<>()).add(contact));
            }
        }
    }

    private void indexAccount(Contact contact) {
        AccountName account = accountNames.computeIfAbsent(contact.account(), AccountName::of);
        if (account.key() != null) {
            byAccountKey.computeIfAbsent(account.key(), k -> new ArrayList<>()).add(contact);
        }
        if (account.initials().length() >= 2) {
            byInitials.computeIfAbsent(account.initials(), k -> new ArrayList<>()).add(contact);
        }
        account.otherWords().forEach(w -> byAccountWord.computeIfAbsent(w, k -> new ArrayList<>()).add(contact));
        account.kinds().forEach(kind -> byKindOrRole.computeIfAbsent(kind, k -> new ArrayList<>()).add(contact));
    }

    /** Where a note is being read: its words, how it was typed, and which words already turned out to be a name. */
    private static final class Reading {
        final List<Word> words;
        final String note;
        final boolean typedWithCapitals;
        final boolean[] taken;

        Reading(String note) {
            this.note = note;
            this.words = Words.of(note);
            this.typedWithCapitals = words.stream().anyMatch(w -> w.capitalisedAsName() && w.start() > 0);
            this.taken = new boolean[words.size()];
        }

        void take(int from, int to) {
            for (int k = from; k <= to; k++) {
                taken[k] = true;
            }
        }
    }

    /** A first name the finder could not settle: its candidates, and where it stands. */
    private record Pending(List<Contact> candidates, int start, int end) {
    }

    /** The accounts a note names: the contacts at them, and the words that could be either an account or a surname. */
    private record Accounts(Set<Contact> named, Set<Contact> hinted, List<Pending> unclear) {
    }

    Found find(String note) {
        return find(note, Map.of());
    }

    /**
     * The people of a note, where a first name that fits several contacts is the one the user has settled it means
     * ({@code settled}: the name folded, to the contact's id) when nothing in the note settles it otherwise.
     */
    Found find(String note, Map<String, String> settled) {
        Reading reading = new Reading(note);
        List<Mention> mentions = fullNames(reading);
        Accounts accounts = accounts(reading);
        List<Pending> pending = new ArrayList<>(accounts.unclear());
        Set<Contact> context = new LinkedHashSet<>(accounts.named());
        context.addAll(accounts.hinted());
        List<Word> words = reading.words;
        for (int i = 0; i < words.size(); i++) {
            if (reading.taken[i] || relative(words, i) || ourOwn(words, i) || date(words, i) || !looksLikeName(reading, i)) {
                continue;
            }
            Word word = words.get(i);
            List<Contact> candidates = narrow(candidates(reading, i), words, i, context);
            if (someoneElse(reading, i, candidates)) {
                continue;
            }
            if (candidates.size() == 1) {
                mentions.add(new Mention(candidates.get(0), givenNameStart(words, i, candidates.get(0)), word.end()));
            } else if (!candidates.isEmpty()) {
                pending.add(new Pending(candidates, word.start(), word.end()));
            }
        }
        settleByColleagues(mentions, pending);
        settleByChoice(note, mentions, pending, settled);
        mentions.sort(Comparator.comparingInt(Mention::start));
        linkAccounts(mentions, pending, accounts.named());
        Map<String, List<Contact>> byName = new LinkedHashMap<>();
        pending.stream().filter(p -> p.start() >= 0)
                .forEach(p -> byName.putIfAbsent(Words.fold(note.substring(p.start(), p.end())), p.candidates()));
        return new Found(mentions, dedupe(pending.stream().map(Pending::candidates).toList()),
                pending.stream().filter(p -> p.start() >= 0).map(p -> note.substring(p.start(), p.end())).toList(), byName);
    }

    private static void settleByChoice(String note, List<Mention> mentions, List<Pending> pending,
            Map<String, String> settled) {
        for (Iterator<Pending> it = pending.iterator(); it.hasNext();) {
            Pending p = it.next();
            String id = p.start() < 0 ? null : settled.get(Words.fold(note.substring(p.start(), p.end())));
            Contact chosen = id == null ? null : p.candidates().stream().filter(c -> c.id().equals(id)).findFirst().orElse(null);
            if (chosen != null) {
                mentions.add(new Mention(chosen, p.start(), p.end()));
                it.remove();
            }
        }
    }

    /** Contacts written with first name and surname; their words are taken. */
    private List<Mention> fullNames(Reading reading) {
        List<Mention> mentions = new ArrayList<>();
        List<Word> words = reading.words;
        for (int i = 0; i < words.size(); i++) {
            Contact full = fullNameAt(words, i);
            int last = full == null ? i : Math.min(words.size() - 1, i + fullNames.get(full).length - 1);
            if (full == null && (full = hyphenatedAt(words, i)) != null) {
                last = surnameFollows(full, words, i + 1) ? i + 2 : i + 1;
            }
            if (full != null) {
                mentions.add(new Mention(full, words.get(i).start(), words.get(last).end()));
                reading.take(i, last);
                i = last;
            }
        }
        return mentions;
    }

    /** "jan willem" for Jan-Willem: a hyphenated first name typed as two words, when one contact has it. */
    private Contact hyphenatedAt(List<Word> words, int i) {
        if (i + 1 >= words.size()) {
            return null;
        }
        List<Contact> named = byFirstName.get(words.get(i).folded() + "-" + words.get(i + 1).folded());
        return named != null && named.size() == 1 ? named.get(0) : null;
    }

    /**
     * The candidates for the word at i: by first name, or else, where it looks like a name, by surname (also typed
     * small after a given name: "Ans smit"); after "mevrouw", "Mr" and the like only by surname.
     */
    private List<Contact> candidates(Reading reading, int i) {
        Word word = reading.words.get(i);
        boolean honorific = honorific(reading.words, i);
        boolean isOrHas = i + 1 < reading.words.size() && IS_OR_HAS_AFTER.contains(reading.words.get(i + 1).folded());
        List<Contact> candidates = honorific ? List.of() : byFirstName(word, typoAllowed(reading, word), false, isOrHas);
        if (candidates.isEmpty() && (honorific || (reading.typedWithCapitals
                ? word.capitalised() || givenNameBefore(reading.words, i) != null
                : personCue(reading, i) && !everydayWordHere(reading, i)))) {
            candidates = bySurname.getOrDefault(word.folded(), List.of());
            if (candidates.isEmpty() && word.withoutPossessive() != null) {
                candidates = bySurname.getOrDefault(word.withoutPossessive(), List.of());
            }
            String given = givenNameBefore(reading.words, i);
            if (given != null) { // "Mark de Vries" is not Petra de Vries
                candidates = candidates.stream().filter(c -> firstNameFits(given, fullNames.get(c)[0])).toList();
            }
        }
        if (candidates.isEmpty() && !honorific && i > 0) {
            candidates = byInitialsAndSurname(reading.words.get(i - 1), word);
        }
        return candidates;
    }

    /**
     * "de kok zat erbij", "the price is right": in a note typed small, a surname after an article is a word ("the
     * cook"), and one that is an everyday word is a person only with a cue that says one ("called price"), not "is".
     */
    private static boolean everydayWordHere(Reading reading, int i) {
        List<Word> words = reading.words;
        if (i > 0 && ARTICLES.contains(words.get(i - 1).folded())) {
            return true;
        }
        boolean namingCue = i > 0 && CUE_BEFORE.contains(words.get(i - 1).folded()) && inOneClause(reading, i - 1, i);
        return Words.common(words.get(i).folded()) && !namingCue;
    }

    /** "gj bosman", "J. de Vries": the initials of the given name before a surname. */
    private List<Contact> byInitialsAndSurname(Word before, Word surname) {
        String initials = before.folded().replace(".", "");
        if (initials.isEmpty() || initials.length() > 3 || !initials.chars().allMatch(Character::isLetter)) {
            return List.of();
        }
        return bySurname.getOrDefault(surname.folded(), List.of()).stream()
                .filter(c -> initials.equals(initialsOf(fullNames.get(c)[0]))).toList();
    }

    private static String initialsOf(String givenName) {
        StringBuilder initials = new StringBuilder();
        for (String part : givenName.split("-")) {
            if (!part.isEmpty()) {
                initials.append(part.charAt(0));
            }
        }
        return initials.toString();
    }

    /**
     * Where a contact found by surname is named: from the given name before it when that fits them ("Lies Janssens"
     * for Liesbeth Janssens is one mention, so "Lies" is nobody else), else at the surname.
     */
    private int givenNameStart(List<Word> words, int i, Contact contact) {
        String given = givenNameBefore(words, i);
        if (given == null || fullNames.get(contact) == null || given.equals(words.get(i).folded())
                || !firstNameFits(given, fullNames.get(contact)[0])) {
            return words.get(i).start();
        }
        int k = i - 1;
        while (k >= 0 && PARTICLES.contains(words.get(k).folded())) {
            k--;
        }
        return words.get(k).start();
    }

    /** The given name standing before a surname, past its particles ("Mark" of "Mark de Vries"); null when none. */
    private static String givenNameBefore(List<Word> words, int i) {
        int k = i - 1;
        while (k >= 0 && PARTICLES.contains(words.get(k).folded())) {
            k--;
        }
        return k >= 0 && words.get(k).capitalised() && GivenNames.isGivenName(words.get(k).typed()) ? words.get(k).folded()
                : null;
    }


    /**
     * Whether the word may be a name here: a word of everyday language ("will", "lieve", "dan") only when it looks
     * like one: capitalised (an everyday word where a sentence does not begin, or as someone's very first name: "Will
     * send" is no William, "Mark wants" is Mark), or next to a person's cue.
     */
    private boolean looksLikeName(Reading reading, int i) {
        Word word = reading.words.get(i);
        if (!NAME_WORDS.contains(word.folded()) && !Words.common(word.folded())) {
            return true;
        }
        if (word.capitalised()) {
            return !Words.common(word.folded()) || !opensSentence(reading, word) || byFirstName.containsKey(word.folded())
                    || personCue(reading, i);
        }
        boolean opensNote = i == 0 && (byFirstName.containsKey(word.folded())
                || NICKNAMES.getOrDefault(word.folded(), List.of()).stream().anyMatch(byFirstName::containsKey));
        boolean heads = word.end() < reading.note.length() && reading.note.charAt(word.end()) == ':';
        return !reading.typedWithCapitals && (personCue(reading, i) || opensNote || heads);
    }

    /** Whether the word begins the note or a sentence, where any word has a capital. */
    private static boolean opensSentence(Reading reading, Word word) {
        int k = word.start() - 1;
        while (k >= 0 && Character.isWhitespace(reading.note.charAt(k)) && reading.note.charAt(k) != '\n') {
            k--;
        }
        return k < 0 || ".!?:;\n-–(".indexOf(reading.note.charAt(k)) >= 0;
    }

    /** A typo is only looked for in a word that is no everyday word, capitalised if the note capitalises names. */
    private static boolean typoAllowed(Reading reading, Word word) {
        return !Words.everyday(word.folded()) && !NAME_WORDS.contains(word.folded())
                && (!reading.typedWithCapitals || word.capitalised());
    }

    /** "mevrouw Jansen", "Mr Jansen": a person by their surname, not the company of that name. */
    private static boolean honorific(List<Word> words, int i) {
        return i > 0 && HONORIFICS.contains(words.get(i - 1).folded());
    }

    /** "15 jan", "eind jan", "jan 2027": a month written short like a first name. */
    private static boolean date(List<Word> words, int i) {
        if (!MONTHS.contains(words.get(i).folded())) {
            return false;
        }
        String before = i > 0 ? words.get(i - 1).folded() : "";
        return DAY_NUMBER.matcher(before).matches() || MONTH_CUES.contains(before)
                || i + 1 < words.size() && YEAR.matcher(words.get(i + 1).folded()).matches();
    }

    /**
     * "Jan Vermeer" where the book has only other Jans: in a note typed with capitals, a first name followed by a
     * surname that is none of its candidates' is someone else, perhaps someone new.
     */
    private boolean someoneElse(Reading reading, int i, List<Contact> candidates) {
        if (!reading.typedWithCapitals || candidates.isEmpty() || i + 1 >= reading.words.size()) {
            return false;
        }
        Word next = reading.words.get(i + 1);
        String between = reading.note.substring(reading.words.get(i).end(), next.start());
        String w = next.folded();
        if (!next.capitalisedAsName() || !between.isBlank() || w.length() < 3 || Words.common(w) || PARTICLES.contains(w)
                || bySurname.containsKey(w) || byFirstName.containsKey(w) || byAccountKey.containsKey(w)
                || byAccountWord.containsKey(w) || byKindOrRole.containsKey(w)) {
            return false;
        }
        return candidates.stream().noneMatch(c -> Arrays.stream(fullNames.get(c)).skip(1)
                .anyMatch(part -> close(w, part) || shortened(w, part)));
    }

    /** "haar man Henk", "dochter Lotje", "a new buyer named Anna": family of a contact, or someone new. */
    private static boolean relative(List<Word> words, int i) {
        String before = i > 0 ? words.get(i - 1).folded() : "";
        return KIN.contains(before)
                || i >= 2 && RELATIVES.contains(before) && POSSESSIVES.contains(words.get(i - 2).folded());
    }

    /** "hans van onze planning", "mijn collega Ruud", "tom from our service desk": someone of the user's own firm. */
    private static boolean ourOwn(List<Word> words, int i) {
        String next = i + 1 < words.size() ? words.get(i + 1).folded() : "";
        String after = i + 2 < words.size() ? words.get(i + 2).folded() : "";
        boolean ofOurs = next.equals("van") && (after.equals("onze") || after.equals("ons"))
                || (next.equals("from") || next.equals("of")) && after.equals("our");
        boolean myColleague = i >= 2 && Set.of("collega", "colleague").contains(words.get(i - 1).folded())
                && Set.of("mijn", "my").contains(words.get(i - 2).folded());
        return ofOurs || myColleague;
    }

    /** A contact whose first name and surname stand here, each allowing a typo; null when none does. */
    private Contact fullNameAt(List<Word> words, int i) {
        Contact best = null;
        int bestExact = -1;
        for (Contact contact : byFirstName(words.get(i), true, true, false)) {
            String[] name = fullNames.get(contact);
            if (name.length < 2 || i + name.length > words.size()) {
                continue;
            }
            boolean all = true;
            int exact = 0;
            for (int k = 0; k < name.length && all; k++) {
                String typed = words.get(i + k).folded();
                String bare = words.get(i + k).withoutPossessive();
                all = k == 0 ? firstNameFits(typed, name[0])
                        : close(typed, name[k]) || k == name.length - 1 && bare != null && close(bare, name[k]);
                exact += typed.equals(name[k]) || name[k].equals(bare) ? 1 : 0;
            }
            if (all && exact > bestExact) { // the name as typed wins over one a typo away
                best = contact;
                bestExact = exact;
            }
        }
        return best;
    }

    /**
     * The contacts with this first name: as typed or spelt another way that sounds the same ("Kris" is also
     * Chris), then as a short form, then with a typo. A short form counts beside one contact of that very name, to
     * be settled by the note or asked ("lies" may be Lies or Annelies: a tap costs less than a note filed under the
     * wrong person), but not beside several, who are asked about already ("Jan" is the Jans, not also Johannes);
     * both win over a typo.
     */
    private List<Contact> byFirstName(Word word, boolean typoAllowed) {
        return byFirstName(word, typoAllowed, false, false);
    }

    /**
     * With {@code withShortForms}, a short form counts beside the name as typed: "jos wouters" is Jozef Wouters; with
     * {@code isOrHas}, a short form with an "s" typed for "'s" is one ("robs off to spain": Rob's).
     */
    private List<Contact> byFirstName(Word word, boolean typoAllowed, boolean withShortForms, boolean isOrHas) {
        for (String typed : new String[] {word.folded(), word.withoutPossessive()}) {
            if (typed == null) {
                continue;
            }
            boolean possessive = !typed.equals(word.folded());
            List<Contact> named = new ArrayList<>();
            if (byFirstName.containsKey(typed)) {
                firstNamesBySound.get(Words.sound(typed)).forEach(n -> named.addAll(byFirstName.get(n)));
            }
            if ((named.size() <= 1 || withShortForms) && (!possessive || word.typed().matches("(?u).*['’]s?$") || isOrHas)) { // "kits" is no Kit's, "robs off" Rob's
                for (String full : NICKNAMES.getOrDefault(typed, List.of())) {
                    byFirstName.getOrDefault(full, List.of()).stream().filter(c -> !named.contains(c)).forEach(named::add);
                }
            }
            if (!named.isEmpty()) {
                return named.size() > 1 ? accentsAsTyped(word, named) : named;
            }
        }
        if (!typoAllowed || word.folded().length() < 3) {
            return List.of();
        }
        Set<String> names = new LinkedHashSet<>();
        for (int longer = -2; longer <= 2; longer++) {
            names.addAll(firstNamesByShape.getOrDefault(shape(word.folded(), longer), Set.of()));
        }
        names.addAll(firstNamesBySound.getOrDefault(Words.sound(word.folded()), Set.of()));
        List<Contact> near = new ArrayList<>();
        for (String first : names) {
            if (typo(word.folded(), first)) {
                near.addAll(byFirstName.get(first));
            }
        }
        return near;
    }

    /**
     * "seán" where the book has Seán Murphy and Sean Walsh: a name typed with its accents is the contact whose name has
     * them. Typed without, it may be either (phones leave accents out), so it stays for the note or the user to settle.
     */
    private static List<Contact> accentsAsTyped(Word word, List<Contact> named) {
        String typed = word.typed().toLowerCase(Locale.ROOT);
        if (typed.equals(word.folded())) {
            return named;
        }
        List<Contact> accented = named.stream()
                .filter(c -> c.name().toLowerCase(Locale.ROOT).split("\\s+")[0].equals(typed)).toList();
        return accented.isEmpty() ? named : accented;
    }

    /** A name's first letter and its length, plus a few letters: two letters off is the most a typo may be. */
    private static String shape(String name, int longer) {
        return name.charAt(0) + String.valueOf(name.length() + longer);
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
        if (typed.length() < 3 || name.length() < 3) {
            return false;
        }
        boolean sameSound = Words.sound(typed).equals(Words.sound(name));
        int allowed = name.length() >= 8 ? 2 : name.length() >= 4 ? 1 : 0;
        return sameSound || typed.charAt(0) == name.charAt(0) && Spelling.distance(typed, name) <= allowed;
    }

    /**
     * Of several contacts with one first name, those whose surname follows, or else the one at an account the note
     * names or points at ("Jan van de brouwerij").
     */
    private List<Contact> narrow(List<Contact> candidates, List<Word> words, int i, Set<Contact> context) {
        if (candidates.size() < 2) {
            return candidates;
        }
        List<Contact> bySurname = candidates.stream().filter(c -> surnameFollows(c, words, i)).toList();
        if (bySurname.size() == 1) {
            return bySurname;
        }
        List<Contact> atAccount = candidates.stream().filter(context::contains).toList();
        return atAccount.size() == 1 ? atAccount : candidates;
    }

    /** "Jan Peeters", "Jan P.", "Jan de G.": the contact's surname, or its initial, right after the first name. */
    private boolean surnameFollows(Contact contact, List<Word> words, int i) {
        String[] name = fullNames.get(contact);
        if (name.length >= 2 && i + 1 < words.size() && words.get(i + 1).folded().length() == 1
                && words.get(i + 1).folded().charAt(0) == name[name.length - 1].charAt(0)) {
            return true; // "henk v." is Henk Verhoeven, though "v" may also stand for "van"
        }
        int j = i + 1;
        while (j < words.size() && j <= i + 3 && PARTICLES.contains(words.get(j).folded())) {
            j++;
        }
        if (name.length < 2 || j >= words.size()) {
            return false;
        }
        Word next = words.get(j);
        String surname = name[name.length - 1];
        return close(next.folded(), surname) || next.withoutPossessive() != null && close(next.withoutPossessive(), surname)
                || next.folded().length() == 1 && next.folded().charAt(0) == surname.charAt(0)
                || shortened(next.folded(), surname);
    }

    /** "o'c" for O'Connor, "mca" for McAllister: the first letters of a surname, typed short. */
    private static boolean shortened(String typed, String surname) {
        String bare = typed.replaceAll("['’.]", "");
        String whole = surname.replaceAll("['’]", "");
        int least = bare.length() < typed.length() ? 2 : 3; // "o'c" but not "no"
        return bare.length() >= least && bare.length() <= 4 && bare.length() < whole.length() && whole.startsWith(bare)
                && !Words.everyday(typed) && !PARTICLES.contains(typed);
    }

    /**
     * The accounts the note names: by their word ("Fabrikam", "de zwarte ruiter"), written out further or not, or by
     * their initials ("FNB", "s&j"); the words are taken. Its kind of business, its other words or a role pointed at
     * ("de brouwerij", "in Zwolle", "the CFO") only point at people, to choose among namesakes. A word that names
     * an account and is the surname of someone elsewhere ("Jansen" for Jansen Bouw and for Piet Jansen) is unclear,
     * unless it is a place ("bij Jansen"). An account in brackets after a name that is no contact ("Ann Berg
     * (Fabrikam)") is where that person works: it only points at its people.
     */
    private Accounts accounts(Reading reading) {
        Set<Contact> named = new LinkedHashSet<>();
        Set<Contact> hinted = new LinkedHashSet<>();
        List<Pending> unclear = new ArrayList<>();
        List<Word> words = reading.words;
        for (int i = 0; i < words.size(); i++) {
            Word word = words.get(i);
            if (reading.taken[i]) {
                continue;
            }
            hinted.addAll(byAccountWord.getOrDefault(word.folded(), List.of()));
            if (pointedAt(reading, i)) {
                hinted.addAll(byKindOrRole.getOrDefault(word.folded(), List.of()));
                if (!Words.common(word.folded())) {
                    // "Jos van de serres" in a note with capitals: the account typed small still points at its people
                    hinted.addAll(byAccountKey.getOrDefault(word.folded(), List.of()));
                }
            }
            List<Contact> atAccount = honorific(words, i) ? List.of() : accountAt(reading, i);
            if (atAccount.isEmpty()) {
                continue;
            }
            int last = i + writtenOut(words, i, atAccount.get(0).account());
            reading.take(i, last);
            List<Contact> alsoSurname = bySurname.getOrDefault(word.folded(), List.of()).stream()
                    .filter(c -> !atAccount.contains(c)).toList();
            if (last == i && !alsoSurname.isEmpty() && !(i > 0 && PLACES.contains(words.get(i - 1).folded()))) {
                List<Contact> either = new ArrayList<>(atAccount);
                either.addAll(alsoSurname);
                unclear.add(new Pending(either, word.start(), word.end()));
            } else if (affiliation(reading, i)) {
                hinted.addAll(atAccount);
            } else {
                named.addAll(atAccount);
            }
            i = last;
        }
        return new Accounts(named, hinted, unclear);
    }

    /** The contacts of the account the word at i names, by its word or its initials; empty when it names none. */
    private List<Contact> accountAt(Reading reading, int i) {
        Word word = reading.words.get(i);
        if (!word.capitalised() && reading.typedWithCapitals) {
            return List.of();
        }
        String w = word.folded().replace(".", "");
        String key = w;
        List<Contact> byKey = byAccountKey.get(w.length() >= 3 ? w : "");
        if (byKey == null && word.withoutPossessive() != null) {
            key = word.withoutPossessive();
            byKey = byAccountKey.get(key);
        }
        if (byKey != null) {
            return everydayWord(reading, i, key, byKey.get(0).account()) ? List.of() : byKey;
        }
        String letters = NOT_A_LETTER.matcher(w).replaceAll("");
        boolean abbreviation = w.contains("&") ? letters.length() >= 2
                : letters.length() >= 3 && (word.inCapitals() || !reading.typedWithCapitals);
        boolean otherwiseAWord = Words.common(w) || byFirstName.containsKey(w) || bySurname.containsKey(w);
        return abbreviation && !otherwiseAWord ? byInitials.getOrDefault(letters, List.of()) : List.of();
    }

    /**
     * "prices", "de kok": typed small, an account's word that is an everyday one ("Price & Sons"), or any of its words
     * after an article that is not part of its name ("Kok Schoonmaak"; "de linde" is De Linde), is no account; nor is
     * the plural of one ("prices").
     */
    private boolean everydayWord(Reading reading, int i, String key, String account) {
        if (reading.words.get(i).capitalised()) {
            return false;
        }
        String before = i > 0 ? reading.words.get(i - 1).folded() : "";
        return Words.common(key) || Words.common(reading.words.get(i).folded())
                || ARTICLES.contains(before) && !accountNames.get(account).words().contains(before);
    }

    /** How many words after i go on writing out the account's name ("Smith & Jones" after "Smith"). */
    private int writtenOut(List<Word> words, int i, String account) {
        List<String> name = accountNames.get(account).words();
        int at = name.indexOf(words.get(i).folded().replace(".", ""));
        int more = 0;
        while (at >= 0 && at + more + 1 < name.size() && i + more + 1 < words.size()
                && words.get(i + more + 1).folded().replace(".", "").equals(name.get(at + more + 1))) {
            more++;
        }
        return more;
    }

    /** "de brouwerij", "the CFO", "(inkoper)": a word pointing at one business or one role. */
    private static boolean pointedAt(Reading reading, int i) {
        Word word = reading.words.get(i);
        return i > 0 && POINTERS.contains(reading.words.get(i - 1).folded())
                || word.start() > 0 && reading.note.charAt(word.start() - 1) == '(';
    }

    /** "(Fabrikam)" right after a word that is no contact's name: the employer of someone new. */
    private boolean affiliation(Reading reading, int i) {
        Word word = reading.words.get(i);
        if (i == 0 || word.start() == 0 || reading.note.charAt(word.start() - 1) != '(') {
            return false;
        }
        Word before = reading.words.get(i - 1);
        return !reading.taken[i - 1] && !byFirstName.containsKey(before.folded()) && !bySurname.containsKey(before.folded());
    }

    /** "kate and ollie" at one account: of a first name's candidates, the one who works with someone named. */
    private static void settleByColleagues(List<Mention> mentions, List<Pending> pending) {
        Set<String> accounts = new LinkedHashSet<>();
        mentions.stream().map(m -> m.contact().account()).filter(a -> a != null).forEach(accounts::add);
        for (Iterator<Pending> it = pending.iterator(); it.hasNext();) {
            Pending p = it.next();
            List<Contact> colleagues = p.candidates().stream().filter(c -> accounts.contains(c.account())).toList();
            if (colleagues.size() == 1) {
                mentions.add(new Mention(colleagues.get(0), p.start(), p.end()));
                it.remove();
            }
        }
    }

    /**
     * A note about an account is about its people, unless it names some of them (then it is about those) or leaves
     * the user to choose among them. A group one of whose candidates is named anyway is settled by that.
     */
    private static void linkAccounts(List<Mention> mentions, List<Pending> pending, Set<Contact> accountsNamed) {
        Set<Contact> named = new LinkedHashSet<>();
        mentions.forEach(m -> named.add(m.contact()));
        pending.removeIf(p -> p.candidates().stream().anyMatch(named::contains));
        Set<String> spokenFor = new LinkedHashSet<>();
        named.forEach(c -> spokenFor.add(c.account()));
        pending.forEach(p -> p.candidates().forEach(c -> spokenFor.add(c.account())));
        for (Contact contact : accountsNamed) {
            if (!spokenFor.contains(contact.account()) && !named.contains(contact)) {
                mentions.add(new Mention(contact, -1, -1));
            }
        }
    }

    /** "met jan", "jan zei", "kim even gesproken": a word used as a name in a note typed without capitals. */
    private static boolean personCue(Reading reading, int i) {
        List<Word> words = reading.words;
        int after = i + 1 < words.size() && FILLERS.contains(words.get(i + 1).folded()) ? i + 2 : i + 1;
        return i > 0 && CUE_BEFORE.contains(words.get(i - 1).folded()) && inOneClause(reading, i - 1, i)
                || after < words.size() && CUE_AFTER.contains(words.get(after).folded());
    }

    /** Whether no punctuation ends a clause between two words: "spreekt aan, wil proefstoelen" has no "aan Wil". */
    private static boolean inOneClause(Reading reading, int from, int to) {
        return !CLAUSE_END.matcher(reading.note.substring(reading.words.get(from).end(), reading.words.get(to).start()))
                .find();
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

    /** Whether a folded name is a contact's full name, or (with {@code orBeginning}) the words a contact's name begins with. */
    boolean isContactName(String folded, boolean orBeginning) {
        return namesKnown.contains(folded) || orBeginning && nameBeginnings.contains(folded);
    }

    /** Whether a folded text is part of the name of one of the accounts. */
    boolean isInAccountName(String folded) {
        for (String account : accountsKnown) {
            if (account.contains(folded)) {
                return true;
            }
        }
        return false;
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
