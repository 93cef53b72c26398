package nl.homerun.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the days, months and times named inside a sentence ("ik stuur vrijdag de offerte", "demo in maart",
 * "bel hem maandag om 12:30", "quote by thurs", "end of the month"), where {@link Dates#readDay} reads a text that is
 * a date and nothing else. Words that are dates only sometimes ("do", "sat", "may", "jan") count only where the
 * words around them make them one.
 */
public final class InText {

    /** A date in a text: a day, or (for "in maart") only a month; where it stands. */
    public record FoundDate(int start, int end, LocalDate day, YearMonth month) {

        /** The day, or for a month the month's first day: what to sort and plan by. */
        public LocalDate planned() {
            return day != null ? day : month.atDay(1);
        }
    }

    /** A time of day in a text, and where it stands. */
    public record FoundTime(int start, int end, LocalTime time) {
    }

    private static final Pattern WORD = Pattern.compile("[^\\s,;()!?]+");
    private static final Set<String> OPENS = Set.of("morgen", "overmorgen", "vandaag", "volgende", "komende", "aanstaande",
            "deze", "over", "in", "op", "eind", "einde", "begin", "half", "medio", "midden", "tomorrow", "today", "next",
            "this", "coming", "on", "end", "early", "mid", "late", "the", "de", "week");
    private static final Set<String> SHORT_WEEKDAYS = Set.of("ma", "di", "wo", "do", "vr", "za", "zo", "mon", "sat", "sun",
            "wed");
    private static final Set<String> BEFORE_SHORT_WEEKDAY = Set.of("op", "tot", "naar", "vanaf", "t/m", "on", "by", "til",
            "till", "until", "next", "this", "from", "before", "voor");
    private static final Pattern CLOCK = Pattern.compile(
            "(?iu)\\b(\\d{1,2})[:.](\\d{2})\\s*(am|pm|uur|u|h)?\\b|\\b(\\d{1,2})\\s*(am|pm|uur|u|h)\\b|\\bhalf\\s+(\\d{1,2})\\b"
                    + "|\\b(noon|middag 12 uur)\\b");
    private static final Pattern DAY_OF_MONTH = Pattern.compile("(?iu)^(?:op |on )?(?:de |the )(\\d{1,2})(?:e|ste|de|st|nd|rd|th)$");

    private InText() {
    }

    /** The dates named in a text, in order; relative ones resolve from {@code today}. */
    public static List<FoundDate> dates(String text, LocalDate today) {
        List<int[]> spans = new ArrayList<>();
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String word = m.group().replaceAll("^[\"'“‘]+|[.:\"'”’]+$", "");
            if (!word.isEmpty()) {
                int start = m.start() + m.group().indexOf(word);
                spans.add(new int[] {start, start + word.length()});
                words.add(word.toLowerCase(java.util.Locale.ROOT));
            }
        }
        List<FoundDate> found = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            for (int length = Math.min(5, words.size() - i); length >= 1; length--) {
                String window = text.substring(spans.get(i)[0], spans.get(i + length - 1)[1]);
                Optional<FoundDate> date = read(window, words, i, length, today, spans);
                if (date.isPresent()) {
                    found.add(date.get());
                    i += length - 1;
                    break;
                }
            }
        }
        return found;
    }

    private static Optional<FoundDate> read(String window, List<String> words, int i, int length, LocalDate today,
            List<int[]> spans) {
        String first = words.get(i);
        int start = spans.get(i)[0];
        int end = spans.get(i + length - 1)[1];
        if (!plausibleStart(first, words, i)) {
            return Optional.empty();
        }
        Optional<YearMonth> month = month(words.subList(i, i + length), today);
        if (month.isPresent()) {
            return Optional.of(new FoundDate(start, end, null, month.get()));
        }
        Optional<LocalDate> endOf = endOf(words.subList(i, i + length), today);
        if (endOf.isPresent()) {
            return Optional.of(new FoundDate(start, end, endOf.get(), null));
        }
        Matcher dayOfMonth = DAY_OF_MONTH.matcher(window);
        if (dayOfMonth.matches()) {
            int day = Integer.parseInt(dayOfMonth.group(1));
            LocalDate date = nextDayOfMonth(day, today);
            return date == null ? Optional.empty() : Optional.of(new FoundDate(start, end, date, null));
        }
        if (length == 1 && isMonthName(first)) {
            return Optional.empty();
        }
        Optional<LocalDate> day = Dates.readDay(window, today).or(() -> monthFirst(window, today));
        return day.map(d -> new FoundDate(start, end, d, null));
    }

    private static boolean plausibleStart(String first, List<String> words, int i) {
        if (SHORT_WEEKDAYS.contains(first)) {
            boolean before = i > 0 && BEFORE_SHORT_WEEKDAY.contains(words.get(i - 1));
            boolean after = i + 1 < words.size() && Character.isDigit(words.get(i + 1).charAt(0));
            return before || after;
        }
        if (first.equals("may") || first.equals("jan") || first.equals("mar") || first.equals("mei") && words.size() == 1) {
            return i > 0 && Character.isDigit(words.get(i - 1).charAt(0));
        }
        return Character.isDigit(first.charAt(0)) || OPENS.contains(first) || Words.weekday(first).isPresent()
                || Words.month(first).isPresent();
    }

    /** "in maart", "begin april", "half augustus", "early March", "next month", "volgende maand". */
    private static Optional<YearMonth> month(List<String> w, LocalDate today) {
        if (w.size() == 2 && (w.get(0).equals("volgende") || w.get(0).equals("next")) && Set.of("maand", "month").contains(w.get(1))) {
            return Optional.of(YearMonth.from(today).plusMonths(1));
        }
        if (w.size() == 2 && Set.of("in", "begin", "half", "medio", "midden", "early", "mid", "late", "tijdens", "during")
                .contains(w.get(0)) && isMonthName(w.get(1))) {
            return Words.month(w.get(1)).map(month -> next(month, today));
        }
        return Optional.empty();
    }

    /** "eind maart", "end of March", "eind van de maand", "end of the month", "end of next week", "eind van de week". */
    private static Optional<LocalDate> endOf(List<String> w, LocalDate today) {
        String joined = String.join(" ", w);
        if (joined.matches("(eind|einde) (van )?(de|deze) maand|end of (the|this) month")) {
            return Optional.of(today.with(TemporalAdjusters.lastDayOfMonth()));
        }
        if (joined.matches("(eind|einde) (van )?(de|deze) week|end of (the|this) week")) {
            return Optional.of(today.with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY)));
        }
        if (joined.matches("(eind|einde) (van )?volgende week|end of next week")) {
            return Optional.of(today.with(TemporalAdjusters.next(DayOfWeek.MONDAY)).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY)));
        }
        if ((w.size() == 2 && (w.get(0).equals("eind") || w.get(0).equals("einde")) && isMonthName(w.get(1)))
                || (w.size() == 3 && w.get(0).equals("end") && w.get(1).equals("of") && isMonthName(w.get(2)))) {
            return Words.month(w.get(w.size() - 1)).map(month -> next(month, today).atEndOfMonth());
        }
        return Optional.empty();
    }

    /** "4/30": month first, as Americans write it, when day first cannot be a date. */
    private static Optional<LocalDate> monthFirst(String window, LocalDate today) {
        Matcher m = Pattern.compile("(\\d{1,2})/(\\d{1,2})").matcher(window);
        if (m.matches() && Integer.parseInt(m.group(2)) > 12) {
            return Dates.readDay(m.group(2) + "/" + m.group(1), today);
        }
        return Optional.empty();
    }

    private static boolean isMonthName(String word) {
        return Words.month(word).isPresent() && word.length() >= 3;
    }

    private static YearMonth next(Month month, LocalDate today) {
        YearMonth candidate = YearMonth.of(today.getYear(), month);
        return candidate.isBefore(YearMonth.from(today)) ? candidate.plusYears(1) : candidate;
    }

    private static LocalDate nextDayOfMonth(int day, LocalDate today) {
        if (day < 1 || day > 31) {
            return null;
        }
        for (YearMonth month = YearMonth.from(today); ; month = month.plusMonths(1)) {
            if (day <= month.lengthOfMonth() && !month.atDay(day).isBefore(today)) {
                return month.atDay(day);
            }
        }
    }

    /** The times of day in a text: "12:30", "om 10 uur", "9u", "2pm", "half 3" (14:30 in working hours). */
    public static List<FoundTime> times(String text) {
        List<FoundTime> found = new ArrayList<>();
        Matcher m = CLOCK.matcher(text);
        while (m.find()) {
            LocalTime time = null;
            if (m.group(1) != null) {
                time = clock(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m.group(3));
            } else if (m.group(4) != null) {
                time = clock(Integer.parseInt(m.group(4)), 0, m.group(5));
            } else if (m.group(6) != null) {
                int hour = Integer.parseInt(m.group(6)) - 1;
                time = clock(hour < 7 ? hour + 12 : hour, 30, null);
            } else if (m.group(7) != null) {
                time = LocalTime.NOON;
            }
            if (time != null) {
                found.add(new FoundTime(m.start(), m.end(), time));
            }
        }
        return found;
    }

    private static LocalTime clock(int hour, int minute, String suffix) {
        String s = suffix == null ? "" : suffix.toLowerCase(java.util.Locale.ROOT);
        if (s.equals("pm") && hour < 12) {
            hour += 12;
        } else if (s.equals("am") && hour == 12) {
            hour = 0;
        } else if (s.isEmpty() && minute == 0) {
            return null; // a bare number is not a time
        } else if (!s.equals("am") && hour >= 1 && hour <= 6) {
            hour += 12; // "om 3 uur": in the afternoon, in working hours
        }
        return hour <= 23 && minute <= 59 ? LocalTime.of(hour, minute) : null;
    }
}
