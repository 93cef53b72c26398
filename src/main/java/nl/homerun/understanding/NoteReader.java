package nl.homerun.understanding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.homerun.contacts.Contact;
import nl.homerun.understanding.GivenNames.Gender;
import nl.homerun.understanding.PeopleFinder.Mention;
import nl.homerun.understanding.Sentences.Sentence;
import nl.homerun.understanding.Understanding.LifeEvent;
import nl.homerun.understanding.Understanding.NewPerson;
import nl.homerun.understanding.Understanding.PersonalFact;
import nl.homerun.understanding.Understanding.Promise;

/**
 * Reads a note against the user's address book: whom it is about, whether contact was made, what was promised, the
 * personal facts and coming events of its people, and the new people it names. A task that names no one is for
 * the person its statement or its "him" or "her" points to, else for the one the note is about (the one person of the
 * account it names, when it names no one by name); a fact told with
 * "he" or "she" is about the last named contact the pronoun fits ({@link FactSubjects}). Made once per address book.
 */
public final class NoteReader {

    /** Someone new named by role, not name: "de nieuwe teeltmanager", "their new FM". */
    private static final Pattern NEWCOMER = Pattern.compile("(?iu)\\b(nieuwe|new)\\s+(\\p{L}*(manager|er|eur|ster|or|"
            + "collega|colleague|fm|md|ceo|cfo|cto|coo|hoofd|head)|hr)\\b");

    /** A name's possessive stays when the name is blanked: "Gregory's office is ..." tells of his office. */
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s$");
    private static final Pattern HIM = Pattern.compile("(?u)\\b(hem|him|'m)\\b");
    private static final Pattern HER = Pattern.compile("(?u)\\b(haar|her)\\b");
    /** What comes right before the one a task goes to ("naar Lieke", "to Bob"), and before where it comes from. */
    private static final Pattern TO = Pattern.compile("(?iu)\\b(naar|aan|to)\\s+$");
    private static final Pattern FROM = Pattern.compile("(?iu)\\b(van|from|via)\\s+$");
    private static final Pattern OWNER_AFTER = Pattern.compile("['’]s?\\b");

    private final PeopleFinder people;
    private final AccountNames accounts;

    public NoteReader(List<Contact> addressBook) {
        this.people = new PeopleFinder(addressBook);
        this.accounts = new AccountNames(addressBook);
    }

    /** The note as written on {@code today} (the day relative dates count from). */
    public Understanding read(String note, LocalDate today) {
        return read(note, today, null, null, Map.of());
    }

    /**
     * What the note says, where a first name that fits several contacts and that nothing in the note settles is the
     * one the user chose for it before ({@code settled}: the name folded, to the contact's id).
     */
    Understanding read(String note, LocalDate today, Map<String, String> settled) {
        return read(note, today, null, null, settled);
    }

    /** The first names the note leaves undecided (folded), each with the contacts it fits. */
    Map<String, List<Contact>> undecidedNames(String note) {
        return people.find(note).undecidedByName();
    }

    /** The note read with a trained task model choosing its tasks from the rules' candidates (null: the rules). */
    Understanding read(String note, LocalDate today, TaskModel tasks) {
        return read(note, today, tasks, null, Map.of());
    }

    /** The candidate tasks of a note, the rules' and the statements they found none in: what a task model learns from. */
    List<PromiseFinder.Candidate> candidates(String note, LocalDate today) {
        List<PromiseFinder.Candidate> candidates = new ArrayList<>();
        read(note, today, null, candidates, Map.of());
        return candidates;
    }

