package nl.homerun.contacts;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bson.types.ObjectId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import nl.homerun.contacts.ContactChanged.What;

import nl.homerun.dates.TypedDate;

/** Adds, finds, changes and removes a user's contacts; every change is published as a {@link ContactChanged}. */
@Service
public class Contacts {

    private final ContactRepository repository;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Contacts(ContactRepository repository, Clock clock, ApplicationEventPublisher events) {
        this.repository = repository;
        this.clock = clock;
        this.events = events;
    }

    /** What is known of a new contact; everything but the name may be null. */
    public record Draft(String name, String account, String role, String phone, String email, TypedDate birthday) {
    }

    public Contact add(long owner, Draft draft) {
        Contact contact = new Contact(new ObjectId().toHexString(), owner, draft.name().strip(), blankToNull(draft.account()),
                blankToNull(draft.role()), blankToNull(draft.phone()), blankToNull(draft.email()), draft.birthday(), null,
                false, false, Map.of(), null, clock.instant(), null);
        repository.insert(contact);
        published(true, owner, contact.id(), What.ADDED);
        return contact;
    }

    public List<Contact> all(long owner) {
        return repository.all(owner);
    }

    /** Every user's contacts in one pass, by user id (for planning reminders for all users at once). */
    public Map<Long, List<Contact>> everyone() {
        return repository.everyone();
    }

    public Optional<Contact> find(long owner, String id) {
        return repository.find(owner, id);
    }

    /** The best matches for a name as typed (typos, accents, first name only, or the company). */
    public List<Contact> search(long owner, String name) {
        return NameMatcher.find(name, repository.all(owner));
    }

    /** Whether a typed search for this contact was for their company rather than for them ("bakkerij van dam"). */
    public static boolean isCompanySearch(Contact found, String typed) {
        String wanted = NameMatcher.normalise(typed);
        return found.account() != null && NameMatcher.normalise(found.account()).contains(wanted)
                && !NameMatcher.normalise(found.name()).contains(wanted);
    }

    /** Sets or (null) forgets the last day of contact, as when the note that said so is deleted. */
    public boolean setLastContact(long owner, String id, java.time.LocalDate day) {
        return published(repository.set(owner, id, "lastContact", day == null ? null : day.toString()), owner, id,
                What.LAST_CONTACT);
    }

    /** Records that the user was in touch with the contact on this day (a note about them). */
    public boolean touched(long owner, String id, java.time.LocalDate day) {
        return published(repository.set(owner, id, "lastContact", day.toString()), owner, id, What.LAST_CONTACT);
    }

    /** The contact's own rhythm in days (0: none); null returns to the tier's. */
    public boolean setEvery(long owner, String id, Integer days) {
        return published(repository.set(owner, id, "everyDays", days), owner, id, What.RHYTHM);
    }

    /** The contacts overdue for contact on {@code today}, most overdue first. */
    public List<Contact> overdue(long owner, java.time.LocalDate today, java.time.ZoneId zone) {
        return repository.all(owner).stream().filter(c -> c.isDue(today, zone))
                .sorted(java.util.Comparator.comparingLong((Contact c) -> c.daysOverdue(today, zone)).reversed()).toList();
    }

    public boolean setTier(long owner, String id, Contact.Tier tier) {
        return published(repository.set(owner, id, "tier", tier.name()), owner, id, What.RHYTHM);
    }

    /** How many people the Top-5 holds at most. */
    public static final int TOP5_SIZE = 5;

    /** The user's Top-5, by name. */
    public List<Contact> top5(long owner) {
        return repository.all(owner).stream().filter(Contact::top5).toList();
    }

    /**
     * Puts a contact into or out of the Top-5 ({@code top5}) or the Top-20. False when it is not this user's, or when
     * the Top-5 is full: it holds {@link #TOP5_SIZE} at most, so someone leaves it first ({@link #swapTop5}).
     */
    public boolean setTop(long owner, String id, boolean top5, boolean on) {
        if (top5 && on && top5(owner).stream().filter(c -> !c.id().equals(id)).count() >= TOP5_SIZE) {
            return false;
        }
        return published(repository.set(owner, id, top5 ? "top5" : "top20", on), owner, id, What.DETAILS);
    }

    /** Puts {@code id} into the Top-5 in the place of {@code leaving}; false unless both are the user's and {@code leaving} was in it. */
    public boolean swapTop5(long owner, String id, String leaving) {
        if (find(owner, id).isEmpty() || find(owner, leaving).filter(Contact::top5).isEmpty()) {
            return false;
        }
        return setTop(owner, leaving, true, false) && setTop(owner, id, true, true);
    }

    public boolean setFact(long owner, String id, Contact.Fact fact, String value) {
        return published(repository.set(owner, id, "facts." + fact.name(), blankToNull(value)), owner, id, What.DETAILS);
    }

    /** The plain fields a user may edit: name, account, role, phone, email; null or blank clears (but not the name). */
    public boolean setField(long owner, String id, String field, String value) {
        if (!java.util.Set.of("name", "account", "role", "phone", "email").contains(field)) {
            throw new IllegalArgumentException("Not an editable field: " + field);
        }
        String cleaned = blankToNull(value);
        return (cleaned != null || !field.equals("name"))
                && published(repository.set(owner, id, field, cleaned), owner, id, What.DETAILS);
    }

    public boolean setBirthday(long owner, String id, TypedDate birthday) {
        return published(repository.set(owner, id, "birthday", ContactRepository.birthday(birthday)), owner, id, What.BIRTHDAY);
    }

    public boolean clearBirthday(long owner, String id) {
        return published(repository.set(owner, id, "birthday", null), owner, id, What.BIRTHDAY);
    }

    public boolean delete(long owner, String id) {
        return published(repository.delete(owner, id), owner, id, What.DELETED);
    }

    private boolean published(boolean changed, long owner, String id, What what) {
        if (changed) {
            String[] book = ContactChanged.changesWhoIsWho(what) ? repository.bookChanged(owner) : new String[] {null, null};
            events.publishEvent(new ContactChanged(owner, id, what, book[0], book[1]));
        }
        return changed;
    }

    /**
     * A token that changes whenever a contact of the user is added, renamed, moved or deleted, by any instance of
     * Homerun: what is derived from the address book is still true while the token is the same.
     */
    public String addressBookVersion(long owner) {
        return repository.bookVersion(owner);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
