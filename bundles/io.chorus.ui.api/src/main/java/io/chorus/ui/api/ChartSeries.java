package io.chorus.ui.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One series of a chart.
 *
 * @param name       the legend entry, translated
 * @param values     one value per category of the chart
 * @param color      a colour as {@code #rrggbb}, or empty for the palette's next one (sentiment series use
 *                   green, grey and red so every chart reads the same)
 * @param drillDowns for each value, what a click opens in the chart's drill-down view (a
 *                   {@code MentionSearch}), or null where a click opens nothing; empty when no value opens anything
 */
public record ChartSeries(String name, List<Double> values, String color, List<Object> drillDowns) {
    public ChartSeries {
        Objects.requireNonNull(name, "name");
        values = List.copyOf(values);
        color = color == null ? "" : color;
        drillDowns = drillDowns == null || drillDowns.isEmpty() ? List.of()
                : Collections.unmodifiableList(new ArrayList<>(drillDowns));
        if (!drillDowns.isEmpty() && drillDowns.size() != values.size()) {
            throw new IllegalArgumentException("series " + name + ": " + drillDowns.size() + " drill-downs for "
                    + values.size() + " values");
        }
    }

    /** What a click on value {@code index} opens, or null. */
    public Object drillDown(int index) {
        return index < drillDowns.size() ? drillDowns.get(index) : null;
    }
}
