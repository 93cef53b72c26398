package nl.homerun.accounts;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import com.mongodb.client.model.Updates;
import org.bson.conversions.Bson;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

import nl.homerun.accounts.AccountChanged.What;
import nl.homerun.contacts.CompanyNames;
import nl.homerun.contacts.Contact;
import nl.homerun.contacts.Contact.Tier;
import nl.homerun.contacts.Contacts;
import nl.homerun.contacts.Spelling;

/**
 * A user's accounts, the module's API for others. The company names on the user's contacts become accounts the
 * first time accounts are asked for (and after the address book changed): one per company name, written however
 * ("Fabrikam B.V." and "fabrikam bv" are one); names merely alike are offered as {@link #nearDuplicates} to merge.
 * Every change is published as an {@link AccountChanged}.
 */
@Service
public class Accounts {

    /** A before B before C, accounts without a tier last. */
    public static final Comparator<Account> BY_TIER = Comparator
            .comparing((Account a) -> a.tier() == null ? Tier.values().length : a.tier().ordinal())
            .thenComparing(Account::name, String.CASE_INSENSITIVE_ORDER);

    private final AccountRepository repository;
    private final Contacts contacts;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    /** Per user, the address book version the accounts were last made from ("" for none yet). */
    private final Map<Long, String> madeFromBook = new ConcurrentHashMap<>();

    Accounts(AccountRepository repository, Contacts contacts, Clock clock, ApplicationEventPublisher events) {
        this.repository = repository;
        this.contacts = contacts;
        this.clock = clock;
        this.events = events;
    }

    /** All of the user's accounts, A first, then B, C and those without a tier, each by name. */
    public List<Account> all(long owner) {
        String version = String.valueOf(contacts.addressBookVersion(owner));
        if (!version.equals(madeFromBook.get(owner))) { // the contacts are read only when the book changed
            makeAccounts(owner, contacts.all(owner));
            madeFromBook.put(owner, version);
        }
        List<Account> accounts = new ArrayList<>(repository.all(owner));
        accounts.sort(BY_TIER);
        return accounts;
    }

    /** The user's accounts of one tier (null: without a tier), by name. */
    public List<Account> inTier(long owner, Tier tier) {
        return all(owner).stream().filter(a -> a.tier() == tier).toList();
    }

    public Optional<Account> find(long owner, String id) {
        return repository.find(owner, id);
    }

