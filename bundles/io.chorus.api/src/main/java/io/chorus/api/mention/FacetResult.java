package io.chorus.api.mention;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Counts for a dashboard.
 *
 * @param total     how many mentions matched the search
 * @param counts    per requested dimension, its values with their counts, the largest first
 * @param histogram the buckets over time, oldest first, including empty ones between the first and the last
 */
public record FacetResult(long total, Map<String, List<Count>> counts, List<Bucket> histogram) {

    public FacetResult {
        counts = Map.copyOf(counts);
        histogram = List.copyOf(histogram);
    }

    public record Count(String value, long count) {
    }

    /**
     * @param start the start of the bucket
     * @param count mentions in it
     * @param split counts by the requested split dimension's values, or empty
     */
    public record Bucket(Instant start, long count, Map<String, Long> split) {
        public Bucket {
            split = Map.copyOf(split);
        }
    }
}
