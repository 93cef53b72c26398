package nl.homerun.accounts;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An account's revenue in a year as it is typed: "omzet 2026 240k", "revenue 2026 240k", "2026: 240.000", or just
 * "240k" (the year asked about, or this year). The amount is read by {@link Amounts}.
 *
 * @param year  the year typed; null when only an amount was
 * @param euros whole euros
 */
record RevenueEntry(Integer year, long euros) {

    /** The years revenue can be recorded for: thirty years back, through next year (a typo such as 2062 is not). */
    record Years(int first, int last) {

        static Years around(LocalDate today) {
            return new Years(today.getYear() - 30, today.getYear() + 1);
        }

        boolean contains(int year) {
            return year >= first && year <= last;
        }
    }

    /** What the text says: an entry, or why it is none. */
    sealed interface Reading {
    }

    record Read(RevenueEntry entry) implements Reading {
    }

    /** A year without an amount (or nothing at all). */
    record NoAmount(Integer year) implements Reading {
    }

    /** What should be the amount cannot be read as one; the year, if one was typed, is kept. */
    record Unreadable(String typed, Integer year) implements Reading {
    }

    record YearOutOfRange(int year, Years years) implements Reading {
    }

    private static final Pattern KEYWORD = Pattern.compile("^(?:omzet|revenue|turnover|sales)\\b\\s*[:=]?\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern YEAR_FIRST = Pattern.compile("^(\\d{4})(?:\\s*[:=]\\s*|\\s+)(.+)$");
    private static final Pattern YEAR_ONLY = Pattern.compile("^(\\d{4})\\s*[:=]?$");

    static Reading read(String text, Years years) {
        String s = KEYWORD.matcher(text == null ? "" : text.strip()).replaceFirst("").strip();
        if (s.isEmpty()) {
            return new NoAmount(null);
        }
        Matcher yearOnly = YEAR_ONLY.matcher(s);
        if (yearOnly.matches()) {
            int year = Integer.parseInt(yearOnly.group(1));
            return years.contains(year) ? new NoAmount(year) : new YearOutOfRange(year, years);
        }
        Integer year = null;
        String amount = s;
        Matcher yearFirst = YEAR_FIRST.matcher(s);
        // "1200 k" is an amount; "2026 240k" a year and an amount
        if (yearFirst.matches() && (Amounts.euros(yearFirst.group(2)).isPresent() || Amounts.euros(s).isEmpty())) {
            year = Integer.parseInt(yearFirst.group(1));
            amount = yearFirst.group(2).strip();
        }
        if (year != null && !years.contains(year)) {
            return new YearOutOfRange(year, years);
        }
        Optional<Long> euros = Amounts.euros(amount);
        return euros.isPresent() ? new Read(new RevenueEntry(year, euros.get())) : new Unreadable(amount, year);
    }

    /** This entry's year, or {@code otherwise} when none was typed. */
    int yearOr(int otherwise) {
        return year == null ? otherwise : year;
    }
}
