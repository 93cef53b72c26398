package nl.homerun.dialogs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import nl.homerun.contacts.CompanyNames;
import nl.homerun.contacts.Contact;
import nl.homerun.contacts.Contacts;

/**
 * The companies on a user's contacts, as an {@code account} question knows them: a company is the name on its people's
 * contacts, whatever its case, punctuation or legal form ("Fabrikam", "fabrikam b.v." and "Fabrikam BV" are one), and
 * its people are the decision-making team a meeting with it prepares for. Only the contacts module's public API is used.
 */
@Component
class Companies {

    private final Contacts contacts;

    Companies(Contacts contacts) {
        this.contacts = contacts;
    }

    /** A company: its name as most of its people's contacts spell it, and those people by name. */
    record Company(String name, List<Contact> people) {

        Company {
            people = List.copyOf(people);
        }
    }

    /** The companies a typed name may mean; {@code byPerson} when they were found by the name of someone there. */
    record Match(List<Company> companies, boolean byPerson) {

        Match {
            companies = List.copyOf(companies);
        }
    }

    /**
     * The companies a typed name may mean: the one it names exactly (legal form aside); else the companies of the
     * contacts the contact search finds for it, by company or, failing that, by a person's name ("Sophie" → her
     * company). None when it is none of the user's.
     */
    Match matching(long owner, String typed) {
        Map<String, Company> all = all(owner);
        String wanted = key(typed);
        if (all.containsKey(wanted)) {
            return new Match(List.of(all.get(wanted)), false);
        }
        List<Contact> found = contacts.search(owner, typed).stream().filter(c -> c.account() != null)
                .filter(c -> all.containsKey(key(c.account()))).toList();
        List<Contact> byCompany = found.stream().filter(c -> Contacts.isCompanySearch(c, typed)).toList();
        return new Match((byCompany.isEmpty() ? found : byCompany).stream().map(c -> all.get(key(c.account()))).distinct()
                .toList(), byCompany.isEmpty());
    }

    /** The company of this name (legal form aside), with its people; empty when no contact of the user works there. */
    Optional<Company> named(long owner, String name) {
        return Optional.ofNullable(all(owner).get(key(name)));
    }

    /** The company of one of the user's contacts; empty when it is not theirs or has no company. */
    Optional<Company> of(long owner, String contactId) {
        return contacts.find(owner, contactId).filter(c -> c.account() != null).flatMap(c -> named(owner, c.account()));
    }

    private Map<String, Company> all(long owner) {
        Map<String, List<Contact>> byKey = new LinkedHashMap<>();
        for (Contact contact : contacts.all(owner)) {
            if (contact.account() != null && !key(contact.account()).isEmpty()) {
                byKey.computeIfAbsent(key(contact.account()), k -> new ArrayList<>()).add(contact);
            }
        }
        Map<String, Company> companies = new LinkedHashMap<>();
        byKey.forEach((key, people) -> companies.put(key, new Company(mostUsedName(people),
                people.stream().sorted(Comparator.comparing(Contact::name, String.CASE_INSENSITIVE_ORDER)).toList())));
        return companies;
    }

    private static String mostUsedName(List<Contact> people) {
        Map<String, Long> counts = people.stream().collect(Collectors.groupingBy(Contact::account, LinkedHashMap::new,
                Collectors.counting()));
        return counts.entrySet().stream().max(Map.Entry.<String, Long>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).map(Map.Entry::getKey).orElseThrow();
    }

    /** A company's name without case, accents, punctuation or legal form: "fabrikam" for "Fabrikam B.V.". */
    static String key(String name) {
        return CompanyNames.withoutLegalForm(name);
    }

    /** How a person of the company reads in a checklist: "Jan de Vries (inkoper)". */
    static String person(Contact contact) {
        return contact.role() == null ? contact.name() : contact.name() + " (" + contact.role() + ")";
    }
}
