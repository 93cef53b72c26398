package nl.homerun.accounts;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler;

/**
 * The goals as bar charts (XChart, as {@code /voortgang}'s): per tier, last year's revenue, the target and this year
 * so far side by side; for one account, its revenue per year with the target of the year reported. The euro axis
 * starts at nothing, so a bar's height is its amount.
 */
final class GoalsChart {

    /** The most years one account's chart shows: the latest ones. */
    static final int YEARS = 5;

    /** The names of the three bars: last year, the target, this year. */
    record Labels(String title, String lastYear, String target, String thisYear) {
    }

    private GoalsChart() {
    }

    /** A bar group per tier that has something to measure. */
    static CategoryChart ofTiers(Labels labels, Locale locale, List<GoalProgress.OfTier> tiers) {
        List<GoalProgress.OfTier> shown = tiers.stream().filter(t -> !t.measured().isEmpty()).toList();
        CategoryChart chart = chart(labels.title(), locale);
        List<String> names = shown.stream().map(t -> t.tier().name()).toList();
        chart.addSeries(labels.lastYear(), names, shown.stream().map(t -> (Number) t.base()).toList());
        chart.addSeries(labels.target(), names, shown.stream().map(t -> (Number) t.target()).toList());
        chart.addSeries(labels.thisYear(), names, shown.stream().map(t -> (Number) t.actual()).toList());
        return chart;
    }

    /** A bar per year recorded (the latest {@value #YEARS}, through the year reported), and that year's target. */
    static CategoryChart ofAccount(Labels labels, Locale locale, GoalProgress.OfAccount progress) {
        Account account = progress.account();
        List<Integer> years = account.revenue().headMap(progress.year() + 1).keySet().stream().toList();
        years = new ArrayList<>(years.subList(Math.max(0, years.size() - YEARS), years.size()));
        if (!years.contains(progress.year())) {
            years.add(progress.year());
        }
        CategoryChart chart = chart(labels.title(), locale);
        List<String> names = years.stream().map(String::valueOf).toList();
        chart.addSeries(labels.thisYear(), names, years.stream().map(y -> (Number) account.revenueIn(y).orElse(0L)).toList());
        chart.addSeries(labels.target(), names, years.stream()
                .map(y -> (Number) (y == progress.year() ? progress.target().orElse(0L) : 0L)).toList());
        return chart;
    }

    private static CategoryChart chart(String title, Locale locale) {
        CategoryChart chart = new CategoryChartBuilder().width(800).height(450).title(title).xAxisTitle("").yAxisTitle("€").build();
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setLocale(locale);
        chart.getStyler().setYAxisDecimalPattern("#,##0");
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        chart.getStyler().setOverlapped(false);
        chart.getStyler().setLabelsVisible(false);
        chart.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
        return chart;
    }

    static byte[] png(CategoryChart chart) {
        try {
            return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
