package nl.homerun.dates;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;
import java.util.Optional;

import nl.homerun.users.Language;

/**
 * Reads dates as people type them in a chat, in Dutch or English whatever the user's language: "12 maart",
 * "March 12", "12-3", "2027-03-12", "morgen", "next Tuesday", "over 2 weken". Numeric dates are day first.
 * What cannot be read for certain is not read: no reading is better than a wrong date.
 */
public final class Dates {

    private Dates() {
    }

    /**
     * A calendar date for planning (a due date, a follow-up): relative words resolve against today; a day and month
     * without a year means the next such day from today (today itself counts); null/blank/unreadable -> empty.
     * A weekday typed with a date ("dinsdag 1 december") must fall on that date.
     */
    public static Optional<LocalDate> readDay(String text, LocalDate today) {
        Objects.requireNonNull(today, "today");
        return Rules.read(text).flatMap(reading -> resolve(reading, today)).filter(date -> Rules.inRange(date.getYear()));
    }

    /**
     * A date for remembering (a birthday): day and month, year only when typed; relative words are not birthdays
     * -> empty. 29 February without a year is allowed.
     */
    public static Optional<TypedDate> readBirthday(String text) {
        return Rules.read(text)
                .filter(Reading.OnCalendar.class::isInstance)
                .map(Reading.OnCalendar.class::cast)
                .filter(typed -> typed.weekday().isEmpty())
                .map(Reading.OnCalendar::date);
    }

    /**
     * Examples of a day to plan for ({@link #readDay}), in the user's language: each one is read by it (tested), so a
     * prompt never suggests what it then refuses.
     */
    public static String examples(Language language) {
        return language == Language.NL
                ? "12 maart, 3-5, morgen, volgende week dinsdag, over 2 weken"
                : "12 March, 3-5 (3 May), tomorrow, next Tuesday, in 2 weeks";
    }

    /**
     * Examples of a birthday ({@link #readBirthday}): a day and month, with or without the year; no "morgen", which is
     * no birthday. Each one is read by it (tested).
     */
    public static String birthdayExamples(Language language) {
        return language == Language.NL
                ? "12 maart, 3 mei 1978, 12-3"
                : "12 March, 3 May 1978, 12-3 (12 March)";
    }

    private static Optional<LocalDate> resolve(Reading reading, LocalDate today) {
        if (reading instanceof Reading.FromToday fromToday) {
            return Optional.of(today.with(fromToday.step()));
        }
        Reading.OnCalendar typed = (Reading.OnCalendar) reading;
        TypedDate date = typed.date();
        LocalDate day = date.hasYear() ? date.on(date.year().getAsInt()) : nextFrom(date.day(), today);
        return Optional.of(day).filter(d -> typed.weekday().map(w -> w == d.getDayOfWeek()).orElse(true));
    }

    /** The first such day from today on; for 29 February that can be years ahead. */
    private static LocalDate nextFrom(MonthDay day, LocalDate today) {
        int year = today.getYear();
        while (!day.isValidYear(year) || day.atYear(year).isBefore(today)) {
            year++;
        }
        return day.atYear(year);
    }
}
