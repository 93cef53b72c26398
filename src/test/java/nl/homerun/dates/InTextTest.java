package nl.homerun.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class InTextTest {

    /** A Tuesday. */
    private static final LocalDate TUESDAY = LocalDate.of(2026, 3, 3);

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ik bel vanmiddag nog                 | 2026-03-03
            sending it this afternoon            | 2026-03-03
            final check day after tmrw           | 2026-03-05
            quote in 3 wks                       | 2026-03-24
            visit the week after next            | 2026-03-16
            pasdagen 14 en 15 april              | 2026-04-14
            he's away 8-12 june                  | 2026-06-08
            ready by the end of next week        | 2026-03-13
            offerte eind van de maand            | 2026-03-31
            send it by weds                      | 2026-03-04
            vrijdagochtend terugbellen           | 2026-03-06
            morgne nog een keer proberen         | 2026-03-04
            bel hem dinsdagmiddag                | 2026-03-10
            bel haar ma vm terug                 | 2026-03-09
            bel haar ma terug                    | 2026-03-09
            chase him wed latest                 | 2026-03-04
            """)
    void daysInRunningText(String text, LocalDate day) {
        assertThat(InText.dates(text, TUESDAY)).last().satisfies(d -> assertThat(d.day()).isEqualTo(day));
    }

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            hes off to lanzarote for easter       | 2026-04
            ze gaan met pasen naar de ardennen    | 2026-04
            in de paasvakantie verbouwen ze       | 2026-04
            """)
    void easterIsItsMonth(String text, YearMonth month) {
        assertThat(InText.dates(text, TUESDAY)).singleElement().satisfies(d -> assertThat(d.month()).isEqualTo(month));
    }

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            dinsdag na pasen bel ik hem                     | 2026-04-07
            I'll send it the Tuesday after Easter           | 2026-04-07
            op 2e paasdag is de winkel dicht                | 2026-04-06
            """)
    void aWeekdayAfterEasterIsThatDay(String text, LocalDate day) {
        assertThat(InText.dates(text, TUESDAY)).singleElement().satisfies(d -> assertThat(d.day()).isEqualTo(day));
    }

    @org.junit.jupiter.api.Test
    void easterJustPastIsThatEaster() {
        assertThat(InText.dates("his dad passed away over easter", LocalDate.of(2026, 4, 20))).singleElement()
                .satisfies(d -> assertThat(d.month()).isEqualTo(YearMonth.of(2026, 4)));
    }

    @org.junit.jupiter.api.Test
    void easterIsTheNextEasterSunday() {
        assertThat(InText.nextEaster(LocalDate.of(2026, 3, 3))).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(InText.nextEaster(LocalDate.of(2028, 3, 13))).isEqualTo(LocalDate.of(2028, 4, 16));
        assertThat(InText.nextEaster(LocalDate.of(2026, 4, 6))).isEqualTo(LocalDate.of(2027, 3, 28));
    }

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            review moved to thurs 19th 2pm       | 2026-03-19
            demo tue 17 mar                      | 2026-03-17
            call fri 3 pm                        | 2026-03-06
            """)
    void aWeekdayBeforeItsDateIsThatDate(String text, LocalDate day) {
        assertThat(InText.dates(text, TUESDAY)).first().satisfies(d -> assertThat(d.day()).isEqualTo(day));
    }

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            site visit may 12                    | 2026-05-12
            samples by mar 20th                  | 2026-03-20
            """)
    void aShortMonthBeforeItsDay(String text, LocalDate day) {
        assertThat(InText.dates(text, TUESDAY)).singleElement().satisfies(d -> assertThat(d.day()).isEqualTo(day));
    }

    @ParameterizedTest(name = "[{0}] has no date")
    @ValueSource(strings = {"jan 3 keer gebeld", "they may 2x the order"})
    void aShortMonthThatIsNoDate(String text) {
        assertThat(InText.dates(text, TUESDAY)).isEmpty();
    }

    @ParameterizedTest(name = "[{0}] -> month")
    @ValueSource(strings = {"demo in mei", "review in sept"})
    void aMonthAlone(String text) {
        assertThat(InText.dates(text, TUESDAY)).singleElement()
                .satisfies(d -> assertThat(d.month()).isIn(YearMonth.of(2026, 5), YearMonth.of(2026, 9)));
    }

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ik bel na de zomer                   | 2026-09
            after christmas                      | 2027-01
            check in again in Q4                 | 2026-10
            retires in dec next year             | 2027-12
            stopt in juni volgend jaar           | 2027-06
            graduates this month                 | 2026-03
            ze verhuist deze maand               | 2026-03
            """)
    void seasonsQuartersAndYearsAreTheirMonth(String text, YearMonth month) {
        assertThat(InText.dates(text, TUESDAY)).singleElement().satisfies(d -> assertThat(d.month()).isEqualTo(month));
    }

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            bel hem om half drie                 | 14:30
            om half negen op de bouw             | 08:30
            call at half ten                     | 10:30
            half past four works                 | 16:30
            kwart over 3                         | 15:15
            vrijdag om 10u                       | 10:00
            at 2pm                               | 14:00
            telkens van 8 tot 17u                | 08:00
            sluiting 12:00                       | 12:00
            be there at 3.                       | 15:00
            for the two o'clock                  | 14:00
            call wed at 9.30                     | 09:30
            afspraak 17 juni 9u30 bij hun        | 09:30
            """)
    void timesInRunningText(String text, LocalTime time) {
        assertThat(InText.times(text)).first().satisfies(t -> assertThat(t.time()).isEqualTo(time));
    }

    @ParameterizedTest(name = "[{0}] has no time")
    @ValueSource(strings = {"at 3 clinics", "over een uur", "12.00 euro per stuk", "40 stuks"})
    void numbersThatAreNoTime(String text) {
        assertThat(InText.times(text)).isEmpty();
    }
}
