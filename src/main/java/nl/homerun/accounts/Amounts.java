package nl.homerun.accounts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Amounts in euros as account managers type them, in Dutch and English: "240k", "240.000", "240,000", "1,2 mln",
 * "€1.2m", "1.2m", "240000", "€ 240.000,-", "2,5 miljoen". Whole euros come out (cents are rounded).
 *
 * <p>A separator is read the way its digits say. Several of one kind, or one with exactly three digits after it and
 * no unit ("240.000", "240,000"), group thousands; one with one or two digits after it ("1,5", "240000,50") is the
 * decimal comma or point; with both kinds the last one is the decimal ("1.234.567,89", "1,234,567.89"). After a unit
 * ("k", "mln", "m") a single separator is always the decimal: "1,2 mln" and "1.250k" are 1,200,000 and 1,250.
 */
final class Amounts {

    /** The most an account's revenue in a year can be here: a thousand billion. */
    static final long MOST = 1_000_000_000_000L;

    private static final Map<String, Long> UNITS = Map.ofEntries(
            Map.entry("k", 1_000L), Map.entry("dzd", 1_000L), Map.entry("duizend", 1_000L),
            Map.entry("thousand", 1_000L),
            Map.entry("m", 1_000_000L), Map.entry("mln", 1_000_000L), Map.entry("mio", 1_000_000L),
            Map.entry("miljoen", 1_000_000L), Map.entry("million", 1_000_000L), Map.entry("mil", 1_000_000L),
            Map.entry("mm", 1_000_000L),
            Map.entry("mld", 1_000_000_000L), Map.entry("miljard", 1_000_000_000L), Map.entry("bn", 1_000_000_000L),
            Map.entry("billion", 1_000_000_000L));

    /** The number and an optional unit, once the euro sign or word and a trailing ",-" are off. */
    private static final Pattern AMOUNT = Pattern.compile("(\\d[\\d.,]*)\\s*([a-z]{1,8})?\\.?", Pattern.CASE_INSENSITIVE);
    private static final Pattern CURRENCY_BEFORE = Pattern.compile("^(?:€|euro|eur)\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern CURRENCY_AFTER = Pattern.compile("\\s*(?:€|euros?|eur|,-+|\\.-+)$", Pattern.CASE_INSENSITIVE);

    private Amounts() {
    }

    /** The whole euros the text says; empty when it is no amount (or a negative one, or more than {@link #MOST}). */
    static Optional<Long> euros(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String bare = CURRENCY_BEFORE.matcher(typed.strip()).replaceFirst("");
        for (String before = ""; !bare.equals(before); ) { // "240.000,- euro"
            before = bare;
            bare = CURRENCY_AFTER.matcher(bare).replaceFirst("");
        }
        Matcher m = AMOUNT.matcher(bare);
        if (!m.matches()) {
            return Optional.empty();
        }
        Long unit = m.group(2) == null ? Long.valueOf(1L) : UNITS.get(m.group(2).toLowerCase(Locale.ROOT));
        if (unit == null) {
            return Optional.empty();
        }
        Optional<BigDecimal> number = number(m.group(1), m.group(2) != null);
        return number.map(n -> n.multiply(BigDecimal.valueOf(unit)).setScale(0, RoundingMode.HALF_UP))
                .filter(n -> n.compareTo(BigDecimal.valueOf(MOST)) <= 0).map(BigDecimal::longValueExact);
    }

    /** The number written with thousands grouped and a decimal comma or point, as the rules above read it. */
    static Optional<BigDecimal> number(String written, boolean withUnit) {
        if (written.endsWith(".") || written.endsWith(",")) {
            written = written.substring(0, written.length() - 1);
        }
        int dots = count(written, '.');
        int commas = count(written, ',');
        String grouping;
        String decimal;
        if (dots > 0 && commas > 0) {
            decimal = written.lastIndexOf('.') > written.lastIndexOf(',') ? "." : ",";
            grouping = decimal.equals(".") ? "," : ".";
            if (count(written, decimal.charAt(0)) > 1) {
                return Optional.empty();
            }
        } else if (dots + commas == 0) {
            return parse(written);
        } else {
            String separator = dots > 0 ? "." : ",";
            int digitsAfter = written.length() - written.lastIndexOf(separator) - 1;
            boolean groups = dots + commas > 1 || !withUnit && digitsAfter == 3;
            grouping = groups ? separator : "";
            decimal = groups ? "" : separator;
        }
        String whole = decimal.isEmpty() ? written : written.substring(0, written.lastIndexOf(decimal));
        String fraction = decimal.isEmpty() ? "" : written.substring(written.lastIndexOf(decimal) + 1);
        if (!grouping.isEmpty() && !groupedByThousands(whole, grouping)) {
            return Optional.empty();
        }
        if (!decimal.isEmpty() && (fraction.isEmpty() || !fraction.chars().allMatch(Character::isDigit))) {
            return Optional.empty();
        }
        String plain = (grouping.isEmpty() ? whole : whole.replace(grouping, "")) + (fraction.isEmpty() ? "" : "." + fraction);
        return parse(plain);
    }

    /** "240.000" and "1.234.567" are; "24.00.0" and "2400.000" are not. */
    private static boolean groupedByThousands(String whole, String grouping) {
        String[] groups = whole.split(Pattern.quote(grouping), -1);
        if (groups[0].isEmpty() || groups[0].length() > 3) {
            return false;
        }
        for (int i = 1; i < groups.length; i++) {
            if (groups[i].length() != 3) {
                return false;
            }
        }
        return true;
    }

    private static Optional<BigDecimal> parse(String plain) {
        if (!plain.matches("\\d+(\\.\\d+)?")) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(plain));
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(ch -> ch == c).count();
    }
}
