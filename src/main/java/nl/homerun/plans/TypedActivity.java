package nl.homerun.plans;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.homerun.dates.Dates;

/**
 * An activity as typed, in one line or in parts: "Factuurproces afstemmen met hun administratie; doel: geen factuur
 * meer terug; vóór 1 maart" is the text, the measurable goal (after "doel:" or "goal:") and the day (the longest end
 * of the text that reads as one, as tasks are read, after "vóór", "voor", "uiterlijk", "by", "before" …). Any part
 * may be missing; then it is asked for.
 */
record TypedActivity(String text, String goal, LocalDate due) {

    /** The most words the day at the end is looked for in ("volgende week dinsdag" is three). */
    private static final int DAY_WORDS = 5;
    private static final Pattern GOAL = Pattern.compile("(?iu)(?:^|[\\s,;.—–-])(?:meetbaar doel|doel|goal|target|measurable goal)\\s*[:=]\\s*");
    /** The words before a day that are not the day: "vóór 1 maart", "by 1 March", "uiterlijk morgen". */
    private static final Pattern BEFORE_DAY = Pattern.compile(
            "(?iu)^(?:v[oó]{2}r|voor|uiterlijk|op|tegen|deadline|klaar op|by|before|on|due|until|till|no later than)\\s+");
    private static final Pattern TRAILING = Pattern.compile("(?iu)[\\s,;.:—–-]+$");
    /** What joins parts typed as one: "…; doel: …; 1 maart". */
    private static final Pattern PARTS = Pattern.compile("\\s*[;\\n|]\\s*");

    /** Reads what was typed for a new activity; text, goal and day are null when not typed. */
    static TypedActivity read(String typed, LocalDate today) {
        String rest = typed.strip();
        LocalDate due = null;
        String goal = null;
        String[] parts = PARTS.split(rest);
        if (parts.length > 1) { // "text; doel: goal; day" in any order after the text
            StringBuilder text = new StringBuilder(parts[0]);
            for (int i = 1; i < parts.length; i++) {
                String part = parts[i].strip();
                Optional<LocalDate> day = day(part, today);
                Matcher goalMarker = GOAL.matcher(" " + part);
                if (day.isPresent() && due == null) {
                    due = day.get();
                } else if (goalMarker.lookingAt() && goal == null) {
                    goal = clean(part.substring(Math.max(0, goalMarker.end() - 1)));
                } else if (goal == null && i == 1 && !part.isEmpty()) {
                    goal = clean(part); // "text; goal; day": the second part is the goal
                } else {
                    text.append("; ").append(part);
                }
            }
            rest = text.toString();
        }
        if (due == null) {
            String[] words = rest.isEmpty() ? new String[0] : rest.split("\\s+");
            for (int tail = Math.min(DAY_WORDS, words.length - 1); tail >= 1; tail--) {
                String end = String.join(" ", Arrays.copyOfRange(words, words.length - tail, words.length));
                Optional<LocalDate> day = day(end, today);
                if (day.isPresent()) {
                    due = day.get();
                    rest = String.join(" ", Arrays.copyOfRange(words, 0, words.length - tail));
                    rest = stripBeforeDay(rest);
                    break;
                }
            }
        }
        if (goal == null) {
            Matcher marker = GOAL.matcher(rest);
            if (marker.find()) {
                goal = clean(rest.substring(marker.end()));
                rest = rest.substring(0, marker.start());
            }
        }
        String text = clean(rest);
        return new TypedActivity(text.isEmpty() ? null : text, goal == null || goal.isEmpty() ? null : goal, due);
    }

    /** A day typed on its own ("1 maart", "vóór 1 maart", "next Tuesday"), as the rest of Homerun reads days. */
    static Optional<LocalDate> day(String typed, LocalDate today) {
        String text = TRAILING.matcher(typed.strip()).replaceAll("");
        text = BEFORE_DAY.matcher(text).replaceFirst("");
        return text.isEmpty() ? Optional.empty() : Dates.readDay(text, today);
    }

    /** "…, vóór" left after the day was taken off. */
    private static String stripBeforeDay(String text) {
        String stripped = TRAILING.matcher(text).replaceAll("");
        return stripped.replaceFirst("(?iu)[\\s,]+(?:v[oó]{2}r|voor|uiterlijk|op|tegen|deadline|by|before|on|due|until|till)$", "");
    }

    private static String clean(String text) {
        return TRAILING.matcher(text.strip()).replaceAll("").strip();
    }
}
