package io.chorus.api.runtime;

import java.nio.file.Path;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Changes the installed features of the running distribution without a restart where OSGi allows: bundles are
 * installed, resolved and started (or stopped and uninstalled) in this process, and the installed set in
 * {@code conf/installed-features.json} is rewritten so the next start agrees. Every change is checked with the OSGi
 * resolver first; when a requirement is missing nothing changes and the exception says what is missing, in words.
 * Calls are serialised; they may block for seconds, so call them off the UI thread.
 */
@ProviderType
public interface FeatureManager {

    /**
     * Says what installing a file would do, changing nothing.
     *
     * @param file a feature file ({@code .json}), a feature archive ({@code .zip} with {@code features/} and
     *             {@code bundles/}) or a plugin jar (a connector, installed through {@code dropins/})
     * @return the feature or plugin the file brings and the bundles it would start
     * @throws FeatureChangeException when the file cannot be installed; its problems say why and what to do
     */
    FeatureChange check(Path file) throws FeatureChangeException;

    /** Installs a feature file, feature archive or plugin jar, and starts what it brings. */
    FeatureChange install(Path file) throws FeatureChangeException;

    /** Installs a feature the distribution already knows, with the features it needs, and starts it. */
    FeatureChange enable(String featureName) throws FeatureChangeException;

    /**
     * Takes a feature out of the installed set and stops its bundles, keeping its file so it can be enabled again.
     * Refused when an installed feature needs it, or for {@code core}.
     */
    FeatureChange disable(String featureName) throws FeatureChangeException;

    /** Disables a feature that was installed from a file and deletes its file; features shipped with Chorus are only disabled. */
    FeatureChange remove(String featureName) throws FeatureChangeException;
}
