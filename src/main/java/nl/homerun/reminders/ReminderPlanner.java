package nl.homerun.reminders;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import nl.homerun.contacts.Contact;
import nl.homerun.contacts.Contacts;
import nl.homerun.followups.FollowUp;
import nl.homerun.followups.FollowUps;
import nl.homerun.users.UserAccounts;
import nl.homerun.users.UserProfile;

/**
 * Turns birthdays, rhythms, tasks and Mondays into occurrences, in two ways.
 * <ul>
 * <li><b>Ahead</b>, every tick: each user's days are planned once, from the day after the last one planned up to
 * tomorrow. Days missed while Homerun was down are planned too, and go out late, never skipped.</li>
 * <li><b>After a change</b> ({@link #replan}): the occurrences a change affects, on the days already planned, are
 * planned again from what is true now. What no longer holds is dropped, what moved is moved, what is new is added.
 * Something new whose time passed today while Homerun was running is not late: a birthday or a rhythm is sent at
 * once; a task just made or moved to today is not (its confirmation said so), unless its own time is more than an
 * hour away, when it is reminded an hour before.</li>
 * </ul>
 */
@Component
class ReminderPlanner {

    private final UserAccounts accounts;
    private final Contacts contacts;
    private final FollowUps followUps;
    private final ReminderSettings settings;
    private final OccurrenceRepository occurrences;
    private final Clock clock;
    private final List<ReminderSource> sources;

    ReminderPlanner(UserAccounts accounts, Contacts contacts, FollowUps followUps, ReminderSettings settings,
            OccurrenceRepository occurrences, Clock clock, List<ReminderSource> sources) {
        this.sources = List.copyOf(sources);
        this.accounts = accounts;
        this.contacts = contacts;
        this.followUps = followUps;
        this.settings = settings;
        this.occurrences = occurrences;
        this.clock = clock;
    }

    /** Which occurrences a change affects: of these kinds, of one contact or task (or, subject null, of all). */
    record Scope(Set<Occurrence.Kind> kinds, String subject) {

        static final Set<Occurrence.Kind> OF_CONTACTS = EnumSet.of(Occurrence.Kind.BIRTHDAY, Occurrence.Kind.BIRTHDAY_AHEAD,
                Occurrence.Kind.STAY_IN_TOUCH);

        static Scope everything() {
            return new Scope(EnumSet.allOf(Occurrence.Kind.class), null);
        }

        /** Every other module's reminders ({@link ReminderSource}) of the user. */
        static Scope sources() {
            return new Scope(EnumSet.of(Occurrence.Kind.SOURCE), null);
        }

        static Scope task(String id) {
            return new Scope(EnumSet.of(Occurrence.Kind.TASK), id);
        }

        boolean includes(Occurrence o) {
            return kinds.contains(o.kind()) && (subject == null || subject.equals(o.subject()));
        }

        private boolean any(Set<Occurrence.Kind> of) {
            return of.stream().anyMatch(kinds::contains);
        }
    }

    /**
     * Plans ahead for every user whose planning is not current. Settings, contacts and tasks are read once for all
     * users (not per user, which on a server without the owner index would scan every contact for every user).
     */
    void planAll(List<UserProfile> users) {
        Map<Long, ReminderSettings.Settings> all = settings.everyone();
        List<UserProfile> due = users.stream().filter(u -> window(u, all.getOrDefault(u.id(), settings.defaults())) != null).toList();
        if (due.isEmpty()) {
            return;
        }
        Map<Long, List<Contact>> contactsByUser = contacts.everyone();
        Map<Long, List<FollowUp>> tasksByUser = followUps.openForEveryone();
        for (UserProfile user : due) {
            planAhead(user, all.getOrDefault(user.id(), settings.defaults()), contactsByUser.getOrDefault(user.id(), List.of()),
                    tasksByUser.getOrDefault(user.id(), List.of()));
        }
    }

