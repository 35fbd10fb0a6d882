package io.chorus.shell.internal;

import java.io.PrintStream;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.chorus.api.jobs.Job;
import io.chorus.api.jobs.JobStatus;

/** Waits for a job and draws its progress as a bar on the terminal, the way the window's Progress view does. */
final class JobProgress {

    private static final int BAR_WIDTH = 30;

    private JobProgress() {
    }

    /** Waits for the job's result; the bar appears only for jobs that take more than a moment. */
    static <T> T await(Job<T> job, PrintStream out) throws ExecutionException, InterruptedException {
        boolean drawn = false;
        while (true) {
            try {
                T value = job.result().get(drawn ? 200 : 500, TimeUnit.MILLISECONDS);
                if (drawn) {
                    out.print("\r" + bar(job.status()) + System.lineSeparator());
                }
                return value;
            } catch (TimeoutException stillRunning) {
                out.print("\r" + bar(job.status()));
                out.flush();
                drawn = true;
            } catch (InterruptedException e) {
                job.cancel();
                throw e;
            }
        }
    }

    /** {@code [##########----------]  50%  Polling acme-forum: page 3} or a spinner-less bar when the total is unknown. */
    static String bar(JobStatus status) {
        double fraction = status.fraction();
        StringBuilder text = new StringBuilder("[");
        int filled = fraction < 0 ? 0 : (int) Math.round(fraction * BAR_WIDTH);
        for (int i = 0; i < BAR_WIDTH; i++) {
            text.append(fraction < 0 ? '.' : i < filled ? '#' : '-');
        }
        text.append("] ");
        text.append(fraction < 0 ? status.done() + " done" : String.format("%3d%%", Math.round(fraction * 100)));
        text.append("  ").append(status.title());
        if (!status.message().isEmpty()) {
            text.append(": ").append(status.message());
        }
        return text.toString();
    }
}
