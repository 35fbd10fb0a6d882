package io.chorus.api.runtime;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The running Chorus: how it was started, its workspace and its features. One instance exists per process;
 * the launcher decides everything it reports before the OSGi framework starts.
 */
@ProviderType
public interface ChorusRuntime {

    /** The product version, for example {@code 0.1.0}. */
    String version();

    /** Whether a window is shown. */
    RuntimeMode mode();

    /** The workspace this process works in. */
    Workspace workspace();

    /** The distribution folder: {@code bin/ bundles/ conf/ dropins/ features/}. */
    Path home();

    /** The folder watched for plugin jars that are installed while Chorus runs. */
    Path dropinsDirectory();

    /** When the process started. */
    Instant startedAt();

    /** Every feature the distribution knows, installed or not, in dependency order. */
    List<FeatureInfo> features();

    /** The problems the launcher found while assembling this process (unreadable feature files, missing bundles). */
    List<String> launchProblems();

    /**
     * Everything that is broken right now, in words a person can act on: the launch problems, bundles that do not
     * resolve (with the requirement they miss), components that failed or wait for a missing service. Empty when
     * Chorus is healthy.
     */
    List<String> problems();
}
