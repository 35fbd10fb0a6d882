package io.chorus.api.jobs;

import org.osgi.annotation.versioning.ConsumerType;

/** Long work; it checks {@link JobMonitor#isCancelled()} between steps and stops when asked. */
@ConsumerType
@FunctionalInterface
public interface JobTask<T> {

    T run(JobMonitor monitor) throws Exception;
}
