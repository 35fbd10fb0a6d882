package io.chorus.feature;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

import org.osgi.service.feature.ID;

/**
 * A folder of bundles in Maven repository layout ({@code group/path/artifact/version/artifact-version.jar}), so that
 * the coordinates in a feature file name exactly one file and two versions of a bundle never collide.
 */
public final class BundleRepository {

    private final Path root;

    public BundleRepository(Path root) {
        this.root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
    }

    /** The repository folder. */
    public Path root() {
        return root;
    }

    /** Where the artifact with these coordinates lives, whether or not it is there. */
    public Path pathOf(ID id) {
        return root.resolve(relativePathOf(id));
    }

    /** The artifact's path inside any Maven-layout repository. */
    public static Path relativePathOf(ID id) {
        String fileName = id.getArtifactId() + "-" + id.getVersion()
                + id.getClassifier().map(classifier -> "-" + classifier).orElse("")
                + "." + id.getType().filter(type -> !type.isEmpty()).orElse("jar");
        return Path.of(id.getGroupId().replace('.', '/'), id.getArtifactId(), id.getVersion(), fileName);
    }

    /**
     * The location Chorus installs a repository jar under: a {@code reference:} URL, so the framework reads the jar
     * where it is instead of copying it into its cache, and the location alone tells which file a bundle came from.
     */
    public static String installLocation(Path jar) {
        return "reference:" + jar.toAbsolutePath().normalize().toUri();
    }

    /** The artifact's file, when the repository holds it. */
    public Optional<Path> find(ID id) {
        Path path = pathOf(id);
        return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
    }
}