    private Understanding read(String note, LocalDate today, TaskModel tasks, List<PromiseFinder.Candidate> candidates,
            Map<String, String> settled) {
        PeopleFinder.Found found = people.find(note, settled);
        Set<Contact> linked = new LinkedHashSet<>();
        found.mentions().forEach(m -> linked.add(m.contact()));
        List<Contact> ask = new ArrayList<>();
        Gender told = pronounsOf(note);
        for (List<Contact> group : found.undecided()) {
            List<Contact> fitting = group.stream().filter(c -> GivenNames.of(c.name()) == told).toList();
            if (told != null && fitting.size() == 1 && found.undecided().size() == 1 && linked.isEmpty()) {
                linked.add(fitting.get(0));
            } else {
                group.stream().filter(c -> !ask.contains(c)).forEach(ask::add);
            }
        }

        List<Sentence> sentences = Sentences.of(note);
        String account = linked.stream().map(Contact::account).filter(a -> a != null).findFirst().orElse(null);
        List<NewPerson> newPeople = NewPeopleFinder.in(note, people, account);
        List<Mention> named = named(note, found.mentions(), newPeople);
        List<PersonalFact> facts = new ArrayList<>();
        List<LifeEvent> events = new ArrayList<>();
        readFacts(note, sentences, found.mentions(), named, newPeople,
                linked.size() == 1 && ask.isEmpty() ? linked.iterator().next() : null, today, facts, events);
        Contact main = !ask.isEmpty() ? null : linked.size() == 1 && named.stream().noneMatch(m -> m.contact() != null)
                ? linked.iterator().next() : mainPerson(note, sentences, named);
        PromiseFinder.PersonOf personOf = new PromiseFinder.PersonOf() {

            @Override
            public Contact at(int start, int end) {
                return personOf(note, sentences, named, start, end, main);
            }

            @Override
            public boolean names(int start, int end) {
                return named.stream().anyMatch(m -> m.start() >= start && m.start() < end);
            }
        };
        List<Promise> promises;
        if (tasks == null && candidates == null) {
            promises = PromiseFinder.in(note, sentences, today, personOf);
        } else {
            List<PromiseFinder.Candidate> all = PromiseFinder.candidates(note, sentences, today, personOf);
            if (candidates != null) {
                candidates.addAll(all);
            }
            promises = tasks == null ? all.stream().filter(PromiseFinder.Candidate::byRules)
                    .map(PromiseFinder.Candidate::promise).toList() : tasks.choose(all);
        }
        return new Understanding(List.copyOf(linked), ask, ContactMade.in(note), promises, facts, events, newPeople,
                namesTyped(note, found, newPeople));
    }

    /**
     * The facts and coming events of each statement's person: one per person and kind, one event per person and day.
     * They are read with the accounts' and people's names blanked: "hans visser" fishes no more than "de Ruiter" rides.
     */
    private void readFacts(String note, List<Sentence> sentences, List<Mention> mentions, List<Mention> named,
            List<NewPerson> newPeople, Contact only, LocalDate today, List<PersonalFact> facts, List<LifeEvent> events) {
        FactSubjects subjects = new FactSubjects(note, only);
        String withoutNames = withoutNames(accounts.blankedIn(note), mentions, newPeople);
        for (Sentence sentence : byPerson(sentences, mentions)) {
            List<Mention> here = mentions.stream().filter(m -> sentence.contains(m.start())).toList();
            // a statement that opens with someone new is theirs: "karin de wit wordt daar de nieuwe inkoper"
            List<Mention> newcomers = named.stream().filter(m -> m.contact() == null && m.start() == sentence.start()).toList();
            FactSubjects.Subject subject = subjects.next(sentence, here, newcomers);
            Sentence read = new Sentence(withoutNames.substring(sentence.start(), sentence.end()), sentence.start());
            FactFinder.facts(read, sentence.text(), subject.contact(), subject.named(), today).stream()
                    .filter(f -> facts.stream().noneMatch(k -> k.person().equals(f.person()) && k.kind() == f.kind()))
                    .forEach(facts::add);
            LifeEvents.in(read, sentence.text(), subject.contact(), subject.named(), today)
                    .filter(e -> events.stream().noneMatch(k -> k.person().equals(e.person()) && k.when().equals(e.when())))
                    .ifPresent(events::add);
        }
    }

