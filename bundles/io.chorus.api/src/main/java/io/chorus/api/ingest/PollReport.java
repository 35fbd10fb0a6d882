package io.chorus.api.ingest;

import java.time.Duration;
import java.util.Objects;

/**
 * What one poll of a source did.
 *
 * @param sourceId       the source
 * @param fetched        items the connector delivered
 * @param stored         new mentions stored
 * @param duplicates     items already stored (same platform id), skipped
 * @param nearDuplicates new mentions that repeat an earlier text (stored, grouped with it)
 * @param took           how long it took
 * @param error          what went wrong, in words, or empty
 */
public record PollReport(String sourceId, int fetched, int stored, int duplicates, int nearDuplicates,
                         Duration took, String error) {

    public PollReport {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(took, "took");
        Objects.requireNonNull(error, "error");
    }

    public boolean failed() {
        return !error.isEmpty();
    }
}
