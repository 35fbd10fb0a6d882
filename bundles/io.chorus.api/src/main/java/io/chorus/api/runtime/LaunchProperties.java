package io.chorus.api.runtime;

/**
 * The framework properties through which the launcher tells bundles how this process was started. Bundles read
 * them through {@link ChorusRuntime}; they are listed here for tools that embed Chorus in their own launcher.
 */
public final class LaunchProperties {

    /** The distribution folder. */
    public static final String HOME = "chorus.home";

    /** The product version. */
    public static final String VERSION = "chorus.version";

    /** {@code workbench} or {@code headless}. */
    public static final String MODE = "chorus.mode";

    /** The workspace folder, absolute. */
    public static final String WORKSPACE = "chorus.workspace";

    /** The workspace's display name. */
    public static final String WORKSPACE_NAME = "chorus.workspace.name";

    /** {@code true} for the demo workspace. */
    public static final String WORKSPACE_DEMO = "chorus.workspace.demo";

    /** The workspace layout version. */
    public static final String WORKSPACE_SCHEMA = "chorus.workspace.schema";

    /** The folder watched for plugin jars. */
    public static final String DROPINS = "chorus.dropins";

    /** "true" when the process runs one command and exits: nothing should start work in the background. */
    public static final String ONE_SHOT = "chorus.oneshot";

    /** Comma-separated names of the features this process runs. */
    public static final String ACTIVE_FEATURES = "chorus.features.active";

    /** When the process started, in milliseconds since the epoch. */
    public static final String STARTED_AT = "chorus.started";

    /** Problems found while assembling this process, one per line. */
    public static final String LAUNCH_PROBLEMS = "chorus.launch.problems";

    private LaunchProperties() {
    }
}
