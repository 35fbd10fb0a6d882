package io.chorus.ui.activity.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.chorus.api.jobs.JobStatus;
import io.chorus.api.jobs.JobStatus.State;

class JobRowsTest {

    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

    private final MutableClock clock = new MutableClock(T0);
    private final JobRows rows = new JobRows(clock);

    private static JobStatus job(long id, long done, State state) {
        return new JobStatus(id, "Job " + id, "step " + done, done, 10, T0.plusSeconds(id), state);
    }

    @Test
    void onlyTheLatestStatusOfAJobIsShown() {
        for (int done = 0; done <= 7; done++) {
            rows.changed(job(1, done, State.RUNNING));
        }
        rows.changed(job(2, 1, State.RUNNING));
        List<JobRows.Row> shown = rows.rows();
        assertEquals(2, shown.size());
        assertEquals(7, shown.get(0).status().done());
        assertEquals(2, shown.get(1).status().id());
    }

    @Test
    void finishedJobsFadeOutAfterAFewSecondsButFailedOnesStay() {
        rows.changed(job(1, 10, State.RUNNING));
        rows.changed(job(2, 3, State.RUNNING));
        rows.changed(job(3, 3, State.RUNNING));
        rows.rows();
        rows.changed(job(1, 10, State.SUCCEEDED));
        rows.changed(job(2, 3, State.FAILED));
        rows.changed(job(3, 3, State.CANCELLED));
        assertEquals(3, rows.rows().size());
        clock.advance(JobRows.FADE.minusMillis(1));
        assertEquals(3, rows.rows().size());
        clock.advance(Duration.ofMillis(1));
        List<JobRows.Row> after = rows.rows();
        assertEquals(List.of(2L), after.stream().map(row -> row.status().id()).toList());
        clock.advance(Duration.ofHours(1));
        assertEquals(1, rows.rows().size(), "a failure stays until the user clears it");
        rows.clearFailed();
        assertTrue(rows.rows().isEmpty());
    }

    @Test
    void anEndIsNeverUndoneByALateProgressEventOrTheOpeningSnapshot() {
        rows.changed(job(1, 4, State.SUCCEEDED));
        rows.seed(List.of(job(1, 3, State.RUNNING), job(2, 0, State.RUNNING)));
        rows.changed(job(1, 5, State.RUNNING));
        List<JobRows.Row> shown = rows.rows();
        assertEquals(State.SUCCEEDED, shown.get(0).status().state());
        assertEquals(State.RUNNING, shown.get(1).status().state());
        rows.changed(job(1, 6, State.RUNNING));
        assertEquals(State.SUCCEEDED, rows.rows().get(0).status().state());
    }

    @Test
    void theSummaryNamesTheNewestJobAndCountsTheOthers() {
        assertTrue(JobSummary.of(List.of()).idle());
        JobStatus unknown = new JobStatus(9, "Polling 3 sources", "", 0, 0, T0, State.RUNNING);
        assertEquals(new JobSummary("Polling 3 sources", 0, -1), JobSummary.of(List.of(unknown)));
        JobSummary two = JobSummary.of(List.of(job(1, 2, State.RUNNING), job(2, 6, State.RUNNING), unknown));
        assertEquals("Polling 3 sources", two.title());
        assertEquals(2, two.others());
        assertEquals(0.4, two.fraction(), 1e-9);
    }
}
