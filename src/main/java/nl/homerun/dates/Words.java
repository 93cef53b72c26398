package nl.homerun.dates;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** The names of months, weekdays, small numbers and time units, in Dutch and English (lower case, no accents). */
final class Words {

    private static final Map<String, Month> MONTHS = new HashMap<>();
    private static final Map<String, DayOfWeek> WEEKDAYS = new HashMap<>();
    private static final Map<String, Integer> NUMBERS = new HashMap<>();
    private static final Map<String, ChronoUnit> UNITS = new HashMap<>();

    static {
        month(Month.JANUARY, "januari", "january", "jan");
        month(Month.FEBRUARY, "februari", "february", "feb");
        month(Month.MARCH, "maart", "march", "mrt", "mar");
        month(Month.APRIL, "april", "apr");
        month(Month.MAY, "mei", "may");
        month(Month.JUNE, "juni", "june", "jun");
        month(Month.JULY, "juli", "july", "jul");
        month(Month.AUGUST, "augustus", "august", "aug");
        month(Month.SEPTEMBER, "september", "sep", "sept");
        month(Month.OCTOBER, "oktober", "october", "okt", "oct");
        month(Month.NOVEMBER, "november", "nov");
        month(Month.DECEMBER, "december", "dec");

        weekday(DayOfWeek.MONDAY, "maandag", "ma", "monday", "mon");
        weekday(DayOfWeek.TUESDAY, "dinsdag", "di", "tuesday", "tue", "tues");
        weekday(DayOfWeek.WEDNESDAY, "woensdag", "wo", "wednesday", "wed");
        weekday(DayOfWeek.THURSDAY, "donderdag", "do", "thursday", "thu", "thur", "thurs");
        weekday(DayOfWeek.FRIDAY, "vrijdag", "vr", "friday", "fri");
        weekday(DayOfWeek.SATURDAY, "zaterdag", "za", "saturday", "sat");
        weekday(DayOfWeek.SUNDAY, "zondag", "zo", "sunday", "sun");

        String[][] numbers = {
            {"een", "a", "an", "one"}, {"twee", "two"}, {"drie", "three"}, {"vier", "four"}, {"vijf", "five"},
            {"zes", "six"}, {"zeven", "seven"}, {"acht", "eight"}, {"negen", "nine"}, {"tien", "ten"},
            {"elf", "eleven"}, {"twaalf", "twelve"}};
        for (int i = 0; i < numbers.length; i++) {
            for (String name : numbers[i]) {
                NUMBERS.put(name, i + 1);
            }
        }

        unit(ChronoUnit.DAYS, "dag", "dagen", "day", "days");
        unit(ChronoUnit.WEEKS, "week", "weken", "weeks");
        unit(ChronoUnit.MONTHS, "maand", "maanden", "month", "months");
        unit(ChronoUnit.YEARS, "jaar", "jaren", "year", "years");
    }

    private Words() {
    }

    static Optional<Month> month(String word) {
        return Optional.ofNullable(MONTHS.get(word));
    }

    static Optional<DayOfWeek> weekday(String word) {
        return Optional.ofNullable(WEEKDAYS.get(word));
    }

    /** A count of days, weeks, ...: "3", "drie", "three", "een", "a"; at least one. */
    static OptionalInt count(String word) {
        if (word.matches("\\d{1,3}")) {
            int n = Integer.parseInt(word);
            return n > 0 ? OptionalInt.of(n) : OptionalInt.empty();
        }
        Integer n = NUMBERS.get(word);
        return n == null ? OptionalInt.empty() : OptionalInt.of(n);
    }

    static Optional<ChronoUnit> unit(String word) {
        return Optional.ofNullable(UNITS.get(word));
    }

    private static void month(Month month, String... names) {
        for (String name : names) {
            MONTHS.put(name, month);
        }
    }

    private static void weekday(DayOfWeek day, String... names) {
        for (String name : names) {
            WEEKDAYS.put(name, day);
        }
    }

    private static void unit(ChronoUnit unit, String... names) {
        for (String name : names) {
            UNITS.put(name, unit);
        }
    }
}
