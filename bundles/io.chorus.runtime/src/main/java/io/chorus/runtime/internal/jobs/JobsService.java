package io.chorus.runtime.internal.jobs;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;

import io.chorus.api.jobs.Job;
import io.chorus.api.jobs.JobListener;
import io.chorus.api.jobs.JobMonitor;
import io.chorus.api.jobs.JobStatus;
import io.chorus.api.jobs.JobStatus.State;
import io.chorus.api.jobs.JobTask;
import io.chorus.api.jobs.Jobs;
import io.chorus.api.jobs.Scheduled;

/**
 * The shared pool behind {@link Jobs}: one scheduled executor for every module, so plugins start no threads and
 * everything stops with the framework.
 */
public final class JobsService implements Jobs, AutoCloseable {

    /** Progress is told to listeners at most this often per job; the end always is. */
    private static final long PROGRESS_INTERVAL_MILLIS = 100;

    private final Clock clock;
    private final ScheduledThreadPoolExecutor executor;
    private final BiConsumer<String, Throwable> errors;
    private final List<JobListener> listeners = new CopyOnWriteArrayList<>();
    private final Map<Long, RunningJob<?>> running = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    public JobsService(Clock clock, int threads) {
        this(clock, threads, (message, error) -> System.getLogger(JobsService.class.getName())
                .log(System.Logger.Level.ERROR, message, error));
    }

    /** @param errors where failures of scheduled work and listeners go (the OSGi log in the framework) */
    public JobsService(Clock clock, int threads, BiConsumer<String, Throwable> errors) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.errors = Objects.requireNonNull(errors, "errors");
        this.executor = new ScheduledThreadPoolExecutor(threads, daemonThreads());
        executor.setRemoveOnCancelPolicy(true);
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "chorus-job-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public <T> Job<T> start(String title, JobTask<T> task) {
        Objects.requireNonNull(task, "task");
        RunningJob<T> job = new RunningJob<>(ids.incrementAndGet(), Objects.requireNonNull(title, "title"), task);
        running.put(job.id, job);
        try {
            job.future = executor.submit(job::run);
        } catch (RuntimeException rejected) {
            running.remove(job.id);
            job.result.completeExceptionally(new IllegalStateException("Chorus is stopping; not started: " + title));
        }
        return job;
    }

    @Override
    public Scheduled every(String title, Duration initialDelay, Duration period, Runnable action) {
        if (period.isZero() || period.isNegative()) {
            throw new IllegalArgumentException("the period must be positive: " + period);
        }
        ScheduledFuture<?> future = executor.scheduleWithFixedDelay(guarded(title, action),
                Math.max(0, initialDelay.toNanos()), period.toNanos(), TimeUnit.NANOSECONDS);
        return () -> future.cancel(false);
    }

    @Override
    public Scheduled after(String title, Duration delay, Runnable action) {
        ScheduledFuture<?> future = executor.schedule(guarded(title, action), Math.max(0, delay.toNanos()),
                TimeUnit.NANOSECONDS);
        return () -> future.cancel(false);
    }

    /** A periodic task that throws would never run again; log instead and keep the schedule. */
    private Runnable guarded(String title, Runnable action) {
        Objects.requireNonNull(action, "action");
        return () -> {
            try {
                action.run();
            } catch (RuntimeException | Error e) {
                errors.accept("Scheduled work failed: " + title, e);
            }
        };
    }

    @Override
    public List<JobStatus> running() {
        List<JobStatus> statuses = new ArrayList<>();
        for (RunningJob<?> job : running.values()) {
            statuses.add(job.status());
        }
        statuses.sort(Comparator.comparing(JobStatus::started).thenComparingLong(JobStatus::id));
        return statuses;
    }

    @Override
    public void addListener(JobListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    @Override
    public void removeListener(JobListener listener) {
        listeners.remove(listener);
    }

    @Override
    public boolean cancel(long jobId) {
        RunningJob<?> job = running.get(jobId);
        if (job == null) {
            return false;
        }
        job.cancel();
        return true;
    }

    /** Cancels every job and scheduled run and waits a little for running ones to notice. */
    @Override
    public void close() {
        running.values().forEach(RunningJob::cancel);
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void tell(JobStatus status) {
        for (JobListener listener : listeners) {
            try {
                listener.changed(status);
            } catch (RuntimeException e) {
                errors.accept("A job listener failed on " + status.title(), e);
            }
        }
    }

    private final class RunningJob<T> implements Job<T>, JobMonitor {
        final long id;
        final String title;
        final JobTask<T> task;
        final CompletableFuture<T> result = new CompletableFuture<>();
        final AtomicBoolean cancelled = new AtomicBoolean();
        /** Claimed by whoever ends a job that never ran: run() itself, or cancel() before it started. */
        final AtomicBoolean claimed = new AtomicBoolean();
        final java.time.Instant started = clock.instant();
        volatile Future<?> future;
        volatile String message = "";
        volatile long total;
        final AtomicLong done = new AtomicLong();
        volatile State state = State.RUNNING;
        volatile long lastTold;

        RunningJob(long id, String title, JobTask<T> task) {
            this.id = id;
            this.title = title;
            this.task = task;
        }

        void run() {
            if (!claimed.compareAndSet(false, true)) {
                return;
            }
            tell(status());
            try {
                T value = task.run(this);
                if (cancelled.get()) {
                    throw new CancellationException();
                }
                state = State.SUCCEEDED;
                end();
                result.complete(value);
            } catch (CancellationException | InterruptedException e) {
                state = State.CANCELLED;
                end();
                result.completeExceptionally(e instanceof CancellationException ce ? ce
                        : new CancellationException(title + " was cancelled"));
            } catch (Exception | Error e) {
                state = cancelled.get() ? State.CANCELLED : State.FAILED;
                if (state == State.FAILED) {
                    message = String.valueOf(e.getMessage());
                }
                end();
                result.completeExceptionally(e);
            } finally {
                Thread.interrupted(); // a cancel that came late must not leak into the pool's next task
            }
        }

        private void end() {
            running.remove(id);
            tell(status());
        }

        @Override
        public CompletableFuture<T> result() {
            return result;
        }

        @Override
        public void cancel() {
            if (cancelled.compareAndSet(false, true)) {
                if (claimed.compareAndSet(false, true)) {
                    // it never started and now never will: end it here
                    state = State.CANCELLED;
                    end();
                    result.completeExceptionally(new CancellationException(title + " was cancelled"));
                }
                Future<?> f = future;
                if (f != null) {
                    f.cancel(true);
                }
            }
        }

        @Override
        public JobStatus status() {
            return new JobStatus(id, title, message, done.get(), total, started, state);
        }

        @Override
        public void begin(long totalWork) {
            total = totalWork;
            progressed();
        }

        @Override
        public void worked(long units) {
            done.addAndGet(units);
            progressed();
        }

        @Override
        public void message(String text) {
            message = text == null ? "" : text;
            progressed();
        }

        private void progressed() {
            long now = clock.millis();
            if (now - lastTold >= PROGRESS_INTERVAL_MILLIS) {
                lastTold = now;
                tell(status());
            }
        }

        @Override
        public boolean isCancelled() {
            return cancelled.get();
        }
    }
}
