package nl.homerun.understanding;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import nl.homerun.contacts.Contact;

/**
 * What a note says besides its signals: the contacts it is about ({@code people}), the contacts it could be about
 * when it cannot tell ({@code ask}, for the user to choose), whether contact was made or only tried, what was
 * promised, the personal facts and coming life events of its people, and the people it names who are not contacts;
 * {@code namesTyped} are the words, in lower case, that name people in it ("rob", "bill"), which say nothing of a
 * signal however much they look like words.
 */
public record Understanding(List<Contact> people, List<Contact> ask, boolean contactMade, List<Promise> promises,
        List<PersonalFact> facts, List<LifeEvent> events, List<NewPerson> newPeople, Set<String> namesTyped) {

    public Understanding {
        namesTyped = Set.copyOf(namesTyped);
        people = List.copyOf(people);
        ask = List.copyOf(ask);
        promises = List.copyOf(promises);
        facts = List.copyOf(facts);
        events = List.copyOf(events);
        newPeople = List.copyOf(newPeople);
    }

    /** When something is due: a day, or only a month ("in maart"), perhaps with a time; or nothing said. */
    public record When(LocalDate day, YearMonth month, LocalTime time) {

        public boolean said() {
            return day != null || month != null;
        }
    }

    /** Something the account manager promised or must do, for a contact (or null), by when. */
    public record Promise(String text, Contact person, When due) {
    }

    /** The kinds of private fact the method asks an account manager to know, and the birthday and role. */
    public enum FactKind {
        FAMILY(Contact.Fact.FAMILY), SPORT(Contact.Fact.SPORT), HOBBIES(Contact.Fact.HOBBIES), CAR(Contact.Fact.CAR),
        COFFEE(Contact.Fact.COFFEE), BEHAVIOUR(Contact.Fact.BEHAVIOUR), WORKPLACE(Contact.Fact.WORKPLACE), BIRTHDAY(null),
        ROLE(null), NOTES(Contact.Fact.NOTES);

        private final Contact.Fact onCard;

        FactKind(Contact.Fact onCard) {
            this.onCard = onCard;
        }

        /** The private fact of the card it is kept as; empty for the birthday and the role, which have fields of their own. */
        public java.util.Optional<Contact.Fact> privateFact() {
            return java.util.Optional.ofNullable(onCard);
        }
    }

    /** A personal detail for a contact's card, as the note says it. */
    public record PersonalFact(Contact person, FactKind kind, String value) {
    }

    /** A coming life event to ask about afterwards ("zijn dochter trouwt in juni"). */
    public record LifeEvent(Contact person, String what, When when) {
    }

    /** Someone the note names who is not a contact yet, with the account and role it gives. */
    public record NewPerson(String name, String account, String role) {
    }
}
