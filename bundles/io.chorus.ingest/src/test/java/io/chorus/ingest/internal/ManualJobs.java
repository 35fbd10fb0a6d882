package io.chorus.ingest.internal;

import io.chorus.api.jobs.Job;
import io.chorus.api.jobs.JobListener;
import io.chorus.api.jobs.JobStatus;
import io.chorus.api.jobs.JobTask;
import io.chorus.api.jobs.Jobs;
import io.chorus.api.jobs.Scheduled;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.CompletableFuture;

/**
 * Jobs on a fake clock: scheduled work runs on the test's thread when the test moves time on, so scheduling is
 * checked without waiting. Started jobs run at once.
 */
final class ManualJobs implements Jobs {

    private final MutableClock clock;
    private final PriorityQueue<Task> queue = new PriorityQueue<>(
            Comparator.comparing(Task::due).thenComparingLong(Task::order));
    private long order;

    record Task(Instant due, long order, String title, Runnable action, boolean[] cancelled) {
    }

    ManualJobs(MutableClock clock) {
        this.clock = clock;
    }

    /** Moves the clock to each due task in turn and runs it, up to {@code duration} from now. */
    void advance(Duration duration) {
        Instant end = clock.instant().plus(duration);
        while (true) {
            Task next;
            synchronized (this) {
                next = queue.peek();
                if (next == null || next.due().isAfter(end)) {
                    break;
                }
                queue.poll();
            }
            if (next.due().isAfter(clock.instant())) {
                clock.advance(Duration.between(clock.instant(), next.due()));
            }
            if (!next.cancelled()[0]) {
                next.action().run();
            }
        }
        if (end.isAfter(clock.instant())) {
            clock.advance(Duration.between(clock.instant(), end));
        }
    }

    /** Titles of the work waiting, earliest first. */
    synchronized List<String> pending() {
        List<Task> tasks = new ArrayList<>(queue);
        tasks.sort(queue.comparator());
        return tasks.stream().filter(t -> !t.cancelled()[0]).map(Task::title).toList();
    }

    @Override
    public <T> Job<T> start(String title, JobTask<T> task) {
        CompletableFuture<T> result = new CompletableFuture<>();
        try {
            result.complete(task.run(null));
        } catch (Exception e) {
            result.completeExceptionally(e);
        }
        return new Job<>() {
            @Override
            public CompletableFuture<T> result() {
                return result;
            }

            @Override
            public void cancel() {
                result.cancel(true);
            }

            @Override
            public JobStatus status() {
                return new JobStatus(1, title, "", 0, 0, clock.instant(), JobStatus.State.SUCCEEDED);
            }
        };
    }

    @Override
    public Scheduled every(String title, Duration initialDelay, Duration period, Runnable action) {
        throw new UnsupportedOperationException("ingest schedules each poll with after()");
    }

    @Override
    public synchronized Scheduled after(String title, Duration delay, Runnable action) {
        boolean[] cancelled = {false};
        queue.add(new Task(clock.instant().plus(delay), order++, title, action, cancelled));
        return () -> cancelled[0] = true;
    }

    @Override
    public List<JobStatus> running() {
        return List.of();
    }

    @Override
    public boolean cancel(long jobId) {
        return false; // jobs here run to completion inside start()
    }

    @Override
    public void addListener(JobListener listener) {
    }

    @Override
    public void removeListener(JobListener listener) {
    }
}