    /** The days to plan ahead for the user now, or null when their planning is current. */
    private LocalDate[] window(UserProfile user, ReminderSettings.Settings mine) {
        LocalDate today = user.today(clock);
        LocalDate through = today.plusDays(1);
        LocalDate from = mine.plannedThrough() == null ? today : mine.plannedThrough().plusDays(1);
        return from.isAfter(through) ? null : new LocalDate[] {from, through};
    }

    private void planAhead(UserProfile user, ReminderSettings.Settings mine, List<Contact> all, List<FollowUp> open) {
        LocalDate[] window = window(user, mine);
        if (window == null) {
            return;
        }
        boolean firstTime = mine.plannedThrough() == null;
        Map<String, FollowUp> tasks = open.stream().collect(Collectors.toMap(FollowUp::id, Function.identity()));
        for (Occurrence o : occurrences(user, mine, all, open, true, sources, window[0], window[1])) {
            if (firstTime) {
                planNew(o, tasks, user, false); // a new user missed nothing
            } else {
                occurrences.plan(o); // ahead, or for a day missed while Homerun was down: late if its time has passed
            }
        }
        settings.planned(user.id(), window[1]);
    }

    /**
     * Plans again what the change affects, from today (or the earliest day still waiting to be sent) through the
     * last day planned ahead; the days after that are planned when their turn comes, from what is true then.
     */
    void replan(long owner, Scope scope) {
        Optional<UserProfile> found = accounts.find(owner);
        List<Occurrence> waiting = occurrences.pending(owner).stream().filter(scope::includes).toList();
        if (found.isEmpty()) {
            waiting.forEach(occurrences::cancel);
            return;
        }
        UserProfile user = found.get();
        ReminderSettings.Settings mine = settings.of(owner);
        List<Contact> people = scope.any(Scope.OF_CONTACTS) ? contactsIn(owner, scope.subject()) : List.of();
        List<FollowUp> open = scope.kinds().contains(Occurrence.Kind.TASK) ? tasksIn(owner, scope.subject()) : List.of();
        LocalDate today = user.today(clock);
        LocalDate from = waiting.stream().map(Occurrence::day).min(LocalDate::compareTo).filter(today::isAfter).orElse(today);
        List<Occurrence> wanted = mine.plannedThrough() == null ? List.of()
                : occurrences(user, mine, people, open, scope.kinds().contains(Occurrence.Kind.DIGEST),
                        scope.kinds().contains(Occurrence.Kind.SOURCE) ? sources : List.of(), from, mine.plannedThrough())
                        .stream().filter(scope::includes).toList();

        Map<String, Occurrence> waitingById = waiting.stream().collect(Collectors.toMap(Occurrence::id, Function.identity()));
        Set<String> wantedIds = wanted.stream().map(Occurrence::id).collect(Collectors.toSet());
        waiting.stream().filter(o -> !wantedIds.contains(o.id())).forEach(occurrences::cancel);
        Map<String, FollowUp> tasks = open.stream().collect(Collectors.toMap(FollowUp::id, Function.identity()));
        Instant now = clock.instant();
        for (Occurrence o : wanted) {
            Occurrence before = waitingById.get(o.id());
            if (before == null) {
                planNew(o, tasks, user, true);
            } else if (!before.dueAt().equals(o.dueAt())) {
                occurrences.move(o.at(o.dueAt(), !o.dueAt().isBefore(now))); // waited for: sent at once if its new time passed
            }
        }
    }

    /**
     * Something new: see the class comment for what happens when its time has passed already. A task is skipped then
     * only when it was {@code justChanged}: a new user's first planning sends what is due today.
     */
    private void planNew(Occurrence o, Map<String, FollowUp> tasks, UserProfile user, boolean justChanged) {
        Instant now = clock.instant();
        if (!o.dueAt().isBefore(now)) {
            occurrences.plan(o);
        } else if (o.kind() != Occurrence.Kind.TASK || !justChanged) {
            occurrences.plan(o.at(o.dueAt(), false));
        } else {
            FollowUp task = tasks.get(o.subject());
            if (task != null && task.time() != null) {
                Instant hourBefore = ZonedDateTime.of(task.due(), task.time(), user.timeZone()).minusHours(1).toInstant();
                if (hourBefore.isAfter(now)) {
                    occurrences.plan(o.at(hourBefore, true));
                }
            }
        }
    }

