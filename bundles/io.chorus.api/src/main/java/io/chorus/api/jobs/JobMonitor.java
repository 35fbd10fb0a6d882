package io.chorus.api.jobs;

import org.osgi.annotation.versioning.ProviderType;

/** What a job tells people about its progress, and how it learns that it should stop. */
@ProviderType
public interface JobMonitor {

    /** The amount of work, in the job's own units (mentions, files); 0 or less when unknown. */
    void begin(long totalWork);

    /** Reports {@code units} more done. */
    void worked(long units);

    /** What the job is doing now, in words ("Reading mentions.jsonl"). */
    void message(String text);

    /** Whether someone cancelled the job (the job should stop soon; it is also interrupted). */
    boolean isCancelled();
}
