package nl.homerun.dialogs;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The chart of {@code /voortgang}: the scores of each scored script (for an account) over the days they were
 * finished. The y axis always runs from 0 to the highest possible score (7 for the checklist and the challenge), so a
 * line shows how far there is still to go; the x axis shows the days in the user's time zone, at least a week of
 * them, so even one run has a date under it.
 */
final class ScoreChart {

    /** The fewest days the x axis spans, so that its ticks are days with dates. */
    static final int MIN_DAYS = 7;

    /** One line: a script's (and account's) finished runs, and the highest score it can have. */
    record Line(String name, List<DialogRun> runs, double maxScore) {
    }

    private ScoreChart() {
    }

    static XYChart of(String title, String scoreTitle, Locale locale, ZoneId zone, List<Line> lines) {
        XYChart chart = new XYChartBuilder().width(800).height(450).title(title).xAxisTitle("").yAxisTitle(scoreTitle).build();
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(lines.stream().mapToDouble(Line::maxScore).max().orElse(7.0));
        chart.getStyler().setYAxisDecimalPattern("0.#");
        chart.getStyler().setDatePattern("d MMM");
        chart.getStyler().setLocale(locale);
        chart.getStyler().setTimezone(TimeZone.getTimeZone(zone));
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setMarkerSize(8);
        LocalDate first = lines.stream().flatMap(l -> l.runs().stream()).map(r -> day(r, zone)).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate last = lines.stream().flatMap(l -> l.runs().stream()).map(r -> day(r, zone)).max(Comparator.naturalOrder()).orElseThrow();
        long missing = MIN_DAYS - ChronoUnit.DAYS.between(first, last);
        long before = missing > 0 ? (missing + 1) / 2 : 1;
        long after = missing > 0 ? missing / 2 + 1 : 1;
        chart.getStyler().setXAxisMin((double) millis(first.minusDays(before), zone));
        chart.getStyler().setXAxisMax((double) millis(last.plusDays(after), zone));
        for (Line line : lines) {
            List<Date> days = line.runs().stream().map(r -> new Date(millis(day(r, zone), zone))).toList();
            List<Double> scores = line.runs().stream().map(DialogRun::score).toList();
            chart.addSeries(line.name(), days, scores).setMarker(SeriesMarkers.CIRCLE);
        }
        return chart;
    }

    static byte[] png(XYChart chart) {
        try {
            return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The day a run was finished, where the user lives. */
    static LocalDate day(DialogRun run, ZoneId zone) {
        return run.endedAt().atZone(zone).toLocalDate();
    }

    /** A day as the chart plots it: its start, so that a run sits on the tick of its date. */
    private static long millis(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toInstant().toEpochMilli();
    }
}
