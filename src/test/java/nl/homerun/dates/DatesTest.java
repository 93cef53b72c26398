package nl.homerun.dates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Arrays;
import java.util.OptionalInt;

import nl.homerun.users.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DatesTest {

    /** A Monday. */
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    @Test
    void theFixedTodayIsAMonday() {
        assertThat(MONDAY.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
    }

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            12 maart              | 2027-03-12
            12 mrt                | 2027-03-12
            12 mrt.               | 2027-03-12
            12 MAART              | 2027-03-12
            '  12 maart!  '       | 2027-03-12
            (12 maart)            | 2027-03-12
            12e maart             | 2027-03-12
            12-mrt-2027           | 2027-03-12
            3 mei 1978            | 1978-05-03
            3 May 1978            | 1978-05-03
            3 mei '78             | 1978-05-03
            March 12              | 2027-03-12
            march 12th            | 2027-03-12
            Mar. 12               | 2027-03-12
            'March 12, 2027'      | 2027-03-12
            12th of March         | 2027-03-12
            the 12th of March     | 2027-03-12
            on the 12th of March  | 2027-03-12
            1st of May 2027       | 2027-05-01
            12 March              | 2027-03-12
            12 March 2030         | 2030-03-12
            1 okt                 | 2027-10-01
            1 Oct                 | 2027-10-01
            12 sept               | 2027-09-12
            5 juni                | 2027-06-05
            5 june                | 2027-06-05
            23 november           | 2026-11-23
            22 november           | 2027-11-22
            24 nov                | 2026-11-24
            31 december           | 2026-12-31
            12-03                 | 2027-03-12
            12/3                  | 2027-03-12
            12.3.                 | 2027-03-12
            12.3                  | 2027-03-12
            1-12                  | 2026-12-01
            12-3-2027             | 2027-03-12
            12.03.2027            | 2027-03-12
            12/03/27              | 2027-03-12
            12-03-70              | 1970-03-12
            12-03-69              | 2069-03-12
            1-1-00                | 2000-01-01
            31-12-99              | 1999-12-31
            12-03-1900            | 1900-03-12
            31-12-2100            | 2100-12-31
            2027-03-12            | 2027-03-12
            2027/3/12             | 2027-03-12
            op 12 maart           | 2027-03-12
            on 12 March           | 2027-03-12
            """)
    void readsCalendarDates(String text, LocalDate expected) {
        assertThat(Dates.readDay(text, MONDAY)).contains(expected);
    }

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            vandaag                   | 2026-11-23
            today                     | 2026-11-23
            morgen                    | 2026-11-24
            Morgen.                   | 2026-11-24
            tomorrow                  | 2026-11-24
            Tomorrow!                 | 2026-11-24
            overmorgen                | 2026-11-25
            day after tomorrow        | 2026-11-25
            the day after tomorrow    | 2026-11-25
            dinsdag                   | 2026-11-24
            di                        | 2026-11-24
            di.                       | 2026-11-24
            tuesday                   | 2026-11-24
            tue                       | 2026-11-24
            Tues.                     | 2026-11-24
            op dinsdag                | 2026-11-24
            on Tuesday                | 2026-11-24
            maandag                   | 2026-11-30
            monday                    | 2026-11-30
            ma                        | 2026-11-30
            zondag                    | 2026-11-29
            sun                       | 2026-11-29
            vrijdag                   | 2026-11-27
            fri                       | 2026-11-27
            aanstaande vrijdag        | 2026-11-27
            komende vrijdag           | 2026-11-27
            this Friday               | 2026-11-27
            this coming Friday        | 2026-11-27
            aanstaande maandag        | 2026-11-30
            volgende week dinsdag     | 2026-12-01
            dinsdag volgende week     | 2026-12-01
            volgende dinsdag          | 2026-12-01
            next Tuesday              | 2026-12-01
            next week Tuesday         | 2026-12-01
            Tuesday next week         | 2026-12-01
            volgende week maandag     | 2026-11-30
            next Sunday               | 2026-12-06
            volgende week             | 2026-11-30
            next week                 | 2026-11-30
            over 3 dagen              | 2026-11-26
            in 3 days                 | 2026-11-26
            over 1 dag                | 2026-11-24
            in one day                | 2026-11-24
            over een week             | 2026-11-30
            over één week             | 2026-11-30
            in a week                 | 2026-11-30
            over twee weken           | 2026-12-07
            in 2 weeks                | 2026-12-07
            in two weeks              | 2026-12-07
            over een maand            | 2026-12-23
            in a month                | 2026-12-23
            over 3 maanden            | 2027-02-23
            in 3 months               | 2027-02-23
            over een jaar             | 2027-11-23
            in a year                 | 2027-11-23
            """)
    void readsWordsRelativeToToday(String text, LocalDate expected) {
        assertThat(Dates.readDay(text, MONDAY)).contains(expected);
    }

    @ParameterizedTest(name = "[{1}] on {0} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-12-30 | 12 januari            | 2027-01-12
            2026-12-30 | January 12            | 2027-01-12
            2026-12-30 | 12-1                  | 2027-01-12
            2026-12-30 | 30 december           | 2026-12-30
            2026-12-30 | 29 december           | 2027-12-29
            2026-12-30 | 1-1                   | 2027-01-01
            2026-12-30 | vrijdag               | 2027-01-01
            2026-12-30 | woensdag              | 2027-01-06
            2026-12-30 | next week             | 2027-01-04
            2026-12-30 | volgende week         | 2027-01-04
            2026-12-30 | volgende week vrijdag | 2027-01-08
            2026-12-30 | next Wednesday        | 2027-01-06
            2026-12-30 | over twee weken       | 2027-01-13
            2026-12-30 | in a month            | 2027-01-30
            2026-12-31 | morgen                | 2027-01-01
            2026-12-31 | tomorrow              | 2027-01-01
            2026-12-31 | overmorgen            | 2027-01-02
            2026-12-31 | 31-12                 | 2026-12-31
            2026-12-31 | 31 dec                | 2026-12-31
            2026-11-29 | next Monday           | 2026-11-30
            2026-11-29 | next week             | 2026-11-30
            2027-01-31 | over een maand        | 2027-02-28
            2028-01-31 | in a month            | 2028-02-29
            """)
    void rollsOverTheYearEndAndMonthEnds(LocalDate today, String text, LocalDate expected) {
        assertThat(Dates.readDay(text, today)).contains(expected);
    }

    @ParameterizedTest(name = "[{1}] on {0} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-11-23 | 29 februari    | 2028-02-29
            2026-11-23 | 29 Feb         | 2028-02-29
            2026-11-23 | 29-2           | 2028-02-29
            2028-02-29 | 29 februari    | 2028-02-29
            2028-03-01 | 29 februari    | 2032-02-29
            2026-11-23 | 29-02-2028     | 2028-02-29
            2026-11-23 | 29 feb 2024    | 2024-02-29
            2026-11-23 | 29-2-2000      | 2000-02-29
            2026-11-23 | 2028-02-29     | 2028-02-29
            2027-02-28 | morgen         | 2027-03-01
            2028-02-28 | morgen         | 2028-02-29
            """)
    void knowsLeapYears(LocalDate today, String text, LocalDate expected) {
        assertThat(Dates.readDay(text, today)).contains(expected);
    }

    @ParameterizedTest(name = "[{0}] is not a day")
    @NullAndEmptySource
    @ValueSource(strings = {
        "   ", "?!", "31 april", "31-4", "30 februari", "30-02", "29 februari 2027", "29-2-2027", "29-02-1900",
        "2027-02-29", "32-1", "32 maart", "0-3", "0 maart", "13/13", "12-13", "2027-13-01", "12-03-1800",
        "12 maart 1899", "1-1-2101", "12-3-202", "12-3/2027", "12 3", "12", "maart", "123 maart",
        "volgende keer", "binnenkort", "asap", "soon", "gisteren", "yesterday", "volgende", "next",
        "12 maart of 13 maart", "12 maart en 13 maart", "morgen of overmorgen", "dinsdag of woensdag",
        "morgen om 10 uur", "tomorrow at 10", "12 maart 2027 2028", "over dagen", "in 3", "over 3 uur",
        "in 0 days", "over 1000 dagen", "over 100 jaar", "in maart", "deze week", "dinsdag 12 maart dinsdag",
        "woensdag 1 december", "Tuesday, December 2"})
    void rejectsWhatIsNotCertainlyADay(String text) {
        assertThat(Dates.readDay(text, MONDAY)).isEmpty();
    }

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            dinsdag 1 december       | 2026-12-01
            'Tuesday, December 1'    | 2026-12-01
            di 1-12                  | 2026-12-01
            vrijdag 12 maart 2027    | 2027-03-12
            """)
    void acceptsAWeekdayThatMatchesTheDate(String text, LocalDate expected) {
        assertThat(Dates.readDay(text, MONDAY)).contains(expected);
    }

    @ParameterizedTest(name = "[{0}] -> {1}-{2}")
    @CsvSource(delimiter = '|', textBlock = """
            29 februari        | 2 | 29
            29 feb.            | 2 | 29
            29-2               | 2 | 29
            12 maart           | 3 | 12
            12-3               | 3 | 12
            March 12th         | 3 | 12
            12th of March      | 3 | 12
            """)
    void readsBirthdaysWithoutAYear(String text, int month, int day) {
        assertThat(Dates.readBirthday(text)).contains(new TypedDate(MonthDay.of(month, day), OptionalInt.empty()));
    }

    @ParameterizedTest(name = "[{0}] -> {1}-{2}-{3}")
    @CsvSource(delimiter = '|', textBlock = """
            29-02-1984        | 1984 | 2 | 29
            29 februari 1984  | 1984 | 2 | 29
            3 mei 1978        | 1978 | 5 |  3
            3 May 1978        | 1978 | 5 |  3
            'May 3rd, 1978'   | 1978 | 5 |  3
            3 mei '78         | 1978 | 5 |  3
            12/03/78          | 1978 | 3 | 12
            1-1-05            | 2005 | 1 |  1
            1978-05-03        | 1978 | 5 |  3
            1-1-1900          | 1900 | 1 |  1
            """)
    void readsBirthdaysWithAYear(String text, int year, int month, int day) {
        assertThat(Dates.readBirthday(text)).contains(new TypedDate(MonthDay.of(month, day), OptionalInt.of(year)));
    }

    @ParameterizedTest(name = "[{0}] is not a birthday")
    @NullAndEmptySource
    @ValueSource(strings = {
        "29-02-1985", "29 februari 1985", "30 februari", "31 april", "32-1", "13/13", "12-03-1800",
        "morgen", "tomorrow", "vandaag", "today", "overmorgen", "dinsdag", "tuesday", "volgende week",
        "next week", "next Tuesday", "aanstaande vrijdag", "over 3 dagen", "in 2 weeks",
        "dinsdag 12 maart", "binnenkort", "12 maart of 13 maart", "  "})
    void rejectsWhatIsNotABirthday(String text) {
        assertThat(Dates.readBirthday(text)).isEmpty();
    }

    @Test
    void aTypedDateKnowsWhetherItHasAYear() {
        TypedDate leapDay = new TypedDate(MonthDay.of(2, 29), OptionalInt.empty());
        assertThat(leapDay.hasYear()).isFalse();
        assertThat(leapDay.on(2028)).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(leapDay.on(2027)).isEqualTo(LocalDate.of(2027, 2, 28));
        TypedDate born = new TypedDate(MonthDay.of(5, 3), OptionalInt.of(1978));
        assertThat(born.hasYear()).isTrue();
        assertThat(born.on(2027)).isEqualTo(LocalDate.of(2027, 5, 3));
    }

    @Test
    void aTypedDateWithAYearIsARealDay() {
        assertThatThrownBy(() -> new TypedDate(MonthDay.of(2, 29), OptionalInt.of(2027)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyExampleCanBeRead(Language language) {
        String examples = Dates.examples(language);
        assertThat(examples).isNotBlank();
        assertThat(examples.split(",\\s*")).hasSizeGreaterThanOrEqualTo(4).allSatisfy(example ->
                assertThat(Dates.readDay(example.replaceAll("\\(.*\\)", ""), MONDAY)).as(example).isPresent());
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyBirthdayExampleIsReadAsABirthday(Language language) {
        String examples = Dates.birthdayExamples(language);
        assertThat(examples.split(",\\s*")).hasSizeGreaterThanOrEqualTo(3).allSatisfy(example ->
                assertThat(Dates.readBirthday(example.replaceAll("\\(.*\\)", ""))).as(example).isPresent());
        assertThat(examples).doesNotContain(language == Language.NL ? "morgen" : "tomorrow");
    }

    @Test
    void examplesAreInTheUsersLanguage() {
        assertThat(Dates.examples(Language.NL)).contains("morgen", "maart");
        assertThat(Dates.examples(Language.EN)).contains("tomorrow", "March");
        assertThat(Arrays.asList(Dates.examples(Language.NL), Dates.examples(Language.EN))).doesNotHaveDuplicates();
    }
}
