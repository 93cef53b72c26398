package nl.homerun.dates;

import java.time.DayOfWeek;
import java.time.temporal.TemporalAdjuster;
import java.util.Optional;

/** What a text says about a date, before it meets a calendar. */
sealed interface Reading {

    /** A day and month (and year) as typed, and the weekday typed with it ("dinsdag 1 december"), if any. */
    record OnCalendar(TypedDate date, Optional<DayOfWeek> weekday) implements Reading {
    }

    /** A day found from today: "morgen", "next Tuesday", "over 3 dagen". */
    record FromToday(TemporalAdjuster step) implements Reading {
    }
}
