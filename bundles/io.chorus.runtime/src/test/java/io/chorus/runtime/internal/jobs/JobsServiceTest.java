package io.chorus.runtime.internal.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.chorus.api.jobs.Job;
import io.chorus.api.jobs.JobStatus;
import io.chorus.api.jobs.JobStatus.State;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JobsServiceTest {

    private final List<String> errors = new CopyOnWriteArrayList<>();
    private final JobsService jobs = new JobsService(Clock.systemUTC(), 2, (message, e) -> errors.add(message));

    @AfterEach
    void close() {
        jobs.close();
    }

    @Test
    void aJobReportsProgressAndItsResult() throws Exception {
        List<JobStatus> heard = new CopyOnWriteArrayList<>();
        jobs.addListener(heard::add);
        Job<String> job = jobs.start("Counting", monitor -> {
            monitor.begin(10);
            monitor.message("Reading");
            monitor.worked(10);
            return "done";
        });
        assertEquals("done", job.result().get(10, TimeUnit.SECONDS));
        JobStatus last = heard.get(heard.size() - 1);
        assertEquals(State.SUCCEEDED, last.state());
        assertEquals(10, last.done());
        assertEquals(1.0, last.fraction());
        assertEquals(State.RUNNING, heard.get(0).state());
        assertTrue(jobs.running().isEmpty());
    }

    @Test
    void aRunningJobIsListedAndCancelInterruptsIt() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Job<Void> job = jobs.start("Waiting forever", monitor -> {
            started.countDown();
            new CountDownLatch(1).await();
            return null;
        });
        assertTrue(started.await(10, TimeUnit.SECONDS));
        assertEquals(List.of("Waiting forever"), jobs.running().stream().map(JobStatus::title).toList());
        job.cancel();
        ExecutionException failure = assertThrows(ExecutionException.class,
                () -> job.result().exceptionally(e -> { throw new RuntimeException(e); }).get(10, TimeUnit.SECONDS));
        assertTrue(failure.getCause().getCause() instanceof CancellationException, failure.toString());
        assertEquals(State.CANCELLED, job.status().state());
        assertTrue(jobs.running().isEmpty());
    }

    @Test
    void aJobCancelledBeforeItStartsNeverRuns() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        jobs.start("Blocker 1", m -> { release.await(); return null; });
        jobs.start("Blocker 2", m -> { release.await(); return null; });
        AtomicInteger ran = new AtomicInteger();
        Job<Integer> queued = jobs.start("Queued", m -> ran.incrementAndGet());
        queued.cancel();
        release.countDown();
        assertThrows(CancellationException.class, () -> queued.result().join());
        assertEquals(0, ran.get());
        assertEquals(State.CANCELLED, queued.status().state());
    }

    @Test
    void aFailingJobCarriesItsException() {
        Job<Void> job = jobs.start("Failing", m -> { throw new IllegalStateException("the feed is gone"); });
        ExecutionException failure = assertThrows(ExecutionException.class, () -> job.result().get(10, TimeUnit.SECONDS));
        assertEquals("the feed is gone", failure.getCause().getMessage());
        assertEquals(State.FAILED, job.status().state());
        assertEquals("the feed is gone", job.status().message());
    }

    @Test
    void periodicWorkThatThrowsKeepsItsSchedule() throws Exception {
        CountDownLatch threeRuns = new CountDownLatch(3);
        var scheduled = jobs.every("Flaky", Duration.ZERO, Duration.ofMillis(5), () -> {
            threeRuns.countDown();
            throw new IllegalStateException("boom");
        });
        assertTrue(threeRuns.await(10, TimeUnit.SECONDS));
        scheduled.cancel();
        assertTrue(errors.stream().allMatch(e -> e.equals("Scheduled work failed: Flaky")));
        assertTrue(errors.size() >= 2);
    }

    @Test
    void workAfterADelayRunsOnceAndCanBeCancelled() throws Exception {
        CountDownLatch ran = new CountDownLatch(1);
        jobs.after("Once", Duration.ofMillis(1), ran::countDown);
        assertTrue(ran.await(10, TimeUnit.SECONDS));
        AtomicInteger never = new AtomicInteger();
        jobs.after("Never", Duration.ofHours(1), never::incrementAndGet).cancel();
        assertEquals(0, never.get());
    }
}
