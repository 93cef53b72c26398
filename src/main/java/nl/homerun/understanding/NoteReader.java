package nl.homerun.understanding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import nl.homerun.contacts.Contact;
import nl.homerun.understanding.PeopleFinder.Mention;
import nl.homerun.understanding.Sentences.Sentence;
import nl.homerun.understanding.Understanding.LifeEvent;
import nl.homerun.understanding.Understanding.PersonalFact;
import nl.homerun.understanding.Understanding.Promise;

/**
 * Reads a note against the user's address book: whom it is about, whether contact was made, what was promised, the
 * personal facts and coming events of its people, and the new people it names. A statement that names no one is
 * about the person the note was last about, when the note is about one at a time. Made once per address book.
 */
public final class NoteReader {

    private final PeopleFinder people;

    public NoteReader(List<Contact> addressBook) {
        this.people = new PeopleFinder(addressBook);
    }

    /** The note as written on {@code today} (the day relative dates count from). */
    public Understanding read(String note, LocalDate today) {
        PeopleFinder.Found found = people.find(note);
        Set<Contact> linked = new LinkedHashSet<>();
        found.mentions().forEach(m -> linked.add(m.contact()));
        List<Contact> ask = new ArrayList<>();
        found.undecided().forEach(group -> group.stream().filter(c -> !ask.contains(c)).forEach(ask::add));

        List<Promise> promises = new ArrayList<>();
        List<PersonalFact> facts = new ArrayList<>();
        List<LifeEvent> events = new ArrayList<>();
        Contact current = linked.size() == 1 && ask.isEmpty() ? linked.iterator().next() : null;
        for (Sentence sentence : Sentences.of(note)) {
            List<Mention> here = found.mentions().stream().filter(m -> sentence.contains(m.start())).toList();
            Contact named = here.isEmpty() ? null : here.get(0).contact();
            Contact about = named != null ? named : current;
            if (named != null && here.stream().map(Mention::contact).distinct().count() == 1) {
                current = named;
            }
            Contact promiseFor = about;
            promises.addAll(PromiseFinder.in(sentence, today, (start, end) -> firstIn(found.mentions(), start, end, promiseFor)));
            facts.addAll(FactFinder.facts(sentence, about, named != null));
            FactFinder.event(sentence, about, named != null, today).ifPresent(events::add);
        }
        String account = linked.stream().map(Contact::account).filter(a -> a != null).findFirst().orElse(null);
        return new Understanding(List.copyOf(linked), ask, ContactMade.in(note), promises, facts, events,
                NewPeopleFinder.in(note, people, account));
    }

    private static Contact firstIn(List<Mention> mentions, int start, int end, Contact otherwise) {
        return mentions.stream().filter(m -> m.start() >= start && m.start() < end).map(Mention::contact).findFirst()
                .orElse(otherwise);
    }
}
