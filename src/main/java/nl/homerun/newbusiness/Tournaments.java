package nl.homerun.newbusiness;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.bson.types.ObjectId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import nl.homerun.accounts.Account;
import nl.homerun.accounts.Accounts;
import nl.homerun.accounts.TierReason;
import nl.homerun.coach.Messages;
import nl.homerun.contacts.CompanyNames;
import nl.homerun.contacts.Contact.Tier;
import nl.homerun.followups.FollowUps;
import nl.homerun.newbusiness.SuspectList.Candidate;
import nl.homerun.newbusiness.Tournament.Decision;
import nl.homerun.newbusiness.Tournament.Entry;
import nl.homerun.newbusiness.Tournament.Played;
import nl.homerun.newbusiness.Tournament.Status;
import nl.homerun.reminders.ReminderSource;
import nl.homerun.users.UserProfile;

/**
 * The rules of the tournament: a list of at most 64 suspects without doubles, rounds of six to ten weeks, GO / NO GO
 * per suspect at the end of each round, the NO GO ones to the kweekvijver, the winner an A account with a task to make
 * its 4P plan. Every change is one compare-and-set on the tournament (a double tap changes it once); a change that
 * moves what is reminded when is published for the reminders.
 */
@Service
class Tournaments {

    static final int FEWEST_WEEKS = 6;
    static final int MOST_WEEKS = 10;
    static final int DEFAULT_WEEKS = 8;

    private final TournamentRepository repository;
    private final Accounts accounts;
    private final FollowUps followUps;
    private final Messages messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Tournaments(TournamentRepository repository, Accounts accounts, FollowUps followUps, Messages messages,
            ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.accounts = accounts;
        this.followUps = followUps;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    Optional<Tournament> current(long owner) {
        return repository.current(owner);
    }

    Optional<Tournament> find(long owner, String id) {
        return repository.find(owner, id);
    }

    List<Tournament> all(long owner) {
        return repository.all(owner);
    }

    /**
     * A new year being set up, with the suspects given (an earlier year's kweekvijver, or none). It is named by the year
     * it starts in, or the one after the last year played when that started in this year already.
     */
    Tournament begin(UserProfile user, List<Entry> carried) {
        int year = Math.max(user.today(clock).getYear(), repository.all(user.id()).stream().mapToInt(Tournament::year)
                .map(y -> y + 1).max().orElse(0));
        Tournament t = new Tournament(new ObjectId().toHexString(), user.id(), year, Status.SETUP,
                DEFAULT_WEEKS, 1, 0, null, null, carried, List.of(), null, clock.instant(), 0);
        repository.insert(t);
        return t;
    }

    /** What adding suspects did: those added, and those already on the list (or twice in what was given). */
    record Added(Tournament tournament, List<String> added, List<String> doubles) {
    }

    /** Adds the candidates not on the list yet; empty when the tournament changed meanwhile (try again). */
    Optional<Added> add(Tournament t, List<Candidate> candidates) {
        Set<String> known = new HashSet<>();
        t.entries().forEach(e -> known.add(key(e.name())));
        List<Entry> entries = new ArrayList<>(t.entries());
        List<String> added = new ArrayList<>();
        List<String> doubles = new ArrayList<>();
        int no = t.nextNo();
        for (Candidate c : candidates) {
            String name = c.name().strip();
            if (name.length() > 80) {
                name = name.substring(0, 80).strip();
            }
            if (key(name).isEmpty()) {
                continue;
            }
            if (!known.add(key(name))) {
                doubles.add(name);
                continue;
            }
            entries.add(new Entry(no++, name, c.person(), c.email(), c.phone(), null, null, null, false, false));
            added.add(name);
        }
        if (added.isEmpty()) {
            return Optional.of(new Added(t, added, doubles));
        }
        return repository.save(t.with(entries)).map(saved -> new Added(saved, added, doubles));
    }

    /** The name as one company: case, accents, punctuation and a legal form at its end do not matter. */
    static String key(String name) {
        return CompanyNames.withoutLegalForm(name);
    }

    /** Takes the suspects off the list whose name is the one typed; the names taken off. */
    Optional<Tournament> remove(Tournament t, String typed) {
        String wanted = key(typed);
        List<Entry> kept = t.entries().stream().filter(e -> !key(e.name()).equals(wanted)).toList();
        return kept.size() == t.entries().size() ? Optional.empty() : repository.save(t.with(renumbered(kept)));
    }

    /** Keeps the first {@value Stage#MOST} listed. */
    Optional<Tournament> keepFirst(Tournament t) {
        return t.entries().size() <= Stage.MOST ? Optional.of(t) : repository.save(t.with(t.entries().subList(0, Stage.MOST)));
    }

    private static List<Entry> renumbered(List<Entry> entries) {
        List<Entry> numbered = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            numbered.add(new Entry(i + 1, e.name(), e.person(), e.email(), e.phone(), e.decision(), e.outRound(), e.outOn(),
                    e.won(), e.fromPond()));
        }
        return numbered;
    }

