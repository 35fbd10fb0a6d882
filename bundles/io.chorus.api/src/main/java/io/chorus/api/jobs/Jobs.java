package io.chorus.api.jobs;

import java.time.Duration;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Runs work for every module on one shared pool. Work started here is cancelled when the framework stops; a task
 * that throws is logged and, for scheduled work, run again at its next time.
 */
@ProviderType
public interface Jobs {

    /** Starts long work now; its progress is visible until it ends. */
    <T> Job<T> start(String title, JobTask<T> task);

    /**
     * Runs {@code action} after {@code initialDelay}, then again {@code period} after each run ends (never two runs
     * at once).
     */
    Scheduled every(String title, Duration initialDelay, Duration period, Runnable action);

    /** Runs {@code action} once, after {@code delay}. */
    Scheduled after(String title, Duration delay, Runnable action);

    /** The jobs started with {@link #start} that have not ended, oldest first. */
    List<JobStatus> running();

    /**
     * Cancels a job started with {@link #start}, as {@link Job#cancel()} would; for the Progress view and the
     * shell, which only know jobs by their {@link JobStatus#id()}.
     *
     * @return false when the job has ended or is unknown
     */
    boolean cancel(long jobId);

    /** Registers a callback for jobs starting, progressing and ending. */
    void addListener(JobListener listener);

    void removeListener(JobListener listener);
}