    private List<Contact> contactsIn(long owner, String subject) {
        return subject == null ? contacts.all(owner) : contacts.find(owner, subject).stream().toList();
    }

    private List<FollowUp> tasksIn(long owner, String subject) {
        return subject == null ? followUps.open(owner)
                : followUps.find(owner, subject).filter(t -> !t.done()).stream().toList();
    }

    /** What there is to remind the user of on each day from {@code from} through {@code through}. */
    private static List<Occurrence> occurrences(UserProfile user, ReminderSettings.Settings mine, List<Contact> all,
            List<FollowUp> open, boolean digests, List<ReminderSource> sources, LocalDate from, LocalDate through) {
        List<Occurrence> planned = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(through); day = day.plusDays(1)) {
            for (Contact contact : all) {
                if (isDueForContact(contact, day, user)) {
                    planned.add(occurrence(user, mine, Occurrence.Kind.STAY_IN_TOUCH, contact.id(), day));
                }
                if (contact.birthday() == null) {
                    continue;
                }
                if (isBirthday(contact, day)) {
                    planned.add(occurrence(user, mine, Occurrence.Kind.BIRTHDAY, contact.id(), day));
                }
                if (mine.daysAhead() > 0 && isBirthday(contact, day.plusDays(mine.daysAhead()))) {
                    planned.add(occurrence(user, mine, Occurrence.Kind.BIRTHDAY_AHEAD, contact.id(), day));
                }
            }
            if (digests && day.getDayOfWeek() == DayOfWeek.MONDAY) {
                planned.add(occurrence(user, mine, Occurrence.Kind.DIGEST, String.valueOf(user.id()), day));
            }
            for (FollowUp task : open) {
                if (task.due().equals(day)) {
                    planned.add(taskOccurrence(user, mine, task));
                }
            }
            for (ReminderSource source : sources) {
                for (String subject : source.due(user, day)) {
                    planned.add(occurrence(user, mine, Occurrence.Kind.SOURCE, source.name() + "/" + subject, day));
                }
            }
        }
        return planned;
    }

    /** The day a rhythm runs out without contact, and each full rhythm after it while none is had. */
    static boolean isDueForContact(Contact contact, LocalDate day, UserProfile user) {
        int every = contact.cadenceDays();
        long since = ChronoUnit.DAYS.between(contact.lastTouched(user.timeZone()), day);
        return every > 0 && since > 0 && since % every == 0;
    }

    /** A birthday on 29 February is remembered on 28 February in other years. */
    static boolean isBirthday(Contact contact, LocalDate day) {
        return contact.birthday().on(day.getYear()).equals(day);
    }

    /** At the user's reminder time on that day, in their time zone (daylight saving included). */
    private static Occurrence occurrence(UserProfile user, ReminderSettings.Settings settings, Occurrence.Kind kind,
            String subject, LocalDate day) {
        return Occurrence.of(user.id(), kind, subject, day, ZonedDateTime.of(day, settings.time(), user.timeZone()).toInstant());
    }

    /** A task at the reminder time on its day, or an hour before its own time when that comes first. */
    private static Occurrence taskOccurrence(UserProfile user, ReminderSettings.Settings settings, FollowUp task) {
        Occurrence planned = occurrence(user, settings, Occurrence.Kind.TASK, task.id(), task.due());
        if (task.time() == null || !task.time().minusHours(1).isBefore(settings.time()) || task.time().getHour() < 1) {
            return planned;
        }
        return planned.at(ZonedDateTime.of(task.due(), task.time().minusHours(1), user.timeZone()).toInstant(), true);
    }
}
