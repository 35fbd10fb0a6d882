package io.chorus.feature;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.osgi.service.feature.Feature;
import org.osgi.service.feature.FeatureArtifact;
import org.osgi.service.feature.FeatureBundle;

/**
 * A feature a distribution knows.
 *
 * @param name             the short name users type: the artifact id of the feature's id
 * @param feature          the feature as the OSGi Feature Service reads it
 * @param source           the file it was read from
 * @param requires         the names of the features it needs
 * @param workbenchBundles bundles that start only with the window
 */
public record CatalogEntry(String name, Feature feature, Path source, List<String> requires,
                           List<FeatureArtifact> workbenchBundles) {

    public CatalogEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(feature, "feature");
        requires = List.copyOf(requires);
        workbenchBundles = List.copyOf(workbenchBundles);
    }

    /** The bundles that start in every mode. */
    public List<FeatureBundle> bundles() {
        return feature.getBundles();
    }

    /** The feature's version. */
    public String version() {
        return feature.getID().getVersion();
    }

    /** A title for people: the feature's name, or its short name when the file has none. */
    public String title() {
        return feature.getName().orElse(name);
    }

    /** What the feature gives users, or an empty string. */
    public String description() {
        return feature.getDescription().orElse("");
    }

    /** Whether this feature is (part of) the window and so never starts headless. */
    public boolean isWorkbenchOnly() {
        return feature.getCategories().contains(ChorusExtensions.WORKBENCH_CATEGORY);
    }
}
