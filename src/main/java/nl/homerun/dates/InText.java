package nl.homerun.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    }

    /** A time of day in a text, and where it stands. */
    public record FoundTime(int start, int end, LocalTime time) {
    }

    private static final Pattern WORD = Pattern.compile("[^\\s,;()!?]+");
    /** "mid-march", "eind-mei": the part of a month, and the month, as two words. */
    private static final Pattern PART_OF = Pattern.compile("(mid|early|late|end|begin|half|medio|eind)-(\\p{L}{3,})");
    /** A Dutch weekday with its part of the day in one word: "vrijdagochtend", "dinsdagmiddag". */
    private static final Pattern DAY_WITH_PART = Pattern.compile(
            "(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)(ochtend|morgen|middag|avond|nacht)");
    /** Christmas as a time: "in de kerstvakantie", "over xmas", "met kerst". */
    private static final Pattern CHRISTMAS = Pattern.compile("(in de |met |rond |tijdens de |over |at |for |during )?(de |the )?"
            + "(kerst|kerstvakantie|kerstdagen|kerstperiode|christmas|xmas|christmas holidays|christmas break)");
    /** Easter as a time: "met pasen", "for easter", "in de paasvakantie". */
    private static final Pattern EASTER = Pattern.compile("(in de |met |rond |tijdens de |over |at |for |during |over the )?"
            + "(de |the )?(pasen|paasdagen|paasvakantie|paasweekend|easter|easter holidays|easter break|easter weekend)");
    /** A weekday after Easter: "dinsdag na pasen", "the Tuesday after Easter"; Easter Monday. */
    private static final Pattern WEEKDAY_AFTER_EASTER = Pattern.compile("(the |de )?(maandag|dinsdag|woensdag|donderdag|vrijdag|"
            + "monday|tuesday|wednesday|thursday|friday) (na|after) (pasen|easter)|(2e|tweede) paasdag|paasmaandag|easter monday");
    private static final Pattern AFTER_A_SEASON = Pattern.compile("(na|after) (de |het |the )?((?<summer>zomer|"
            + "zomervakantie|bouwvak|summer|summer holidays?|summer break)|kerst|de kerst|kerstvakantie|de feestdagen|"
            + "nieuwjaar|christmas|xmas|the holidays|new year)");
    private static final Pattern FORTNIGHT = Pattern.compile("(in )?a fortnight|over (veertien|14) dagen");
    private static final Pattern QUOTES = Pattern.compile("^[\"'“‘]+|[.:\"'”’]+$");
    private static final Pattern END_OF_MONTH = Pattern.compile(
            "(eind|einde) (van )?(de|deze) maand|end of (the |this )?month|eom");
    private static final Pattern END_OF_WEEK = Pattern.compile(
            "(eind|einde) (van )?(de|deze) week|end of (the |this )?week|eow");
    private static final Pattern END_OF_NEXT_WEEK = Pattern.compile("(eind|einde) (van )?volgende week|end of next week");
    private static final Pattern END_OF_YEAR = Pattern.compile(
            "(eind|einde) (van )?(dit|het) jaar|end of (the|this) year|eoy");
    /** The words that make a month's name the month they open: "in maart", "next January". */
    private static final Set<String> MONTH_OPENERS = Set.of("in", "begin", "half", "medio", "midden", "early", "mid",
            "late", "tijdens", "during", "next", "volgende", "komende", "coming", "from", "vanaf", "per");
    /** "the whole of August", "de hele maand juli": the month. */
    private static final Set<String> WHOLE_OF = Set.of("the whole of", "whole of", "all of", "de hele maand",
            "heel de maand");
    private static final Pattern WEEK_AFTER_NEXT = Pattern.compile("(the )?week after next");
    private static final Set<String> OPENS = Set.of("morgen", "overmorgen", "vandaag", "volgende", "komende", "aanstaande",
            "deze", "over", "in", "op", "from", "vanaf", "per", "tijdens", "during", "eind", "einde", "begin", "half",
            "medio", "midden", "tomorrow", "today", "next", "this", "coming", "on", "end", "early", "mid", "late", "the",
            "de", "week", "day", "later", "a", "eom", "eow", "na", "after", "met", "rond", "at", "for",
            "kerst", "kerstvakantie", "kerstdagen", "christmas", "xmas", "pasen", "paasdagen", "paasvakantie", "paasweekend",
            "easter");
    /** Short forms typed in a hurry, and "within" a time, read as the word they stand for. */
    private static final Map<String, String> SHORT_FORMS = Map.ofEntries(Map.entry("tmrw", "tomorrow"),
            Map.entry("tmr", "tomorrow"), Map.entry("tmrow", "tomorrow"), Map.entry("2morrow", "tomorrow"),
            Map.entry("weds", "wednesday"), Map.entry("wk", "week"), Map.entry("wks", "weeks"), Map.entry("wkn", "weken"),
            Map.entry("mnd", "maand"), Map.entry("mnden", "maanden"), Map.entry("within", "in"),
            Map.entry("binnen", "over"), Map.entry("morgne", "morgen"), Map.entry("yr", "year"), Map.entry("yrs", "years"),
            Map.entry("mrogen", "morgen"), Map.entry("tomorow", "tomorrow"), Map.entry("tommorow", "tomorrow"),
            Map.entry("tommorrow", "tomorrow"), Map.entry("q1", "januari"), Map.entry("q2", "april"),
            Map.entry("q3", "juli"), Map.entry("q4", "oktober"));
    /** Parts of today: "vanmiddag", "this afternoon". */
    private static final Pattern TODAY = Pattern.compile("vanochtend|vanmorgen|vanmiddag|vanavond|straks|"
            + "(this|later) (morning|afternoon|evening|today)|tonight|eod|cob|end of (the )?day|close of (play|business)");
    /** "22 en 23 april", "8-12 june", "3 t/m 5 mei": a span of days, planned by its first. */
    private static final Pattern DAYS = Pattern.compile(
            "(\\d{1,2})(?:-\\d{1,2}| (?:en|tot|t/m|to|and|&|-|till|until) \\d{1,2})( \\p{L}+)");
    private static final Set<String> SHORT_WEEKDAYS = Set.of("ma", "di", "wo", "do", "vr", "za", "zo", "mon", "sat", "sun",
            "wed");
    /** Short weekdays that are no everyday word, so that they count at the end of a text too ("send mon"). */
    private static final Set<String> FINAL_SHORT_WEEKDAYS = Set.of("ma", "di", "wo", "do", "vr", "mon", "wed");
    /** What follows a short weekday that is one: a time ("mon quarter to 4", "do om 9u", "ma vm"), or "terug" ("bel haar ma terug"). */
    private static final Set<String> AFTER_SHORT_WEEKDAY = Set.of("quarter", "half", "at", "kwart", "om", "morning",
            "afternoon", "ochtend", "middag", "avond", "am", "pm", "vm", "nm", "terug", "back", "first", "eerst", "latest",
            "uiterlijk", "eod");
    /** "24/7" is around the clock, not the 24th of July. */
    private static final String AROUND_THE_CLOCK = "24/7";
    private static final Pattern NEXT_YEAR = Pattern.compile("(?iu)\\s*,?\\s*(next year|volgend jaar|volgende jaar|"
            + "the year after|het jaar erop)\\b");
    /** A year typed after a month's name has four digits: "14 november 60" is someone turning sixty. */
    private static final Pattern SHORT_YEAR_AFTER_MONTH = Pattern.compile("(?u).*\\p{L}{3,}\\.? \\d{2}");
    private static final Set<String> BEFORE_SHORT_WEEKDAY = Set.of("op", "tot", "naar", "vanaf", "t/m", "on", "by", "til",
            "till", "until", "next", "this", "from", "before", "voor");
    private static final String NUMBER_WORDS = "een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|one|two|three|"
            + "four|five|six|seven|eight|nine|ten|eleven|twelve";
    /**
     * A time of day: "12:30", "10u", "2pm", "om 4 uur", "half drie" and "half 3" (Dutch: 2:30), "half ten" and "half past
     * ten" (English: 10:30), "two o'clock", "kwart over 3", "at 3" and "om 4" where no noun follows, "van 8 tot 16u" (its
     * start).
     */
    private static final Pattern CLOCK = Pattern.compile("(?iu)"
            + "\\bvan\\s+(?<from>\\d{1,2})\\s*(?:u|uur)?\\s*(?:tot|-)\\s*\\d{1,2}\\s*(?:u|uur)\\b"
            + "|\\b(?<h>\\d{1,2})[:.uh](?<m>\\d{2})\\s*(?<hs>am|pm|uur|u|h)?\\b"
            + "|\\b(?<oh>\\d{1,2})\\s*(?<ohs>am|pm|uur|u|h)(?![\\p{L}\\d])"
            + "|\\b(?<word>\\d{1,2}|" + NUMBER_WORDS + ")\\s*o['’]clock\\b"
            + "|\\bhalf\\s+(?<past>past\\s+)?(?<half>\\d{1,2}|" + NUMBER_WORDS + ")\\b"
            + "|\\b(?:kwart|quarter)\\s+(?<q>over|voor|past|to)\\s+(?<qh>\\d{1,2}|" + NUMBER_WORDS + ")\\b"
            + "|\\b(?:at|om)\\s+(?<bare>\\d{1,2})(?=\\s*$|\\s*[,.;!?)](?!\\d)|\\s+(?:on|op|in|with|met|en|and|tomorrow|morgen|today|"
            + "vandaag|bij|sharp|latest|uiterlijk|dan|then|please|pls|ok)\\b)"
            + "|\\b(?<noon>noon|middag 12 uur)\\b");
    /** The English hours: "half ten" is 10:30, where the Dutch "half tien" is 9:30. */
    private static final Set<String> ENGLISH_NUMBERS = Set.of("one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve");
    private static final Pattern ORDINAL_DAY = Pattern.compile("(?iu)^(\\d{1,2})(?:e|ste|de|st|nd|rd|th)$");
    /** A day's number after a month's name, as Americans write it: "may 12", "mar 1st". */
    private static final Pattern DAY_NUMBER = Pattern.compile("(?iu)^\\d{1,2}(?:st|nd|rd|th)?$");
    private static final Pattern DAY_OF_MONTH = Pattern.compile("(?iu)^(?:op |on )?(?:de |the )(\\d{1,2})(?:e|ste|de|st|nd|rd|th)$");

    private InText() {
    }

    /** The dates named in a text, in order; relative ones resolve from {@code today}. */
    public static List<FoundDate> dates(String text, LocalDate today) {
        List<int[]> spans = new ArrayList<>();
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String word = QUOTES.matcher(m.group()).replaceAll("");
            if (!word.isEmpty()) {
                int start = m.start() + m.group().indexOf(word);
                spans.add(new int[] {start, start + word.length()});
                String lower = word.toLowerCase(Locale.ROOT);
                Matcher dayPart = DAY_WITH_PART.matcher(lower);
                if (dayPart.matches()) {
                    lower = dayPart.group(1);
                }
                Matcher part = PART_OF.matcher(lower);
                if (part.matches()) {
                    spans.add(new int[] {start, start + word.length()});
                    words.add(part.group(1));
                    lower = part.group(2);
                }
                words.add(SHORT_FORMS.getOrDefault(lower, lower));
            }
        }
        List<FoundDate> found = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (!plausibleStart(words.get(i), words, i) || words.get(i).equals(AROUND_THE_CLOCK)) {
                continue;
            }
            for (int length = Math.min(5, words.size() - i); length >= 1; length--) {
                String window = String.join(" ", words.subList(i, i + length));
                Optional<FoundDate> date = read(window, words, i, length, today, spans);
                if (date.isPresent()) {
                    found.add(nextYearIfSaid(date.get(), text, today));
                    i += length - 1;
                    break;
                }
            }
        }
        return found;
    }

    /** "in dec next year", "maart volgend jaar": the date a year on from the coming one, when that is this year. */
    private static FoundDate nextYearIfSaid(FoundDate date, String text, LocalDate today) {
        if (!NEXT_YEAR.matcher(text.substring(date.end())).lookingAt()) {
            return date;
        }
        if (date.day() != null) {
            return date.day().getYear() == today.getYear()
                    ? new FoundDate(date.start(), date.end(), date.day().plusYears(1), null) : date;
        }
        return date.month().getYear() == today.getYear()
                ? new FoundDate(date.start(), date.end(), null, date.month().plusYears(1)) : date;
    }

    private static Optional<FoundDate> read(String window, List<String> words, int i, int length, LocalDate today,
            List<int[]> spans) {
        String first = words.get(i);
        if (length >= 3 && SHORT_YEAR_AFTER_MONTH.matcher(window).matches()
                && isMonthName(words.get(i + length - 2).replace(".", ""))) {
            return Optional.empty();
        }
        int start = spans.get(i)[0];
        int end = spans.get(i + length - 1)[1];
        Optional<YearMonth> month = month(words.subList(i, i + length), today);
        if (month.isPresent()) {
            return Optional.of(new FoundDate(start, end, null, month.get()));
        }
        Matcher afterEaster = WEEKDAY_AFTER_EASTER.matcher(window);
        if (afterEaster.matches()) {
            String weekday = afterEaster.group(2) == null ? "monday" : afterEaster.group(2);
            LocalDate day = Dates.readDay(weekday, easter(today)).orElse(easter(today).plusDays(1));
            return Optional.of(new FoundDate(start, end, day, null));
        }
        Optional<YearMonth> season = afterASeason(window, today)
                .or(() -> CHRISTMAS.matcher(window).matches() ? Optional.of(YearMonth.of(today.getYear(), 12)) : Optional.empty())
                .or(() -> EASTER.matcher(window).matches() ? Optional.of(YearMonth.from(easter(today))) : Optional.empty());
        if (season.isPresent()) {
            return Optional.of(new FoundDate(start, end, null, season.get()));
        }
        if (FORTNIGHT.matcher(window).matches()) {
            return Optional.of(new FoundDate(start, end, today.plusWeeks(2), null));
        }
        if (TODAY.matcher(window).matches()) {
            return Optional.of(new FoundDate(start, end, today, null));
        }
        Matcher days = DAYS.matcher(window);
        Optional<LocalDate> firstOfDays = days.matches() ? Dates.readDay(days.group(1) + days.group(2), today)
                : Optional.empty();
        if (firstOfDays.isPresent()) {
            return Optional.of(new FoundDate(start, end, firstOfDays.get(), null));
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
        Optional<LocalDate> day = weekdayThenDay(words.subList(i, i + length), today)
                .or(() -> Dates.readDay(window, today)).or(() -> monthFirst(window, today));
        return day.map(d -> new FoundDate(start, end, d, null));
    }

    /** "na de zomer" is September, "after christmas" January: the month after, the coming one. */
    private static Optional<YearMonth> afterASeason(String window, LocalDate today) {
        Matcher after = AFTER_A_SEASON.matcher(window);
        if (!after.matches()) {
            return Optional.empty();
        }
        int month = after.group("summer") != null ? 9 : 1;
        YearMonth coming = YearMonth.of(today.getYear(), month);
        return Optional.of(coming.isBefore(YearMonth.from(today)) ? coming.plusYears(1) : coming);
    }

    private static boolean plausibleStart(String first, List<String> words, int i) {
        if (SHORT_WEEKDAYS.contains(first)) {
            boolean before = i > 0 && BEFORE_SHORT_WEEKDAY.contains(words.get(i - 1));
            boolean last = i + 1 == words.size() && FINAL_SHORT_WEEKDAYS.contains(first);
            boolean after = i + 1 < words.size() && (Character.isDigit(words.get(i + 1).charAt(0))
                    || AFTER_SHORT_WEEKDAY.contains(words.get(i + 1)));
            return before || after || last;
        }
        if (first.equals("may") || first.equals("jan") || first.equals("mar") || first.equals("mei") && words.size() == 1) {
            return i > 0 && Character.isDigit(words.get(i - 1).charAt(0)) || !first.equals("jan") && i + 1 < words.size()
                    && DAY_NUMBER.matcher(words.get(i + 1)).matches();
        }
        return Character.isDigit(first.charAt(0)) || OPENS.contains(first) || Words.weekday(first).isPresent()
                || Words.month(first).isPresent() || TODAY.matcher(first).matches();
    }

    /** "in maart", "begin april", "vanaf januari", "early March", "next month", "deze maand", "eind dit jaar". */
    private static Optional<YearMonth> month(List<String> w, LocalDate today) {
        if (w.size() == 2 && (w.get(0).equals("volgende") || w.get(0).equals("next")) && Set.of("maand", "month").contains(w.get(1))) {
            return Optional.of(YearMonth.from(today).plusMonths(1));
        }
        if (w.size() == 2 && (w.get(0).equals("deze") || w.get(0).equals("this")) && Set.of("maand", "month").contains(w.get(1))) {
            return Optional.of(YearMonth.from(today));
        }
        if (w.size() == 2 && MONTH_OPENERS.contains(w.get(0)) && isMonthName(w.get(1))) {
            return Words.month(w.get(1)).map(month -> next(month, today));
        }
        String last = w.get(w.size() - 1);
        if (w.size() >= 3 && WHOLE_OF.contains(String.join(" ", w.subList(0, w.size() - 1))) && isMonthName(last)) {
            return Words.month(last).map(month -> next(month, today));
        }
        if (END_OF_YEAR.matcher(String.join(" ", w)).matches()) {
            return Optional.of(YearMonth.of(today.getYear(), 12));
        }
        return Optional.empty();
    }

    /** "eind maart", "end of March", "eind van de maand", "end of the month", "end of next week", "eind van de week". */
    private static Optional<LocalDate> endOf(List<String> w, LocalDate today) {
        String joined = String.join(" ", w);
        if (END_OF_MONTH.matcher(joined).matches()) {
            return Optional.of(today.with(TemporalAdjusters.lastDayOfMonth()));
        }
        if (END_OF_WEEK.matcher(joined).matches()) {
            return Optional.of(today.with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY)));
        }
        if (END_OF_NEXT_WEEK.matcher(joined).matches()) {
            return Optional.of(today.with(TemporalAdjusters.next(DayOfWeek.MONDAY)).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY)));
        }
        if (WEEK_AFTER_NEXT.matcher(joined).matches()) {
            return Optional.of(today.with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusWeeks(1));
        }
        if ((w.size() == 2 && (w.get(0).equals("eind") || w.get(0).equals("einde")) && isMonthName(w.get(1)))
                || (w.size() == 3 && w.get(0).equals("end") && w.get(1).equals("of") && isMonthName(w.get(2)))) {
            return Words.month(w.get(w.size() - 1)).map(month -> next(month, today).atEndOfMonth());
        }
        return Optional.empty();
    }

    /**
     * "tues 20th", "do 12/3", "tue 3 mar": a weekday before the date it falls on, where the date says which week is
     * meant; a bare number after a weekday is no date ("fri 3 pm").
     */
    private static Optional<LocalDate> weekdayThenDay(List<String> w, LocalDate today) {
        if (w.size() < 2 || Words.weekday(w.get(0).replace(".", "")).isEmpty() || !Character.isDigit(w.get(1).charAt(0))) {
            return Optional.empty();
        }
        String rest = String.join(" ", w.subList(1, w.size()));
        Matcher ordinal = ORDINAL_DAY.matcher(rest);
        if (ordinal.matches()) {
            return Optional.ofNullable(nextDayOfMonth(Integer.parseInt(ordinal.group(1)), today));
        }
        return Dates.readDay(rest, today);
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

    /** The times of day in a text, in order; a time without am or pm is one in working hours ("om 3 uur" is 15:00). */
    public static List<FoundTime> times(String text) {
        List<FoundTime> found = new ArrayList<>();
        Matcher m = CLOCK.matcher(text);
        while (m.find()) {
            LocalTime time = time(m, text.substring(Math.max(0, m.start() - 3), m.start()));
            if (time != null) {
                found.add(new FoundTime(m.start(), m.end(), time));
            }
        }
        return found;
    }

    /** The time matched; {@code before} is the text right before it ("at " makes "half 2" English, 2:30). */
    private static LocalTime time(Matcher m, String before) {
        if (m.group("from") != null) {
            return clock(hour(m.group("from")), 0, "u");
        }
        if (m.group("h") != null) {
            String suffix = m.group("hs") == null && m.group().contains(":") ? "u" : m.group("hs");
            return clock(hour(m.group("h")), Integer.parseInt(m.group("m")), suffix);
        }
        if (m.group("oh") != null) {
            return clock(hour(m.group("oh")), 0, m.group("ohs"));
        }
        if (m.group("word") != null) {
            return clock(hour(m.group("word")), 0, "u");
        }
        if (m.group("half") != null) {
            String said = m.group("half").toLowerCase(Locale.ROOT);
            boolean english = m.group("past") != null || ENGLISH_NUMBERS.contains(said)
                    || before.toLowerCase(Locale.ROOT).equals("at ");
            return clock(english ? hour(said) : before(hour(said)), 30, "u");
        }
        if (m.group("qh") != null) {
            boolean after = Set.of("over", "past").contains(m.group("q").toLowerCase(Locale.ROOT));
            int hour = hour(m.group("qh"));
            return clock(after ? hour : before(hour), after ? 15 : 45, "u");
        }
        if (m.group("bare") != null) {
            return clock(hour(m.group("bare")), 0, "u");
        }
        return LocalTime.NOON;
    }

    /** An hour as digits or as a word in either language. */
    private static int hour(String said) {
        if (Character.isDigit(said.charAt(0))) {
            return Integer.parseInt(said);
        }
        return Words.count(said.toLowerCase(Locale.ROOT)).orElse(-1);
    }

    /** The hour before: "half een" is 12:30. */
    private static int before(int hour) {
        return hour == 1 ? 12 : hour - 1;
    }

    private static LocalTime clock(int hour, int minute, String suffix) {
        String s = suffix == null ? "" : suffix.toLowerCase(Locale.ROOT);
        if (hour < 0) {
            return null;
        }
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

    /** The Easter a note means: this year's until a month after it ("over easter" in a note a week later), else the next. */
    private static LocalDate easter(LocalDate today) {
        LocalDate thisYear = nextEaster(LocalDate.of(today.getYear(), 1, 1));
        return today.isAfter(thisYear.plusDays(30)) ? nextEaster(today) : thisYear;
    }

    /** The next Easter Sunday from {@code today} on (the Gregorian computus of Meeus, Jones and Butcher). */
    static LocalDate nextEaster(LocalDate today) {
        for (int year = today.getYear(); ; year++) {
            int a = year % 19;
            int b = year / 100;
            int c = year % 100;
            int g = (b - (b + 8) / 25 + 1) / 3;
            int h = (19 * a + b - b / 4 - g + 15) % 30;
            int l = (32 + 2 * (b % 4) + 2 * (c / 4) - h - c % 4) % 7;
            int m = (a + 11 * h + 22 * l) / 451;
            int month = (h + l - 7 * m + 114) / 31;
            int day = (h + l - 7 * m + 114) % 31 + 1;
            LocalDate easter = LocalDate.of(year, month, day);
            if (!easter.isBefore(today)) {
                return easter;
            }
        }
    }
}
