package io.chorus.api.jobs;

import org.osgi.annotation.versioning.ProviderType;

/** Work scheduled with {@link Jobs#every} or {@link Jobs#after}. */
@ProviderType
public interface Scheduled {

    /** Runs no more; a run in progress finishes. */
    void cancel();
}
