package io.chorus.feature;

/** The names Chorus gives meaning to inside OSGi Feature files. */
public final class ChorusExtensions {

    /** JSON extension {@code {"features": ["core", ...]}}: the features this one needs. */
    public static final String REQUIRES = "chorus.requires";

    /** Artifacts extension: bundles that start only together with the workbench window. */
    public static final String WORKBENCH_BUNDLES = "chorus.workbench-bundles";

    /** Category of the features that make up the window; they never start headless. */
    public static final String WORKBENCH_CATEGORY = "chorus:workbench";

    /** Bundle metadata: the start level of a bundle (1 starts first). */
    public static final String START_ORDER = "start-order";

    /** The start level bundles get when their feature says nothing. */
    public static final int DEFAULT_START_ORDER = 10;

    private ChorusExtensions() {
    }
}
