package io.chorus.ui.api;

/** How a chart draws its series. */
public enum ChartKind {
    /** One line per series over the categories (usually days). */
    LINE,
    /** Series stacked as areas over the categories: mentions over time by sentiment. */
    STACKED_AREA,
    /** Bars side by side per category. */
    BAR,
    /** Bars stacked per category. */
    STACKED_BAR,
    /** Horizontal bars, for long category names (platforms, sites). */
    HORIZONTAL_BAR,
    /** One series as shares of a whole: share of voice. */
    PIE
}
