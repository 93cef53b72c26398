package nl.homerun.dates;

import static java.time.temporal.TemporalAdjusters.next;
import static java.time.temporal.TemporalAdjusters.nextOrSame;
import static java.time.temporal.TemporalAdjusters.previousOrSame;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjuster;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The forms a date takes in a chat. A form must cover the whole text: a word that is not part of the date
 * ("12 maart of 13 maart", "morgen om 10 uur") leaves no reading rather than a guess.
 */
final class Rules {

    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2100;

    /** 12-3, 12/03, 12.3, 12-3-2027, 12/03/27: day first, one kind of separator. */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})([-/.])(\\d{1,2})(?:\\2(\\d{2}|\\d{4}))?");
    /** 2027-03-12 (ISO), and the same with / or . */
    private static final Pattern YEAR_MONTH_DAY = Pattern.compile("(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})");
    /** 12, 12th, 1st, 12e, 1ste, 2de. */
    private static final Pattern DAY = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th|e|ste|de)?");
    private static final Pattern YEAR = Pattern.compile("\\d{2}|\\d{4}");

    /** Words that may open a date without changing it: "op dinsdag", "on the 12th of March". */
    private static final Set<String> OPENERS = Set.of("op", "on", "the");
    private static final Set<String> THIS = Set.of("aanstaande", "komende", "deze", "this", "coming");
    private static final Set<String> NEXT = Set.of("volgende", "next");
    private static final Set<String> IN = Set.of("over", "in");

    private Rules() {
    }

    static Optional<Reading> read(String text) {
        List<String> words = withoutOpeners(Tokens.of(text));
        return fromToday(words).map(Reading.class::cast).or(() -> onCalendar(words));
    }

    private static List<String> withoutOpeners(List<String> words) {
        int start = 0;
        while (start < words.size() - 1 && OPENERS.contains(words.get(start))) {
            start++;
        }
        return words.subList(start, words.size());
    }

    static boolean inRange(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    private static Optional<Reading.FromToday> fromToday(List<String> w) {
        TemporalAdjuster step = switch (w.size()) {
            case 1 -> oneWord(w.get(0));
            case 2 -> twoWords(w.get(0), w.get(1));
            case 3 -> threeWords(w.get(0), w.get(1), w.get(2));
            default -> null;
        };
        return Optional.ofNullable(step).map(Reading.FromToday::new);
    }

    private static TemporalAdjuster oneWord(String word) {
        return switch (word) {
            case "vandaag", "today" -> date -> date;
            case "morgen", "tomorrow" -> date -> date.plus(1, ChronoUnit.DAYS);
            case "overmorgen" -> date -> date.plus(2, ChronoUnit.DAYS);
            default -> Words.weekday(word).map(day -> next(day)).orElse(null);
        };
    }

    private static TemporalAdjuster twoWords(String first, String second) {
        if (NEXT.contains(first) && second.equals("week")) {
            return inNextWeek(DayOfWeek.MONDAY);
        }
        Optional<DayOfWeek> day = Words.weekday(second);
        if (day.isEmpty()) {
            return null;
        }
        if (THIS.contains(first)) {
            return next(day.get());
        }
        return NEXT.contains(first) ? inNextWeek(day.get()) : null;
    }

    private static TemporalAdjuster threeWords(String first, String second, String third) {
        if (first.equals("day") && second.equals("after") && third.equals("tomorrow")) {
            return date -> date.plus(2, ChronoUnit.DAYS);
        }
        if (first.equals("this") && second.equals("coming")) {
            return Words.weekday(third).map(day -> next(day)).orElse(null);
        }
        if (NEXT.contains(first) && second.equals("week")) {
            return Words.weekday(third).map(Rules::inNextWeek).orElse(null);
        }
        if (NEXT.contains(second) && third.equals("week")) {
            return Words.weekday(first).map(Rules::inNextWeek).orElse(null);
        }
        if (IN.contains(first)) {
            OptionalInt count = Words.count(second);
            Optional<ChronoUnit> unit = Words.unit(third);
            if (count.isPresent() && unit.isPresent()) {
                return date -> date.plus(count.getAsInt(), unit.get());
            }
        }
        return null;
    }

    /** The given weekday in the week after this one (weeks start on Monday). */
    private static TemporalAdjuster inNextWeek(DayOfWeek day) {
        return date -> date.with(previousOrSame(DayOfWeek.MONDAY)).plus(1, ChronoUnit.WEEKS).with(nextOrSame(day));
    }

    private static Optional<Reading> onCalendar(List<String> w) {
        Optional<Reading> plain = typed(w).map(date -> new Reading.OnCalendar(date, Optional.empty()));
        if (plain.isPresent() || w.size() < 2) {
            return plain;
        }
        Optional<DayOfWeek> weekday = Words.weekday(w.get(0));
        if (weekday.isEmpty()) {
            return Optional.empty();
        }
        return typed(w.subList(1, w.size())).map(date -> new Reading.OnCalendar(date, weekday));
    }

    private static Optional<TypedDate> typed(List<String> w) {
        return switch (w.size()) {
            case 1 -> numeric(w.get(0));
            case 2 -> named(w.get(0), w.get(1), null).or(() -> named(w.get(1), w.get(0), null));
            case 3 -> w.get(1).equals("of")
                    ? named(w.get(0), w.get(2), null)
                    : named(w.get(0), w.get(1), w.get(2)).or(() -> named(w.get(1), w.get(0), w.get(2)));
            case 4 -> w.get(1).equals("of") ? named(w.get(0), w.get(2), w.get(3)) : Optional.empty();
            default -> Optional.empty();
        };
    }

    private static Optional<TypedDate> numeric(String word) {
        Matcher iso = YEAR_MONTH_DAY.matcher(word);
        if (iso.matches()) {
            return date(iso.group(4), iso.group(3), iso.group(1));
        }
        Matcher european = DAY_MONTH_YEAR.matcher(word);
        if (european.matches()) {
            return date(european.group(1), european.group(3), european.group(4));
        }
        return Optional.empty();
    }

    /** "12" or "12th" and "maart" or "Mar", with a year when typed. */
    private static Optional<TypedDate> named(String day, String month, String year) {
        Matcher dayMatch = DAY.matcher(day);
        if (!dayMatch.matches()) {
            return Optional.empty();
        }
        return Words.month(month).flatMap(m -> date(dayMatch.group(1), String.valueOf(m.getValue()), year));
    }

    private static Optional<TypedDate> date(String day, String month, String year) {
        OptionalInt typedYear = OptionalInt.empty();
        if (year != null) {
            typedYear = year(year);
            if (typedYear.isEmpty()) {
                return Optional.empty();
            }
        }
        try {
            MonthDay monthDay = MonthDay.of(Integer.parseInt(month), Integer.parseInt(day));
            if (typedYear.isPresent() && !monthDay.isValidYear(typedYear.getAsInt())) {
                return Optional.empty();
            }
            return Optional.of(new TypedDate(monthDay, typedYear));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** A four-digit year, or two digits: 00–69 are 20xx, 70–99 are 19xx. */
    private static OptionalInt year(String digits) {
        if (!YEAR.matcher(digits).matches()) {
            return OptionalInt.empty();
        }
        int year = Integer.parseInt(digits);
        if (digits.length() == 2) {
            year += year < 70 ? 2000 : 1900;
        }
        return inRange(year) ? OptionalInt.of(year) : OptionalInt.empty();
    }
}
