package io.chorus.ui.activity.internal;

import java.util.List;

import io.chorus.api.jobs.JobStatus;

/**
 * The status bar's view of the running jobs: the newest job's title, how many others run, and the overall progress.
 *
 * @param title    the newest running job's title, or empty when idle
 * @param others   how many other jobs run
 * @param fraction overall progress from 0 to 1 over the jobs that know their total, or -1 when none does
 */
record JobSummary(String title, int others, double fraction) {

    static final JobSummary IDLE = new JobSummary("", 0, -1);

    boolean idle() {
        return title.isEmpty();
    }

    /** @param running the running jobs, oldest first */
    static JobSummary of(List<JobStatus> running) {
        if (running.isEmpty()) {
            return IDLE;
        }
        double sum = 0;
        int known = 0;
        for (JobStatus status : running) {
            if (status.fraction() >= 0) {
                sum += status.fraction();
                known++;
            }
        }
        return new JobSummary(running.get(running.size() - 1).title(), running.size() - 1,
                known == 0 ? -1 : sum / known);
    }
}
