package io.chorus.feature;

import java.nio.file.Path;
import java.util.Objects;

import org.osgi.service.feature.ID;

/**
 * One bundle a run installs.
 *
 * @param id         its Maven coordinates
 * @param file       the jar in the bundle repository
 * @param startOrder its start level; lower starts earlier
 * @param feature    the name of the first feature that brings it
 */
public record PlannedBundle(ID id, Path file, int startOrder, String feature) {

    public PlannedBundle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(feature, "feature");
    }

    /** {@code groupId:artifactId}, the identity two versions of a bundle share. */
    public String key() {
        return id.getGroupId() + ":" + id.getArtifactId();
    }
}