    /** Starts the year with rounds of {@code weeks}, today, at the round its list's size starts in. */
    Optional<Tournament> start(Tournament t, int weeks, LocalDate today) {
        int size = t.entries().size();
        if (t.status() != Status.SETUP || size < Stage.FEWEST || size > Stage.MOST || !allowed(weeks)) {
            return Optional.empty();
        }
        return changed(repository.save(t.playing(weeks, Stage.first(size).number, today)));
    }

    static boolean allowed(int weeks) {
        return weeks >= FEWEST_WEEKS && weeks <= MOST_WEEKS;
    }

    /** The round under way lasts {@code weeks} from its start, and the rounds after it as long. */
    Optional<Tournament> roundLength(Tournament t, int weeks) {
        return t.status() != Status.PLAYING || !allowed(weeks) ? Optional.empty() : changed(repository.save(t.roundLength(weeks)));
    }

    /** GO or NO GO for one suspect still in, in the round under way. */
    Optional<Tournament> mark(Tournament t, int round, int no, Decision decision) {
        Optional<Entry> entry = t.entry(no).filter(Entry::in);
        if (t.status() != Status.PLAYING || t.round() != round || entry.isEmpty()) {
            return Optional.empty();
        }
        return repository.save(t.withEntry(entry.get().decided(decision)));
    }

    /** NO GO for everyone in the round without a decision yet. */
    Optional<Tournament> restOut(Tournament t, int round) {
        if (t.status() != Status.PLAYING || t.round() != round) {
            return Optional.empty();
        }
        return repository.save(t.with(t.entries().stream().map(e -> e.in() && e.decision() == null ? e.decided(Decision.NO_GO) : e)
                .toList()));
    }

    /** What ending a round did. */
    sealed interface Outcome permits NextRound, YearWon, YearLost {
        Tournament tournament();
    }

    record NextRound(Tournament tournament, int out) implements Outcome {
    }

    /** The final decided with a winner (the method's one; two when the user kept two). */
    record YearWon(Tournament tournament, List<Account> won) implements Outcome {
    }

    /** Nobody went on: the year ends without an XXL account. */
    record YearLost(Tournament tournament) implements Outcome {
    }

    /**
     * Ends the round as decided (everyone in has a decision): NO GO to the kweekvijver today, GO on to the next round,
     * which starts today; after the final, GO is the year's XXL account and the year closes.
     */
    Optional<Outcome> proceed(UserProfile user, Tournament t, int round) {
        if (t.status() != Status.PLAYING || t.round() != round || !t.undecided().isEmpty()) {
            return Optional.empty();
        }
        LocalDate today = user.today(clock);
        int in = t.in().size();
        int kept = (int) t.count(Decision.GO);
        Played decided = new Played(round, t.roundStart(), t.roundEnd(), today, in, kept);
        boolean last = t.stage().isFinal() || kept == 0;
        List<Entry> entries = t.entries().stream().map(e -> !e.in() ? e
                : e.decision() == Decision.NO_GO ? e.out(round, today)
                : last ? e.winner() : e.decided(null)).toList();
        if (!last) {
            Optional<Tournament> next = changed(repository.save(t.nextRound(entries, decided, today)));
            return next.map(n -> new NextRound(n, in - kept));
        }
        Optional<Tournament> closed = changed(repository.save(t.closed(entries, decided, today)));
        if (closed.isEmpty()) {
            return Optional.empty();
        }
        if (kept == 0) {
            return Optional.of(new YearLost(closed.get()));
        }
        List<Account> won = closed.get().winners().stream().map(w -> makeCustomer(user, w, today)).toList();
        return Optional.of(new YearWon(closed.get(), won));
    }

    /** The winner as an A account, and the task to make its 4P relationship plan. */
    private Account makeCustomer(UserProfile user, Entry winner, LocalDate today) {
        Account account = accounts.named(user.id(), winner.name());
        accounts.setTier(user.id(), account.id(), Tier.A, TierReason.NEW_BUSINESS);
        followUps.create(user.id(), messages.get(user.language(), "newbusiness.won.task", account.name()), nextWorkingDay(today));
        return accounts.find(user.id(), account.id()).orElse(account);
    }

    static LocalDate nextWorkingDay(LocalDate day) {
        LocalDate next = day.plusDays(1);
        while (next.getDayOfWeek() == DayOfWeek.SATURDAY || next.getDayOfWeek() == DayOfWeek.SUNDAY) {
            next = next.plusDays(1);
        }
        return next;
    }

    /** Closes the year now, whoever is still in (kept as in, at the round they reached). */
    Optional<Tournament> close(UserProfile user, Tournament t) {
        if (t.status() == Status.CLOSED) {
            return Optional.empty();
        }
        return changed(repository.save(t.closed(t.entries().stream().map(e -> e.decided(null)).toList(), null, user.today(clock))));
    }

    /** The kweekvijver of a year, to come back in the next one: a fresh entry each, marked as from the pond. */
    static List<Entry> fromPond(Tournament earlier) {
        List<Entry> back = new ArrayList<>();
        for (Entry e : earlier.pond()) {
            back.add(new Entry(back.size() + 1, e.name(), e.person(), e.email(), e.phone(), null, null, null, false, true));
        }
        return back;
    }

    private Optional<Tournament> changed(Optional<Tournament> saved) {
        saved.ifPresent(t -> events.publishEvent(new ReminderSource.Changed(t.owner())));
        return saved;
    }
}
