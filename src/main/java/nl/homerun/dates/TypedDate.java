package nl.homerun.dates;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;
import java.util.OptionalInt;

/** A date as typed: day and month, and the year when it was given. */
public record TypedDate(MonthDay day, OptionalInt year) {

    public TypedDate {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(year, "year");
        if (year.isPresent() && !day.isValidYear(year.getAsInt())) {
            throw new IllegalArgumentException(day + " is not a day in " + year.getAsInt());
        }
    }

    public boolean hasYear() {
        return year.isPresent();
    }

    /** This day in the given year; 29 February falls on 28 February in a year that is not a leap year. */
    public LocalDate on(int year) {
        return day.atYear(year);
    }
}