    /**
     * The statements, with one that tells of two contacts in clauses of their own cut into those clauses: "hans heeft
     * handicap 14, wim is net begonnen met golf" tells Hans's and then Wim's.
     */
    private static List<Sentence> byPerson(List<Sentence> sentences, List<Mention> mentions) {
        List<Sentence> pieces = new ArrayList<>();
        for (Sentence sentence : sentences) {
            List<Sentence> clauses = Sentences.clauses(sentence);
            long opened = clauses.stream().map(c -> opener(c, mentions)).filter(java.util.Objects::nonNull).distinct().count();
            if (opened >= 2) {
                pieces.addAll(clauses);
            } else {
                pieces.add(sentence);
            }
        }
        return pieces;
    }

    /** The contact whose name opens a clause, or null. */
    private static Contact opener(Sentence clause, List<Mention> mentions) {
        return mentions.stream().filter(m -> m.contact() != null && m.start() == clause.start()).map(Mention::contact)
                .findFirst().orElse(null);
    }

    /** The words of the note that name people: its contacts' mentions, the ones it asks about, and new people. */
    private static Set<String> namesTyped(String note, PeopleFinder.Found found, List<NewPerson> newPeople) {
        List<String> typed = new ArrayList<>(found.undecidedTyped());
        found.mentions().stream().filter(m -> m.start() >= 0).forEach(m -> typed.add(note.substring(m.start(), m.end())));
        newPeople.forEach(p -> typed.add(p.name()));
        Set<String> names = new java.util.TreeSet<>();
        typed.forEach(name -> names.addAll(List.of(name.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"))));
        names.remove("");
        return names;
    }

    /** The note with the names of its contacts and new people blanked, the same length so places stay the same. */
    private static String withoutNames(String note, List<Mention> contacts, List<NewPerson> newPeople) {
        StringBuilder blanked = new StringBuilder(note);
        contacts.stream().filter(m -> m.start() >= 0).forEach(m -> blank(blanked, m.start(),
                POSSESSIVE.matcher(note.substring(m.start(), m.end())).find() ? m.end() - 2 : m.end()));
        for (NewPerson person : newPeople) {
            Matcher m = Pattern.compile("(?iu)(?<!\\p{L})" + Pattern.quote(person.name()) + "(?!\\p{L})").matcher(note);
            while (m.find()) {
                blank(blanked, m.start(), m.end());
            }
        }
        return blanked.toString();
    }

    /** A name becomes x's, word for word, so "wordt jos 50" still reads as "wordt xxx 50". */
    private static void blank(StringBuilder text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                text.setCharAt(i, 'x');
            }
        }
    }

    /**
     * The people named in the note, in order: the contacts, and the people who are not contacts yet (as a mention of
     * no contact, so that "stuur haar de evaluatie" after naming a newcomer is for no contact). A contact known only
     * by the account's name is left out: a task "for Northwind" is for no one in particular.
     */
    private static List<Mention> named(String note, List<Mention> contacts, List<NewPerson> newPeople) {
        List<Mention> named = new ArrayList<>(contacts.stream().filter(m -> m.start() >= 0).toList());
        for (NewPerson person : newPeople) {
            String first = person.name().split("\\s+")[0];
            Matcher m = Pattern.compile("(?iu)(?<!\\p{L})" + Pattern.quote(first) + "(?!\\p{L})").matcher(note);
            while (m.find()) {
                if (named.stream().noneMatch(c -> c.start() <= m.start() && m.start() < c.end())) {
                    named.add(new Mention(null, m.start(), m.end()));
                }
            }
        }
        Matcher newcomer = NEWCOMER.matcher(note);
        while (newcomer.find()) {
            named.add(new Mention(null, newcomer.start(), newcomer.end()));
        }
        named.sort(Comparator.comparingInt(Mention::start));
        return named;
    }

    /**
     * Whom the note is about: the first person it names, or whom that one tells about in the same statement ("luis
     * says bill's in hospital"); null when it names no one.
     */
    private static Contact mainPerson(String note, List<Sentence> sentences, List<Mention> named) {
        if (named.isEmpty()) {
            return null;
        }
        Sentence first = sentences.get(indexAt(sentences, named.get(0).start()));
        return FactSubjects.toldAbout(note, named.stream().filter(m -> first.contains(m.start())).toList());
    }

    private static int indexAt(List<Sentence> sentences, int position) {
        for (int i = sentences.size() - 1; i > 0; i--) {
            if (sentences.get(i).start() <= position) {
                return i;
            }
        }
        return 0;
    }

    /**
     * Whom a task from {@code start} to {@code end} is for: the person named in it; else the last one named before it
     * in its statement ("Thijs schoof aan en vroeg of we ..."); else the last one named before it whom its "hem",
     * "haar", "him" or "her" fits (a newcomer too: "ik stuur hem ..." after "de nieuwe inkoper"); else the one the
     * note is about, {@code otherwise}.
     */
    private static Contact personOf(String note, List<Sentence> sentences, List<Mention> named, int start, int end,
            Contact otherwise) {
        List<Mention> notRelatives = named.stream().filter(m -> !FactFinder.namesARelative(note, m.start())).toList();
        // "afspraak dinsdag 10u, zijn vrouw Els schuift aan" is not Els's
        List<Mention> inTask = notRelatives.stream().filter(m -> m.start() >= start && m.start() < end).toList();
        if (!inTask.isEmpty()) {
            return addressee(note, inTask).contact();
        }
        Sentence sentence = sentences.get(indexAt(sentences, start));
        for (int i = notRelatives.size() - 1; i >= 0; i--) {
            if (notRelatives.get(i).start() < start && sentence.contains(notRelatives.get(i).start())) {
                return notRelatives.get(i).contact();
            }
        }
        Gender said = objectPronoun(note.substring(start, end));
        if (said == null) {
            return otherwise;
        }
        for (int i = named.size() - 1; i >= 0; i--) {
            Mention mention = named.get(i);
            Gender gender = GivenNames.of(mention.contact() != null ? mention.contact().name()
                    : note.substring(mention.start(), mention.end()));
            if (mention.start() < start && (gender == said || gender == Gender.EITHER)) {
                return mention.contact();
            }
        }
        return otherwise;
    }

    /**
     * Of the people a task names, the one it goes to: "nummer van Koen naar Lieke doorsturen" is for Lieke, "send
     * Ann's figures to Bob" for Bob; else the first contact not named as where something comes from ("mtg w tom + liz"
     * is Liz's when Tom is new), else the first such newcomer; else the first.
     */
    private static Mention addressee(String note, List<Mention> inTask) {
        Mention notASource = null;
        for (Mention mention : inTask) {
            String before = note.substring(Math.max(0, mention.start() - 8), mention.start());
            boolean owner = POSSESSIVE.matcher(note.substring(mention.start(), mention.end())).find()
                    || OWNER_AFTER.matcher(note.substring(mention.end())).lookingAt();
            if (TO.matcher(before).find() && !owner) {
                return mention;
            }
            if ((notASource == null || notASource.contact() == null && mention.contact() != null) && !owner
                    && !FROM.matcher(before).find()) {
                notASource = mention;
            }
        }
        return notASource != null ? notASource : inTask.get(0);
    }

    /**
     * The gender of everyone the note says "he" or "she" of, when it says only one of them ("Chris rang ... she's
     * off over xmas" is the Chris who is a woman); null when it says both or neither.
     */
    private static Gender pronounsOf(String note) {
        String lower = note.toLowerCase(Locale.ROOT);
        boolean he = FactSubjects.HE.matcher(lower).find();
        boolean she = FactSubjects.SHE.matcher(lower).find();
        return he == she ? null : he ? Gender.MALE : Gender.FEMALE;
    }

    /** The gender of the one person a task's object pronoun stands for, or null when it has none. */
    private static Gender objectPronoun(String task) {
        String lower = task.toLowerCase(Locale.ROOT);
        boolean him = HIM.matcher(lower).find();
        boolean her = HER.matcher(lower).find();
        return him == her ? null : him ? Gender.MALE : Gender.FEMALE;
    }
}
