package io.chorus.feature;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.osgi.service.feature.ID;

/**
 * The features a file offers for installation and where their bundles may be found: a feature file
 * ({@code .json}) looks for bundles in a {@code bundles/} folder next to it, in its own folder (Maven layout) and in
 * the local Maven repository; a feature archive ({@code .zip} or {@code .far}) carries {@code features/} and
 * {@code bundles/}, and is unpacked into a temporary folder that {@link #close()} deletes. Shared by the offline
 * {@code chorus features install} and the live module manager, so both follow the same rules.
 */
public final class FeatureSource implements AutoCloseable {

    private final List<CatalogEntry> entries;
    private final List<Path> repositories;
    private final Path staging;

    private FeatureSource(List<CatalogEntry> entries, List<Path> repositories, Path staging) {
        this.entries = List.copyOf(entries);
        this.repositories = List.copyOf(repositories);
        this.staging = staging;
    }

    /**
     * Reads a feature file or archive.
     *
     * @param localMavenRepository the last place to look for bundles, usually {@code ~/.m2/repository}
     * @throws FeatureException when the file is of another kind, unreadable, or a feature file in it is invalid
     */
    public static FeatureSource open(Path file, FeatureReader reader, Path localMavenRepository)
            throws FeatureException {
        String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
        Path staging = null;
        List<Path> featureFiles = new ArrayList<>();
        List<Path> repositories = new ArrayList<>();
        try {
            if (lower.endsWith(".zip") || lower.endsWith(".far")) {
                staging = Files.createTempDirectory("chorus-feature");
                unzip(file, staging);
                Path features = staging.resolve("features");
                if (!Files.isDirectory(features)) {
                    throw new FeatureException(file + " is not a feature archive: it needs a features/ folder with"
                            + " the feature files and a bundles/ folder in Maven layout");
                }
                try (var stream = Files.list(features)) {
                    stream.filter(path -> path.toString().endsWith(".json")).sorted().forEach(featureFiles::add);
                }
                repositories.add(staging.resolve("bundles"));
            } else if (lower.endsWith(".json")) {
                featureFiles.add(file);
                Path folder = file.toAbsolutePath().getParent();
                repositories.add(folder.resolve("bundles"));
                repositories.add(folder);
            } else {
                throw new FeatureException(file.getFileName() + " is neither a feature file (.json) nor a feature"
                        + " archive (.zip)");
            }
            repositories.add(localMavenRepository);
            if (featureFiles.isEmpty()) {
                throw new FeatureException(file + " holds no feature file in features/; add the feature's .json"
                        + " file there");
            }
            List<CatalogEntry> entries = new ArrayList<>();
            List<FeatureProblem> problems = new ArrayList<>();
            for (Path featureFile : featureFiles) {
                try {
                    entries.add(reader.read(featureFile));
                } catch (FeatureException e) {
                    problems.addAll(e.problems());
                }
            }
            if (!problems.isEmpty()) {
                throw new FeatureException(problems);
            }
            FeatureSource source = new FeatureSource(entries, repositories, staging);
            staging = null;
            return source;
        } catch (IOException e) {
            throw new FeatureException(List.of(FeatureProblem.of(file, "cannot read the file: " + e.getMessage())));
        } finally {
            if (staging != null) {
                deleteTree(staging);
            }
        }
    }

    /** The features the file brings. */
    public List<CatalogEntry> entries() {
        return entries;
    }

    /** Where their bundles may be, in the order to look. */
    public List<Path> repositories() {
        return repositories;
    }

    /**
     * The bundles of {@link #entries()} that {@code target} lacks: for each, where it goes in {@code target} and the
     * file to copy there.
     *
     * @throws FeatureException naming every bundle found nowhere, with where it looked
     */
    public Map<Path, Path> bundlesMissingFrom(BundleRepository target) throws FeatureException {
        Map<Path, Path> copies = new LinkedHashMap<>();
        List<FeatureProblem> missing = new ArrayList<>();
        for (CatalogEntry entry : entries) {
            List<ID> ids = new ArrayList<>();
            entry.bundles().forEach(bundle -> ids.add(bundle.getID()));
            entry.workbenchBundles().forEach(bundle -> ids.add(bundle.getID()));
            for (ID id : ids) {
                if (target.find(id).isPresent()) {
                    continue;
                }
                Optional<Path> source = repositories.stream()
                        .map(root -> root.resolve(BundleRepository.relativePathOf(id)))
                        .filter(Files::isRegularFile).findFirst();
                if (source.isEmpty()) {
                    missing.add(FeatureProblem.of(entry.source(), "bundle " + id + " is nowhere to be found (looked in "
                            + String.join(", ", repositories.stream().map(Path::toString).toList()) + "); ship it in"
                            + " a feature archive (.zip with features/ and bundles/ in Maven layout) or next to the"
                            + " feature file in Maven layout"));
                } else {
                    copies.put(target.pathOf(id), source.get());
                }
            }
        }
        if (!missing.isEmpty()) {
            throw new FeatureException(missing);
        }
        return copies;
    }

    /** Deletes the unpacked archive, if any. */
    @Override
    public void close() {
        if (staging != null) {
            deleteTree(staging);
        }
    }

    /** Unpacks a feature archive, refusing entries that would land outside {@code target} (zip slip). */
    public static void unzip(Path archive, Path target) throws IOException, FeatureException {
        try (InputStream in = Files.newInputStream(archive); ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                Path destination = target.resolve(entry.getName()).normalize();
                if (!destination.startsWith(target)) {
                    throw new FeatureException(archive + " has an entry outside its own folder (" + entry.getName()
                            + "); refusing to install it");
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(destination);
                } else {
                    Files.createDirectories(destination.getParent());
                    Files.copy(zip, destination, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** Deletes a temporary folder and everything in it; what cannot be deleted is left for the OS to clean. */
    public static void deleteTree(Path root) {
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException error) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // A temporary folder left behind is harmless.
        }
    }
}
