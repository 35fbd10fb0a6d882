package io.chorus.api.jobs;

import org.osgi.annotation.versioning.ConsumerType;

/** Hears about jobs: called on the job's thread, so it must return quickly. */
@ConsumerType
@FunctionalInterface
public interface JobListener {

    /** A job started, progressed or ended ({@link JobStatus#state()} says which). */
    void changed(JobStatus status);
}
