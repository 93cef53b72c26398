package nl.homerun.notes;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;

import java.util.ArrayList;
import java.util.List;

import nl.homerun.contacts.Contact;
import nl.homerun.understanding.Understanding;
import nl.homerun.understanding.Understanding.FactKind;

/**
 * Something a note gave reason to do, offered to the user with a button: a task for what was promised, a fact for
 * a contact's card, a reminder to ask after a life event, or a new contact. Kept with the note, so the button still
 * works after a restart, and so deleting the note can take back what accepting it made ({@code madeId}).
 */
record Offer(Kind kind, String contactId, String text, FactKind fact, LocalDate day, YearMonth month, LocalTime time,
        String account, String role, State state, String madeId) {

    enum Kind { TASK, FACT, EVENT, NEW_CONTACT }

    enum State { OPEN, ACCEPTED, SKIPPED }

    /** At most this many offers under a note: more would bury the note's own answer. */
    static final int MOST = 8;

    /** What a note's reading offers to do: its promises, its facts, its life events, its new people, in that order. */
    static List<Offer> from(Understanding read) {
        List<Offer> offers = new ArrayList<>();
        read.promises().forEach(p -> offers.add(task(id(p.person()), p.text(), p.due().day(), p.due().month(), p.due().time())));
        read.facts().forEach(f -> offers.add(fact(id(f.person()), f.kind(), f.value())));
        read.events().forEach(e -> offers.add(event(id(e.person()), e.what(), e.when().day(), e.when().month())));
        read.newPeople().forEach(p -> offers.add(newContact(p.name(), p.account(), p.role())));
        offers.removeIf(o -> o.kind() == Kind.FACT && o.contactId() == null && read.ask().isEmpty());
        return offers.size() > MOST ? List.copyOf(offers.subList(0, MOST)) : offers;
    }

    private static String id(Contact contact) {
        return contact == null ? null : contact.id();
    }

    static Offer task(String contactId, String text, LocalDate day, YearMonth month, LocalTime time) {
        return new Offer(Kind.TASK, contactId, text, null, day, month, time, null, null, State.OPEN, null);
    }

    static Offer fact(String contactId, FactKind fact, String value) {
        return new Offer(Kind.FACT, contactId, value, fact, null, null, null, null, null, State.OPEN, null);
    }

    static Offer event(String contactId, String what, LocalDate day, YearMonth month) {
        return new Offer(Kind.EVENT, contactId, what, null, day, month, null, null, null, State.OPEN, null);
    }

    static Offer newContact(String name, String account, String role) {
        return new Offer(Kind.NEW_CONTACT, null, name, null, null, null, null, account, role, State.OPEN, null);
    }

    Offer withText(String changed) {
        return new Offer(kind, contactId, changed, fact, day, month, time, account, role, state, madeId);
    }

    Offer forContact(String person) {
        return new Offer(kind, person, text, fact, day, month, time, account, role, state, madeId);
    }

    Offer settled(State settled, String made) {
        return new Offer(kind, contactId, text, fact, day, month, time, account, role, settled, made);
    }

    /**
     * The day a task for it falls on: its day; for a month only, the first of it (or today, in the current month);
     * for a life event, the first working day after it, to ask how it went.
     */
    LocalDate dueOn(LocalDate today) {
        LocalDate due = day != null ? day : month != null ? max(month.atDay(1), today) : today;
        if (kind == Kind.EVENT) {
            due = day != null ? day.plusDays(1) : month != null ? month.plusMonths(1).atDay(1) : today.plusDays(1);
            while (due.getDayOfWeek().getValue() > 5) {
                due = due.plusDays(1);
            }
        }
        return due;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
