package io.chorus.ui.activity.internal;

/** Cancels a running job by its id: {@link io.chorus.api.jobs.Jobs#cancel} in the window, {@link #NONE} where none can be. */
@FunctionalInterface
interface JobCanceller {

    /** Nothing can be cancelled: Cancel buttons stay disabled and say why. */
    JobCanceller NONE = id -> false;

    /** Asks the job to stop; false when it is unknown or cannot be cancelled from here. */
    boolean cancel(long jobId);

    default boolean available() {
        return this != NONE;
    }
}
