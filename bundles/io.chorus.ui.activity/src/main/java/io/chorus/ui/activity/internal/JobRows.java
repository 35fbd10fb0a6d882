package io.chorus.ui.activity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.chorus.api.jobs.JobStatus;
import io.chorus.api.jobs.JobStatus.State;

/**
 * What the Progress view shows: the latest status of each job, fed from any thread, read on the UI thread. Jobs that
 * succeeded or were cancelled stay a few seconds so the user sees them end; failed ones stay with their error until
 * cleared.
 */
final class JobRows {

    /** How long a finished job stays visible. */
    static final Duration FADE = Duration.ofSeconds(5);

    /**
     * One job as shown.
     *
     * @param status  its latest status
     * @param endedAt when this view saw it end, or null while it runs
     */
    record Row(JobStatus status, Instant endedAt) {
        boolean running() {
            return status.state() == State.RUNNING;
        }
    }

    private final Clock clock;
    /** Events not yet taken by the UI, latest per job; guarded by itself. */
    private final Map<Long, JobStatus> pending = new LinkedHashMap<>();
    /** Only touched by the reader (the UI thread). */
    private final Map<Long, Row> rows = new HashMap<>();

    JobRows(Clock clock) {
        this.clock = clock;
    }

    /** A job changed; any thread. Only the latest status of each job is kept until the next {@link #rows()}. */
    void changed(JobStatus status) {
        synchronized (pending) {
            JobStatus previous = pending.get(status.id());
            // An end is final: a late progress event of the same job must not overwrite it.
            if (previous == null || previous.state() == State.RUNNING) {
                pending.put(status.id(), status);
            }
        }
    }

    /** The jobs running when the view opened; events already seen win over this snapshot. */
    void seed(Collection<JobStatus> running) {
        synchronized (pending) {
            for (JobStatus status : running) {
                pending.putIfAbsent(status.id(), status);
            }
        }
    }

    /** Applies pending events and drops rows that have faded; the UI thread. Oldest job first. */
    List<Row> rows() {
        List<JobStatus> taken;
        synchronized (pending) {
            taken = new ArrayList<>(pending.values());
            pending.clear();
        }
        Instant now = clock.instant();
        for (JobStatus status : taken) {
            Row shown = rows.get(status.id());
            boolean running = status.state() == State.RUNNING;
            if (shown != null && shown.endedAt() != null) {
                continue; // an end is final
            }
            rows.put(status.id(), new Row(status, running ? null : now));
        }
        rows.values().removeIf(row -> row.endedAt() != null && row.status().state() != State.FAILED
                && !now.isBefore(row.endedAt().plus(FADE)));
        List<Row> shown = new ArrayList<>(rows.values());
        shown.sort(Comparator.comparing((Row row) -> row.status().started()).thenComparingLong(row -> row.status().id()));
        return shown;
    }

    /** Removes the failed jobs the user has read. */
    void clearFailed() {
        rows.values().removeIf(row -> row.status().state() == State.FAILED);
    }
}
