package io.chorus.runtime.internal.jobs;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import io.chorus.api.jobs.Job;
import io.chorus.api.jobs.JobListener;
import io.chorus.api.jobs.JobStatus;
import io.chorus.api.jobs.JobTask;
import io.chorus.api.jobs.Jobs;
import io.chorus.api.jobs.Scheduled;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

/** Registers the shared pool; polling connectors wait on the network, so it is larger than the number of cores. */
@Component(service = Jobs.class)
public final class JobsComponent implements Jobs {

    private final JobsService jobs;

    @Activate
    public JobsComponent(@Reference(service = LoggerFactory.class) Logger logger) {
        int threads = Math.max(8, Runtime.getRuntime().availableProcessors() * 4);
        this.jobs = new JobsService(Clock.systemUTC(), threads, (message, error) -> logger.error(message, error));
    }

    @Deactivate
    void deactivate() {
        jobs.close();
    }

    @Override
    public <T> Job<T> start(String title, JobTask<T> task) {
        return jobs.start(title, task);
    }

    @Override
    public Scheduled every(String title, Duration initialDelay, Duration period, Runnable action) {
        return jobs.every(title, initialDelay, period, action);
    }

    @Override
    public Scheduled after(String title, Duration delay, Runnable action) {
        return jobs.after(title, delay, action);
    }

    @Override
    public List<JobStatus> running() {
        return jobs.running();
    }

    @Override
    public boolean cancel(long jobId) {
        return jobs.cancel(jobId);
    }

    @Override
    public void addListener(JobListener listener) {
        jobs.addListener(listener);
    }

    @Override
    public void removeListener(JobListener listener) {
        jobs.removeListener(listener);
    }
}
