package io.chorus.api.jobs;

import java.util.concurrent.CompletableFuture;

import org.osgi.annotation.versioning.ProviderType;

/** A job that was started. */
@ProviderType
public interface Job<T> {

    /** Its result: completes with the task's value, its exception, or a CancellationException. */
    CompletableFuture<T> result();

    /** Asks the job to stop: it sees {@link JobMonitor#isCancelled()} and is interrupted. */
    void cancel();

    JobStatus status();
}
