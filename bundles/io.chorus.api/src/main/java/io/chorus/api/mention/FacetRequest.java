package io.chorus.api.mention;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * Which counts a dashboard wants.
 *
 * @param dimensions     what to count by: {@link #BRAND}, {@link #PLATFORM}, {@link #LANGUAGE}, {@link #RULE},
 *                       {@link #SOURCE} or {@link #label(String)}
 * @param top            at most this many values per dimension, the largest counts first
 * @param interval       the width of the histogram's buckets, or null for no histogram
 * @param histogramSplit a dimension to split each bucket by (mentions over time by sentiment), or empty
 * @param zone           where the days of the histogram begin and end
 */
public record FacetRequest(List<String> dimensions, int top, Interval interval, String histogramSplit,
                           ZoneId zone) {

    public static final String BRAND = "brand";
    public static final String PLATFORM = "platform";
    public static final String LANGUAGE = "language";
    /** Counts by {@code brand/rule}. */
    public static final String RULE = "rule";
    public static final String SOURCE = "source";

    public enum Interval { HOUR, DAY, WEEK, MONTH }

    public FacetRequest {
        dimensions = List.copyOf(dimensions);
        Objects.requireNonNull(histogramSplit, "histogramSplit");
        Objects.requireNonNull(zone, "zone");
        if (top < 1) {
            throw new IllegalArgumentException("top must be at least 1");
        }
    }

    /** The dimension of one label, {@code label("sentiment")}. */
    public static String label(String name) {
        return "label:" + name;
    }
}
