package nl.homerun.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import nl.homerun.accounts.RevenueEntry.NoAmount;
import nl.homerun.accounts.RevenueEntry.Read;
import nl.homerun.accounts.RevenueEntry.Unreadable;
import nl.homerun.accounts.RevenueEntry.YearOutOfRange;

/** Amounts and a year's revenue as account managers type them, in Dutch and English. */
class AmountsTest {

    private static final RevenueEntry.Years YEARS = RevenueEntry.Years.around(LocalDate.of(2026, 12, 2));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "240k | 240000", "240K | 240000", "240 k | 240000", "240.000 | 240000", "240,000 | 240000", "240000 | 240000",
            "1,2 mln | 1200000", "1.2 mln | 1200000", "€1.2m | 1200000", "€ 1,2 mln | 1200000", "1.2m | 1200000",
            "1,2M | 1200000", "2,5 miljoen | 2500000", "2.5 million | 2500000", "1.5 mio | 1500000",
            "€ 240.000,- | 240000", "240.000 euro | 240000", "EUR 240.000 | 240000", "240000 eur | 240000",
            "1.234.567 | 1234567", "1,234,567 | 1234567", "1.234.567,89 | 1234568", "1,234,567.49 | 1234567",
            "240000,50 | 240001", "1,5 | 2", "0 | 0", "1.250k | 1250", "1.250 | 1250", "12,5k | 12500",
            "3 mld | 3000000000", "240 duizend | 240000"})
    void readsTheAmountsPeopleType(String typed, long euros) {
        assertThat(Amounts.euros(typed)).contains(euros);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "veel", "k", "-5k", "24.00.0", "2400.000", "1.2.3,4,5", "240 x", "240kk", "1,2 bananen",
            "1,234.567.8", "12.34.567", "2000000000000", "€", "ongeveer 240k"})
    void leavesWhatIsNoAmount(String typed) {
        assertThat(Amounts.euros(typed)).isEmpty();
    }

    @Test
    void anAmountOfAThousandBillionIsTheMost() {
        assertThat(Amounts.euros("1000 mld")).contains(Amounts.MOST);
        assertThat(Amounts.euros("1001 mld")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "omzet 2026 240k | 2026 | 240000", "revenue 2026 240k | 2026 | 240000", "Omzet: 2025 1,2 mln | 2025 | 1200000",
            "2026 240.000 | 2026 | 240000", "2026: €1.2m | 2026 | 1200000", "turnover 2024 = 99k | 2024 | 99000",
            "2026 1200 k | 2026 | 1200000"})
    void readsAYearAndAnAmount(String typed, int year, long euros) {
        assertThat(RevenueEntry.read(typed, YEARS)).isEqualTo(new Read(new RevenueEntry(year, euros)));
    }

    @Test
    void anAmountAloneHasNoYearAndAFourDigitAmountWithAUnitIsNoYear() {
        assertThat(RevenueEntry.read("omzet 240k", YEARS)).isEqualTo(new Read(new RevenueEntry(null, 240_000)));
        assertThat(RevenueEntry.read("1200 k", YEARS)).isEqualTo(new Read(new RevenueEntry(null, 1_200_000)));
        assertThat(RevenueEntry.read("1.200", YEARS)).isEqualTo(new Read(new RevenueEntry(null, 1_200)));
        assertThat(new RevenueEntry(null, 5).yearOr(2026)).isEqualTo(2026);
    }

    @Test
    void aYearWithoutAnAmountOrNothingAsksForTheAmount() {
        assertThat(RevenueEntry.read("omzet 2026", YEARS)).isEqualTo(new NoAmount(2026));
        assertThat(RevenueEntry.read("2025", YEARS)).isEqualTo(new NoAmount(2025));
        assertThat(RevenueEntry.read("revenue", YEARS)).isEqualTo(new NoAmount(null));
    }

    @Test
    void anUnreadableAmountKeepsItsYearAndAYearOutOfRangeSaysTheRange() {
        assertThat(RevenueEntry.read("omzet 2026 veel", YEARS)).isEqualTo(new Unreadable("veel", 2026));
        assertThat(RevenueEntry.read("ongeveer een ton", YEARS)).isEqualTo(new Unreadable("ongeveer een ton", null));
        assertThat(RevenueEntry.read("omzet 2062 240k", YEARS)).isEqualTo(new YearOutOfRange(2062, YEARS));
        assertThat(RevenueEntry.read("1990 240k", YEARS)).isEqualTo(new YearOutOfRange(1990, YEARS));
        assertThat(RevenueEntry.read("2030", YEARS)).isEqualTo(new YearOutOfRange(2030, YEARS));
        assertThat(YEARS).isEqualTo(new RevenueEntry.Years(1996, 2027));
    }
}
