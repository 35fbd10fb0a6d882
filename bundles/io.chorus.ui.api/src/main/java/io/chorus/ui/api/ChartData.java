package io.chorus.ui.api;

import java.util.List;
import java.util.Objects;

/**
 * The numbers of one chart.
 *
 * @param kind          how to draw it
 * @param categories    the x axis (days, platforms, brands), translated
 * @param series        the series, each with one value per category
 * @param valueLabel    what the numbers count ("mentions", "hours"), translated
 * @param drillDownView the view a click opens with the clicked value's drill-down input, or empty
 * @param note          a sentence under the chart (what is missing, how it was computed), or empty
 */
public record ChartData(ChartKind kind, List<String> categories, List<ChartSeries> series, String valueLabel,
                        String drillDownView, String note) {
    public ChartData {
        Objects.requireNonNull(kind, "kind");
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        valueLabel = valueLabel == null ? "" : valueLabel;
        drillDownView = drillDownView == null ? "" : drillDownView;
        note = note == null ? "" : note;
        for (ChartSeries one : series) {
            if (one.values().size() != categories.size()) {
                throw new IllegalArgumentException("series " + one.name() + " has " + one.values().size()
                        + " values for " + categories.size() + " categories");
            }
        }
    }

    /** Whether there is nothing to draw. */
    public boolean isEmpty() {
        return series.stream().allMatch(one -> one.values().stream().allMatch(value -> value == 0));
    }
}
