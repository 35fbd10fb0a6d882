package io.chorus.api.jobs;

import java.time.Instant;
import java.util.Objects;

/**
 * A job at one moment.
 *
 * @param id      unique while Chorus runs
 * @param title   what it is ("Re-matching the last 7 days")
 * @param message what it does now, or empty
 * @param done    units of work done
 * @param total   units of work in all, or 0 or less when unknown
 * @param started when it started
 * @param state   where it is
 */
public record JobStatus(long id, String title, String message, long done, long total, Instant started,
                        State state) {

    public enum State { RUNNING, SUCCEEDED, FAILED, CANCELLED }

    public JobStatus {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(state, "state");
    }

    /** Done as a fraction from 0 to 1, or -1 when the total is unknown. */
    public double fraction() {
        return total <= 0 ? -1 : Math.min(1, (double) done / total);
    }
}
