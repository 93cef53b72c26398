package nl.homerun.reminders;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

import org.springframework.stereotype.Component;

import nl.homerun.contacts.Contact;
import nl.homerun.contacts.Contacts;
import nl.homerun.followups.FollowUp;
import nl.homerun.followups.FollowUps;
import nl.homerun.users.UserProfile;

/**
 * Turns birthdays and due tasks into occurrences. Each user's days are planned once, from the day after the last
 * one planned up to tomorrow, so days missed while Homerun was down are planned too (and sent late), and nothing is
 * planned twice. Today and tomorrow are looked at again every quarter of an hour, for what was added since.
 */
@Component
class ReminderPlanner {

    static final Duration RECHECK = Duration.ofMinutes(15);

    private final Contacts contacts;
    private final FollowUps followUps;
    private final ReminderSettings settings;
    private final OccurrenceRepository occurrences;
    private final Clock clock;

    ReminderPlanner(Contacts contacts, FollowUps followUps, ReminderSettings settings, OccurrenceRepository occurrences,
            Clock clock) {
        this.contacts = contacts;
        this.followUps = followUps;
        this.settings = settings;
        this.occurrences = occurrences;
        this.clock = clock;
    }

    /**
     * Plans for every user whose planning is not current. Settings, contacts and tasks are read once for all users
     * (not per user, which on a server without the owner index would scan every contact for every user).
     */
    void planAll(List<UserProfile> users) {
        java.util.Map<Long, ReminderSettings.Settings> all = settings.everyone();
        List<UserProfile> due = users.stream().filter(u -> window(u, all.getOrDefault(u.id(), settings.defaults())) != null).toList();
        if (due.isEmpty()) {
            return;
        }
        java.util.Map<Long, List<Contact>> contactsByUser = contacts.everyone();
        java.util.Map<Long, List<FollowUp>> tasksByUser = followUps.openForEveryone();
        for (UserProfile user : due) {
            plan(user, all.getOrDefault(user.id(), settings.defaults()), contactsByUser.getOrDefault(user.id(), List.of()),
                    tasksByUser.getOrDefault(user.id(), List.of()));
        }
    }

    /** The days to plan for the user now, or null when their planning is current. */
    private LocalDate[] window(UserProfile user, ReminderSettings.Settings mine) {
        LocalDate today = user.today(clock);
        LocalDate through = today.plusDays(1);
        boolean recheck = mine.checkedAt() == null || mine.checkedAt().plus(RECHECK).isBefore(clock.instant());
        LocalDate from = mine.plannedThrough() == null ? today
                : recheck ? min(mine.plannedThrough().plusDays(1), today) : mine.plannedThrough().plusDays(1);
        return from.isAfter(through) ? null : new LocalDate[] {from, through};
    }

    private void plan(UserProfile user, ReminderSettings.Settings mine, List<Contact> all, List<FollowUp> open) {
        LocalDate[] window = window(user, mine);
        if (window == null) {
            return;
        }
        for (LocalDate day = window[0]; !day.isAfter(window[1]); day = day.plusDays(1)) {
            for (Contact contact : all) {
                if (isDueForContact(contact, day, user)) {
                    occurrences.plan(occurrence(user, mine, Occurrence.Kind.STAY_IN_TOUCH, contact.id(), day));
                }
                if (contact.birthday() == null) {
                    continue;
                }
                if (isBirthday(contact, day)) {
                    occurrences.plan(occurrence(user, mine, Occurrence.Kind.BIRTHDAY, contact.id(), day));
                }
                if (mine.daysAhead() > 0 && isBirthday(contact, day.plusDays(mine.daysAhead()))) {
                    occurrences.plan(occurrence(user, mine, Occurrence.Kind.BIRTHDAY_AHEAD, contact.id(), day));
                }
            }
            if (day.getDayOfWeek() == java.time.DayOfWeek.MONDAY) {
                occurrences.plan(occurrence(user, mine, Occurrence.Kind.DIGEST, String.valueOf(user.id()), day));
            }
            for (FollowUp task : open) {
                if (task.due().equals(day)) {
                    occurrences.plan(taskOccurrence(user, mine, task));
                }
            }
        }
        settings.planned(user.id(), window[1], clock.instant());
    }

    /** The day a rhythm runs out without contact, and each full rhythm after it while none is had. */
    static boolean isDueForContact(Contact contact, LocalDate day, UserProfile user) {
        int every = contact.cadenceDays();
        long since = java.time.temporal.ChronoUnit.DAYS.between(contact.lastTouched(user.timeZone()), day);
        return every > 0 && since > 0 && since % every == 0;
    }

    /** A birthday on 29 February is remembered on 28 February in other years. */
    static boolean isBirthday(Contact contact, LocalDate day) {
        return contact.birthday().on(day.getYear()).equals(day);
    }

    /** At the user's reminder time on that day, in their time zone (daylight saving included). */
    private static Occurrence occurrence(UserProfile user, ReminderSettings.Settings settings, Occurrence.Kind kind,
            String subject, LocalDate day) {
        return new Occurrence(kind.name().toLowerCase() + ":" + subject + ":" + day, user.id(), kind, subject,
                ZonedDateTime.of(day, settings.time(), user.timeZone()).toInstant());
    }

    /** A task at the reminder time on its day, or an hour before its own time when that comes first. */
    private static Occurrence taskOccurrence(UserProfile user, ReminderSettings.Settings settings, FollowUp task) {
        Occurrence planned = occurrence(user, settings, Occurrence.Kind.TASK, task.id(), task.due());
        if (task.time() == null || !task.time().minusHours(1).isBefore(settings.time()) || task.time().getHour() < 1) {
            return planned;
        }
        return new Occurrence(planned.id(), planned.owner(), planned.kind(), planned.subject(),
                ZonedDateTime.of(task.due(), task.time().minusHours(1), user.timeZone()).toInstant());
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
