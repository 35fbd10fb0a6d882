package io.chorus.api.runtime;

import java.util.List;
import java.util.Objects;

/**
 * One feature of the distribution, as the module manager, the shell and the welcome page show it.
 *
 * @param name        the short name users type ({@code core}, {@code reputation}, {@code source-rss})
 * @param id          the full OSGi feature id, Maven coordinates ({@code io.chorus.feature:core:osgifeature:1.0.0})
 * @param version     the feature's version
 * @param title       a human title; the name when the feature file has none
 * @param description what the feature gives users; may be empty
 * @param requires    the names of the features this one needs
 * @param installed   whether the distribution's installed set contains it
 * @param active      whether this process runs it
 * @param bundles     the bundles it brings in this mode, with their state
 */
public record FeatureInfo(String name, String id, String version, String title, String description,
                          List<String> requires, boolean installed, boolean active, List<BundleInfo> bundles) {

    public FeatureInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(id, "id");
        requires = List.copyOf(requires);
        bundles = List.copyOf(bundles);
    }

    /**
     * A bundle a feature brings.
     *
     * @param coordinates  Maven coordinates from the feature file
     * @param symbolicName the bundle's symbolic name, or empty when it is not installed
     * @param state        its state in this process
     */
    public record BundleInfo(String coordinates, String symbolicName, BundleState state) {
        public BundleInfo {
            Objects.requireNonNull(coordinates, "coordinates");
            Objects.requireNonNull(symbolicName, "symbolicName");
            Objects.requireNonNull(state, "state");
        }
    }

    /** A bundle's state in words users understand. */
    public enum BundleState {
        /** Not part of this process (feature not active, or a UI bundle in headless mode). */
        NOT_INSTALLED,
        /** Installed but its requirements are not met. */
        UNRESOLVED,
        /** Resolved but not started. */
        RESOLVED,
        /** Starting or stopping. */
        CHANGING,
        /** Running. */
        ACTIVE
    }
}
