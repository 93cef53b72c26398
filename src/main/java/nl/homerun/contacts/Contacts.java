package nl.homerun.contacts;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bson.types.ObjectId;
import org.springframework.stereotype.Service;

import nl.homerun.dates.TypedDate;

/** Adds, finds, changes and removes a user's contacts. */
@Service
public class Contacts {

    private final ContactRepository repository;
    private final Clock clock;

    Contacts(ContactRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** What is known of a new contact; everything but the name may be null. */
    public record Draft(String name, String account, String role, String phone, String email, TypedDate birthday) {
    }

    public Contact add(long owner, Draft draft) {
        Contact contact = new Contact(new ObjectId().toHexString(), owner, draft.name().strip(), blankToNull(draft.account()),
                blankToNull(draft.role()), blankToNull(draft.phone()), blankToNull(draft.email()), draft.birthday(), null,
                false, false, Map.of(), null, clock.instant(), null);
        repository.insert(contact);
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

    /** The contacts a note speaks of: one when it is clear, several when it is not, none when it names nobody. */
    public List<Contact> mentionedIn(long owner, String note) {
        return NameMatcher.mentionedIn(note, repository.all(owner));
    }

    /** Records that the user was in touch with the contact on this day (a note about them). */
    public boolean touched(long owner, String id, java.time.LocalDate day) {
        return repository.set(owner, id, "lastContact", day.toString());
    }

    /** The contact's own rhythm in days (0: none); null returns to the tier's. */
    public boolean setEvery(long owner, String id, Integer days) {
        return repository.set(owner, id, "everyDays", days);
    }

    /** The contacts overdue for contact on {@code today}, most overdue first. */
    public List<Contact> overdue(long owner, java.time.LocalDate today, java.time.ZoneId zone) {
        return repository.all(owner).stream().filter(c -> c.isDue(today, zone))
                .sorted(java.util.Comparator.comparingLong((Contact c) -> c.daysOverdue(today, zone)).reversed()).toList();
    }

    public boolean setTier(long owner, String id, Contact.Tier tier) {
        return repository.set(owner, id, "tier", tier.name());
    }

    public boolean setTop(long owner, String id, boolean top5, boolean on) {
        return repository.set(owner, id, top5 ? "top5" : "top20", on);
    }

    public boolean setFact(long owner, String id, Contact.Fact fact, String value) {
        return repository.set(owner, id, "facts." + fact.name(), blankToNull(value));
    }

    /** The plain fields a user may edit: name, account, role, phone, email; null or blank clears (but not the name). */
    public boolean setField(long owner, String id, String field, String value) {
        if (!java.util.Set.of("name", "account", "role", "phone", "email").contains(field)) {
            throw new IllegalArgumentException("Not an editable field: " + field);
        }
        String cleaned = blankToNull(value);
        return (cleaned != null || !field.equals("name")) && repository.set(owner, id, field, cleaned);
    }

    public boolean setBirthday(long owner, String id, TypedDate birthday) {
        return repository.set(owner, id, "birthday", ContactRepository.birthday(birthday));
    }

    public boolean clearBirthday(long owner, String id) {
        return repository.set(owner, id, "birthday", null);
    }

    public boolean delete(long owner, String id) {
        return repository.delete(owner, id);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
