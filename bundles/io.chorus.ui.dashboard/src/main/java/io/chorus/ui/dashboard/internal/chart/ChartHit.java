package io.chorus.ui.dashboard.internal.chart;

/**
 * A value of a chart under the pointer.
 *
 * @param series   the index of its series in {@code ChartData.series()}
 * @param category the index of its category in {@code ChartData.categories()}
 */
public record ChartHit(int series, int category) {
}
