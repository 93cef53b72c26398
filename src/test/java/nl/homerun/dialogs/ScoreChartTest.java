package nl.homerun.dialogs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.series.Series;

/** The progress chart's axes and data, read from the chart model rather than its pixels. */
class ScoreChartTest {

    private static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");

    private static DialogRun run(String ended, double score) {
        Instant end = Instant.parse(ended);
        return new DialogRun("r" + ended, 1, "checklist", null, true, end.minus(Duration.ofMinutes(5)), end, Map.of(), score, null);
    }

    private static XYChart chart(ScoreChart.Line... lines) {
        return ScoreChart.of("Scores door de tijd", "punten", Locale.forLanguageTag("nl"), LISBON, List.of(lines));
    }

    @Test
    void theScoreAxisRunsFromNothingToTheHighestPossibleScoreWhateverTheBestScoreSoFar() {
        XYChart chart = chart(new ScoreChart.Line("Netwerkchecklist", List.of(run("2026-03-02T10:00:00Z", 2),
                run("2026-03-20T10:00:00Z", 4.5)), 7));
        assertThat(chart.getStyler().getYAxisMin()).isEqualTo(0.0);
        assertThat(chart.getStyler().getYAxisMax()).isEqualTo(7.0);
    }

    @Test
    void theTimeAxisHasDatesInTheUsersZoneAndSpansAWeekEvenForOneRun() {
        XYChart chart = chart(new ScoreChart.Line("Daag jezelf uit", List.of(run("2026-03-02T23:30:00Z", 3)), 7));
        XYSeries series = chart.getSeries("Daag jezelf uit");
        assertThat(series.getxAxisDataType()).isEqualTo(Series.DataType.Date);
        assertThat(chart.getStyler().getDatePattern()).isEqualTo("d MMM");
        assertThat(chart.getStyler().getLocale()).isEqualTo(Locale.forLanguageTag("nl"));
        assertThat(chart.getStyler().getTimezone().toZoneId()).isEqualTo(LISBON);

        LocalDate day = LocalDate.of(2026, 3, 2); // 23:30 UTC is still 2 March in Lisbon (winter: UTC+0)
        assertThat(series.getXData()).containsExactly((double) day.atStartOfDay(LISBON).toInstant().toEpochMilli());
        double min = chart.getStyler().getXAxisMin();
        double max = chart.getStyler().getXAxisMax();
        assertThat(max - min).isGreaterThanOrEqualTo(Duration.ofDays(ScoreChart.MIN_DAYS).toMillis());
        assertThat(series.getXData()[0]).isStrictlyBetween(min, max);
    }

    @Test
    void runsMonthsApartKeepTheirDatesAndSeveralScriptsShareTheAxes() {
        XYChart chart = chart(new ScoreChart.Line("Netwerkchecklist", List.of(run("2026-01-05T09:00:00Z", 3),
                run("2026-06-01T09:00:00Z", 6)), 7), new ScoreChart.Line("Daag jezelf uit", List.of(run("2026-03-10T09:00:00Z", 1)), 7));
        assertThat(chart.getSeriesCollection()).extracting(XYSeries::getName).containsExactly("Netwerkchecklist", "Daag jezelf uit");
        assertThat(chart.getSeries("Netwerkchecklist").getYData()).containsExactly(3.0, 6.0);
        double min = chart.getStyler().getXAxisMin();
        double max = chart.getStyler().getXAxisMax();
        assertThat(min).isLessThan((double) Instant.parse("2026-01-05T00:00:00Z").toEpochMilli());
        assertThat(max).isGreaterThan((double) Instant.parse("2026-06-01T00:00:00Z").toEpochMilli());
        assertThat(chart.getStyler().getYAxisMax()).isEqualTo(7.0);
        assertThat(ScoreChart.png(chart)).startsWith(0x89, 'P', 'N', 'G');
    }
}
