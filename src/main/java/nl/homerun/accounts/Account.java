package nl.homerun.accounts;

import java.time.Instant;
import java.util.Collections;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import nl.homerun.contacts.CompanyNames;
import nl.homerun.contacts.Contact;
import nl.homerun.contacts.Contact.Tier;

/**
 * A company the user sells to. It covers the contacts whose company name ({@link Contact#account()}) is one of its
 * {@code aliases} (each a {@link CompanyNames#key}: "Fabrikam B.V." and "fabrikam bv" are one); two names that are
 * merely alike ("Fabrikam", "Fabrikam Ltd") become one account only when the user says so.
 *
 * @param tier         A, B or C; null until chosen
 * @param tierReason   why it has that tier; null without a tier
 * @param value        its value scores ({@link ValueScores#NONE} until scored)
 * @param revenue      revenue per year, in whole euros
 * @param goalPercent  this account's own growth goal in percent (null: its tier's)
 * @param distinctFrom the accounts the user said are not the same company as this one
 */
public record Account(String id, long owner, String name, Set<String> aliases, Tier tier, TierReason tierReason,
        ValueScores value, SortedMap<Integer, Long> revenue, Integer goalPercent, Set<String> distinctFrom,
        Instant createdAt) {

    public Account {
        aliases = Set.copyOf(aliases);
        value = value == null ? ValueScores.NONE : value;
        revenue = Collections.unmodifiableSortedMap(new TreeMap<>(revenue));
        distinctFrom = Set.copyOf(distinctFrom);
    }

    /** Whether a contact works here: their company name is one of this account's. */
    public boolean covers(Contact contact) {
        return contact.account() != null && aliases.contains(CompanyNames.key(contact.account()));
    }

    /** The revenue of a year, if recorded. */
    public Optional<Long> revenueIn(int year) {
        return Optional.ofNullable(revenue.get(year));
    }
}