    /**
     * The accounts a typed name fits, best first (all equally good): the same company name however written, the name
     * without its legal form ("Fabrikam" for "Fabrikam Ltd"), the start of its words ("fab"), or a typo.
     */
    public List<Account> findByName(long owner, String typed) {
        if (typed == null || CompanyNames.key(typed).isEmpty()) {
            return List.of();
        }
        Book book = book(owner);
        Map<Account, Integer> scored = new LinkedHashMap<>();
        for (Account account : book.accounts()) {
            int score = book.namesOf(account).stream().mapToInt(name -> NameMatch.score(typed, name)).max().orElse(0);
            if (score > 0) {
                scored.put(account, score);
            }
        }
        int best = scored.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        return scored.entrySet().stream().filter(e -> e.getValue() == best).map(Map.Entry::getKey)
                .sorted(Comparator.comparing(Account::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /**
     * The account of a company name: the one that already covers it (however written), or a new one without people yet
     * (a customer just won, whose people come later from the contacts with that company name).
     */
    public Account named(long owner, String name) {
        String key = CompanyNames.key(name);
        if (key.isEmpty()) {
            throw new IllegalArgumentException("A company needs a name");
        }
        all(owner);
        Optional<Account> known = repository.withAlias(owner, key);
        if (known.isPresent()) {
            return known.get();
        }
        Account account = new Account(AccountRepository.idFor(owner, key), owner, name.strip(), Set.of(key), null, null,
                ValueScores.NONE, new TreeMap<>(), null, Set.of(), clock.instant());
        if (repository.insert(account)) {
            events.publishEvent(new AccountChanged(owner, account.id(), What.ADDED));
        }
        return repository.find(owner, account.id()).orElse(account);
    }

    /** The account the contact works at; empty when they have no company name. */
    public Optional<Account> ofContact(long owner, Contact contact) {
        if (contact.owner() != owner || contact.account() == null || CompanyNames.key(contact.account()).isEmpty()) {
            return Optional.empty();
        }
        Optional<Account> known = repository.withAlias(owner, CompanyNames.key(contact.account()));
        return known.isPresent() ? known : book(owner).accounts().stream().filter(a -> a.covers(contact)).findFirst();
    }

    /** The account of the contact with this id; empty when the contact is not the user's or has no company. */
    public Optional<Account> ofContact(long owner, String contactId) {
        return contacts.find(owner, contactId).flatMap(c -> ofContact(owner, c));
    }

    /** The account of each of the user's contacts that has one, by contact id. */
    public Map<String, Account> byContact(long owner) {
        Book book = book(owner);
        Map<String, Account> byContact = new LinkedHashMap<>();
        for (Contact contact : book.contacts()) {
            book.accounts().stream().filter(a -> a.covers(contact)).findFirst().ifPresent(a -> byContact.put(contact.id(), a));
        }
        return byContact;
    }

    /** The people at an account, by name. */
    public List<Contact> contactsOf(long owner, Account account) {
        return account.owner() != owner ? List.of() : contacts.all(owner).stream().filter(account::covers).toList();
    }

    /**
     * Gives the account its tier, and its people the same tier, so their rhythm of contact follows (monthly for A,
     * quarterly for B). False when the account is not the user's.
     */
    public boolean setTier(long owner, String id, Tier tier, TierReason reason) {
        if (tier == null || !repository.update(owner, id, AccountRepository.tier(tier, reason))) {
            return false;
        }
        repository.find(owner, id).ifPresent(account -> tierOnContacts(owner, account));
        events.publishEvent(new AccountChanged(owner, id, What.TIER));
        return true;
    }

    private void tierOnContacts(long owner, Account account) {
        if (account.tier() == null) {
            return;
        }
        for (Contact contact : contactsOf(owner, account)) {
            if (contact.tier() != account.tier()) {
                contacts.setTier(owner, contact.id(), account.tier());
            }
        }
    }

    /** Stores the account's value scores (they replace the ones before). */
    public boolean setValue(long owner, String id, ValueScores value) {
        return published(repository.update(owner, id, AccountRepository.value(value)), owner, id, What.VALUE);
    }

    /** Records the account's revenue in a year, in whole euros (it replaces what was recorded for that year). */
    public boolean recordRevenue(long owner, String id, int year, long euros) {
        if (year < 1900 || year > 2200 || euros < 0) {
            throw new IllegalArgumentException("Not a year's revenue: " + year + " " + euros);
        }
        return published(repository.update(owner, id, Updates.set("revenue." + year, euros)), owner, id, What.REVENUE);
    }

    /** The account's own growth goal in percent; null returns it to its tier's. */
    public boolean setGoal(long owner, String id, Integer percent) {
        return published(repository.update(owner, id, Updates.set("goalPercent", percent)), owner, id, What.GOAL);
    }

    public boolean rename(long owner, String id, String name) {
        return name != null && !name.isBlank()
                && published(repository.update(owner, id, Updates.set("name", name.strip())), owner, id, What.RENAMED);
    }

    /** Two accounts whose names are so alike they may be one company; to be asked, never merged unasked. */
    public record NearDuplicate(Account one, Account other) {
    }

    /**
     * The pairs of the user's accounts that may be one company ("Fabrikam" and "Fabrikam Ltd", "Fabrikam Nederland",
     * a typo), except those the user said are not.
     */
    public List<NearDuplicate> nearDuplicates(long owner) {
        Book book = book(owner);
        List<Account> sorted = book.accounts().stream()
                .sorted(Comparator.comparing(Account::name, String.CASE_INSENSITIVE_ORDER)).toList();
        List<NearDuplicate> pairs = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            for (int j = i + 1; j < sorted.size(); j++) {
                Account one = sorted.get(i);
                Account other = sorted.get(j);
                if (!one.distinctFrom().contains(other.id()) && !other.distinctFrom().contains(one.id())
                        && alike(book.namesOf(one), book.namesOf(other))) {
                    pairs.add(new NearDuplicate(one, other));
                }
            }
        }
        return pairs;
    }

    private static boolean alike(Set<String> names, Set<String> others) {
        return names.stream().anyMatch(name -> others.stream().anyMatch(other -> NameMatch.alike(name, other)));
    }

    /**
     * Makes {@code goneId} part of {@code keepId}, under {@code name}: its company names, and what the kept account
     * did not have yet (tier, value scores, years of revenue, goal). False unless both are the user's.
     */
    public boolean merge(long owner, String keepId, String goneId, String name) {
        Optional<Account> keep = repository.find(owner, keepId);
        Optional<Account> gone = repository.find(owner, goneId);
        if (keep.isEmpty() || gone.isEmpty() || keepId.equals(goneId)) {
            return false;
        }
        Account k = keep.get();
        Account g = gone.get();
        List<Bson> updates = new ArrayList<>(List.of(Updates.addEachToSet("aliases", new ArrayList<>(g.aliases()))));
        if (name != null && !name.isBlank()) {
            updates.add(Updates.set("name", name.strip()));
        }
        if (k.tier() == null && g.tier() != null) {
            updates.add(AccountRepository.tier(g.tier(), g.tierReason()));
        }
        if (k.value().isEmpty() && !g.value().isEmpty()) {
            updates.add(AccountRepository.value(g.value()));
        }
        g.revenue().forEach((year, euros) -> {
            if (!k.revenue().containsKey(year)) {
                updates.add(Updates.set("revenue." + year, euros));
            }
        });
        if (k.goalPercent() == null && g.goalPercent() != null) {
            updates.add(Updates.set("goalPercent", g.goalPercent()));
        }
        Set<String> apart = new HashSet<>(g.distinctFrom());
        apart.remove(keepId);
        if (!apart.isEmpty()) {
            updates.add(Updates.addEachToSet("distinctFrom", new ArrayList<>(apart)));
        }
        if (!repository.update(owner, keepId, Updates.combine(updates))) {
            return false;
        }
        repository.delete(owner, goneId);
        repository.find(owner, keepId).ifPresent(merged -> tierOnContacts(owner, merged));
        events.publishEvent(new AccountChanged(owner, keepId, What.MERGED, goneId));
        return true;
    }

    /** The user says these two are different companies: they are not offered to merge again. */
    public boolean keepApart(long owner, String oneId, String otherId) {
        if (repository.find(owner, oneId).isEmpty() || repository.find(owner, otherId).isEmpty() || oneId.equals(otherId)) {
            return false;
        }
        repository.update(owner, oneId, Updates.addToSet("distinctFrom", otherId));
        repository.update(owner, otherId, Updates.addToSet("distinctFrom", oneId));
        events.publishEvent(new AccountChanged(owner, oneId, What.KEPT_APART, otherId));
        return true;
    }

    private boolean published(boolean changed, long owner, String id, What what) {
        if (changed) {
            events.publishEvent(new AccountChanged(owner, id, what));
        }
        return changed;
    }

    /** The user's contacts and accounts, the accounts made first for company names that have none yet. */
    private Book book(long owner) {
        List<Account> accounts = all(owner);
        return new Book(contacts.all(owner), accounts);
    }

    /** An account for every company name on the contacts that no account covers yet; idempotent. */
    private void makeAccounts(long owner, List<Contact> all) {
        Set<String> covered = new HashSet<>();
        repository.all(owner).forEach(a -> covered.addAll(a.aliases()));
        Map<String, List<Contact>> byCompany = new TreeMap<>();
        for (Contact contact : all) {
            String key = contact.account() == null ? "" : CompanyNames.key(contact.account());
            if (!key.isEmpty() && !covered.contains(key)) {
                byCompany.computeIfAbsent(key, k -> new ArrayList<>()).add(contact);
            }
        }
        byCompany.forEach((key, people) -> {
            Set<Tier> tiers = new HashSet<>();
            people.stream().map(Contact::tier).filter(java.util.Objects::nonNull).forEach(tiers::add);
            Tier tier = tiers.size() == 1 ? tiers.iterator().next() : null;
            Account account = new Account(AccountRepository.idFor(owner, key), owner, commonSpelling(people), Set.of(key),
                    tier, tier == null ? null : TierReason.FROM_CONTACTS, ValueScores.NONE, new TreeMap<>(), null, Set.of(),
                    clock.instant());
            if (repository.insert(account)) {
                events.publishEvent(new AccountChanged(owner, account.id(), What.ADDED));
            }
        });
    }

    /** How the contacts write their company most often (of equals, as the first of them to be added did). */
    private static String commonSpelling(List<Contact> people) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        people.stream().sorted(Comparator.comparing(Contact::createdAt))
                .forEach(c -> counts.merge(c.account().strip(), 1, Integer::sum));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    @EventListener
    void on(AccountChanged changed) {
        if (changed.what() == What.ALL_ERASED) {
            madeFromBook.remove(changed.owner());
        }
    }

    /** What the user's accounts are made of: the contacts and the accounts (A first). */
    private record Book(List<Contact> contacts, List<Account> accounts) {

        /** The names an account goes by: its own, and how its people write their company. */
        Set<String> namesOf(Account account) {
            Set<String> names = new HashSet<>(Set.of(account.name()));
            contacts.stream().filter(account::covers).forEach(c -> names.add(c.account()));
            return names;
        }
    }

    /** How a typed name fits a company name, and whether two company names may be one company. */
    static final class NameMatch {

        private NameMatch() {
        }

        /** 10 the same, 9 but for the legal form, 8 but for fillers ("Nederland"), 7 the start of its words, 5 a typo in it or its words, 0 not. */
        static int score(String typed, String name) {
            if (CompanyNames.key(typed).equals(CompanyNames.key(name))) {
                return 10;
            }
            if (CompanyNames.withoutLegalForm(typed).equals(CompanyNames.withoutLegalForm(name))) {
                return 9;
            }
            if (CompanyNames.withoutFillers(typed).equals(CompanyNames.withoutFillers(name))) {
                return 8;
            }
            List<String> words = CompanyNames.words(name);
            List<String> typedWords = CompanyNames.words(typed);
            if (!typedWords.isEmpty() && typedWords.stream().allMatch(t -> t.length() >= 2
                    && words.stream().anyMatch(w -> w.startsWith(t)))) {
                return 7;
            }
            boolean typoInItsWords = !typedWords.isEmpty()
                    && typedWords.stream().allMatch(t -> words.stream().anyMatch(w -> typo(t, w))); // "westlnd fruit"
            return typoInItsWords || typo(CompanyNames.withoutLegalForm(typed), CompanyNames.withoutLegalForm(name)) ? 5 : 0;
        }

        /** The same but for the legal form or fillers, or a small typo. */
        static boolean alike(String name, String other) {
            return CompanyNames.withoutLegalForm(name).equals(CompanyNames.withoutLegalForm(other))
                    || CompanyNames.withoutFillers(name).equals(CompanyNames.withoutFillers(other))
                    || typo(CompanyNames.withoutFillers(name), CompanyNames.withoutFillers(other));
        }

        /** One letter off in a name of five letters or more, two in one of nine or more. */
        private static boolean typo(String a, String b) {
            int shorter = Math.min(a.length(), b.length());
            int allowed = shorter >= 9 ? 2 : shorter >= 5 ? 1 : 0;
            return allowed > 0 && Math.abs(a.length() - b.length()) <= allowed && Spelling.distance(a, b) <= allowed;
        }
    }
}
