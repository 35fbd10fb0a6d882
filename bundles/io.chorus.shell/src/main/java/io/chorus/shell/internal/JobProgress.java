package io.chorus.shell.internal;

import java.io.PrintStream;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.chorus.api.jobs.Job;
import io.chorus.api.jobs.JobStatus;

/** Waits for a job and draws its progress as a bar on the terminal, the way the window's Progress view does. */
final class JobProgress {

    private JobProgress() {
    }

    /**
     * Waits for the job's result. On a terminal the bar appears for jobs that take more than a moment and is redrawn
     * in place; elsewhere nothing is drawn, so a script's output holds only the result.
     */
    static <T> T await(Job<T> job, PrintStream out) throws ExecutionException, InterruptedException {
        boolean terminal = ProgressBar.toTerminal();
        boolean drawn = false;
        while (true) {
            try {
                T value = job.result().get(drawn ? 200 : 500, TimeUnit.MILLISECONDS);
                if (drawn) {
                    out.print("\r" + bar(job.status()) + System.lineSeparator());
                }
                return value;
            } catch (TimeoutException stillRunning) {
                if (terminal) {
                    out.print("\r" + bar(job.status()));
                    out.flush();
                    drawn = true;
                }
            } catch (InterruptedException e) {
                job.cancel();
                throw e;
            }
        }
    }

    /** {@code [===============               ]  50%  Polling acme-forum: page 3}, or the units done when the total is unknown. */
    static String bar(JobStatus status) {
        String bar = status.total() > 0 ? ProgressBar.bar(Math.min(status.done(), status.total()), status.total())
                : status.done() + " done";
        return bar + "  " + status.title() + (status.message().isEmpty() ? "" : ": " + status.message());
    }
}
