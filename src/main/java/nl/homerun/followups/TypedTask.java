package nl.homerun.followups;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import nl.homerun.dates.Dates;
import nl.homerun.dates.InText;

/**
 * A task as typed: "Bel Jansen volgende week dinsdag om 14:00" is the text "Bel Jansen", the day and the time. The
 * longest end of the text that reads as a day is the day; a time anywhere is the time. Either may be missing.
 */
record TypedTask(String text, LocalDate due, LocalTime time) {

    static TypedTask read(String typed, LocalDate today) {
        String rest = typed.strip();
        LocalTime time = null;
        List<InText.FoundTime> times = InText.times(rest);
        if (!times.isEmpty()) {
            InText.FoundTime found = times.get(times.size() - 1);
            time = found.time();
            rest = (rest.substring(0, found.start()) + rest.substring(found.end())).replaceAll("\\s+(om|at|@)\\s*$", "")
                    .replaceAll("\\s{2,}", " ").strip();
        }
        String[] words = rest.isEmpty() ? new String[0] : rest.split("\\s+");
        for (int tail = Math.min(5, words.length); tail >= 1; tail--) {
            String date = String.join(" ", Arrays.copyOfRange(words, words.length - tail, words.length));
            Optional<LocalDate> due = Dates.readDay(date.replaceFirst("^(op|on|by|voor|uiterlijk)\\s+", ""), today);
            if (due.isPresent()) {
                String text = String.join(" ", Arrays.copyOfRange(words, 0, words.length - tail))
                        .replaceFirst("\\s+(op|on|by|voor|uiterlijk)$", "").strip();
                return new TypedTask(text, due.get(), time);
            }
        }
        return new TypedTask(rest, null, time);
    }
}
