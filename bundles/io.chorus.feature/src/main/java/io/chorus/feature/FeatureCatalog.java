package io.chorus.feature;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every feature a distribution knows, read from the {@code *.json} files of one folder. A broken file never hides
 * the others: it is left out and reported in {@link #problems()}.
 */
public final class FeatureCatalog {

    private final Map<String, CatalogEntry> entries;
    private final List<FeatureProblem> problems;

    private FeatureCatalog(Map<String, CatalogEntry> entries, List<FeatureProblem> problems) {
        this.entries = Collections.unmodifiableMap(new TreeMap<>(entries));
        this.problems = List.copyOf(problems);
    }

    /** A catalogue of exactly these entries. */
    public static FeatureCatalog of(Collection<CatalogEntry> entries) {
        Map<String, CatalogEntry> byName = new TreeMap<>();
        List<FeatureProblem> problems = new ArrayList<>();
        for (CatalogEntry entry : entries) {
            add(byName, problems, entry);
        }
        return new FeatureCatalog(byName, problems);
    }

    /** Reads every {@code *.json} file in {@code folder}; a missing folder is an empty catalogue. */
    public static FeatureCatalog read(Path folder, FeatureReader reader) {
        Map<String, CatalogEntry> byName = new TreeMap<>();
        List<FeatureProblem> problems = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return new FeatureCatalog(byName, problems);
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "*.json")) {
            stream.forEach(files::add);
        } catch (IOException e) {
            problems.add(FeatureProblem.of(folder, "cannot list the feature files: " + e.getMessage()));
        }
        Collections.sort(files);
        for (Path file : files) {
            try {
                add(byName, problems, reader.read(file));
            } catch (FeatureException e) {
                problems.addAll(e.problems());
            }
        }
        return new FeatureCatalog(byName, problems);
    }

    private static void add(Map<String, CatalogEntry> byName, List<FeatureProblem> problems, CatalogEntry entry) {
        CatalogEntry earlier = byName.putIfAbsent(entry.name(), entry);
        if (earlier != null) {
            problems.add(FeatureProblem.of(entry.source(), "a second feature named \"" + entry.name()
                    + "\" (the first is " + earlier.source() + "); remove one of the two files"));
        }
    }

    /** The entries, by name. */
    public List<CatalogEntry> entries() {
        return List.copyOf(entries.values());
    }

    /** The names of all entries, sorted. */
    public Set<String> names() {
        return entries.keySet();
    }

    /** The entry with this name. */
    public Optional<CatalogEntry> entry(String name) {
        return Optional.ofNullable(entries.get(name));
    }

    /** Files that could not be read, with why. */
    public List<FeatureProblem> problems() {
        return problems;
    }

    /** This catalogue with one more entry, or with {@code entry} replacing the one of the same name. */
    public FeatureCatalog with(CatalogEntry entry) {
        Map<String, CatalogEntry> copy = new TreeMap<>(entries);
        copy.put(entry.name(), entry);
        return new FeatureCatalog(copy, problems);
    }

    /**
     * The named features and every feature they need, each after the features it needs.
     *
     * @throws FeatureException when a name is unknown, a requirement is missing from the catalogue, or features
     *                          need each other in a circle
     */
    public List<CatalogEntry> closure(Collection<String> names) throws FeatureException {
        Map<String, CatalogEntry> ordered = new LinkedHashMap<>();
        List<FeatureProblem> problems = new ArrayList<>();
        for (String name : names) {
            if (!entries.containsKey(name)) {
                problems.add(FeatureProblem.of(null, "there is no feature \"" + name + "\"; known features: "
                        + String.join(", ", entries.keySet())));
            }
        }
        if (!problems.isEmpty()) {
            throw new FeatureException(problems);
        }
        for (String name : names) {
            visit(name, new LinkedHashSet<>(), ordered, problems);
        }
        if (!problems.isEmpty()) {
            throw new FeatureException(problems);
        }
        return List.copyOf(ordered.values());
    }

    private void visit(String name, LinkedHashSet<String> path, Map<String, CatalogEntry> ordered,
                       List<FeatureProblem> problems) {
        if (ordered.containsKey(name)) {
            return;
        }
        if (!path.add(name)) {
            problems.add(FeatureProblem.of(null, "features need each other in a circle: "
                    + String.join(" -> ", path) + " -> " + name));
            return;
        }
        CatalogEntry entry = entries.get(name);
        for (String required : entry.requires()) {
            if (!entries.containsKey(required)) {
                problems.add(FeatureProblem.of(entry.source(), "feature \"" + name + "\" needs feature \"" + required
                        + "\", which this distribution does not have; install it first"));
            } else {
                visit(required, path, ordered, problems);
            }
        }
        path.remove(name);
        ordered.putIfAbsent(name, entry);
    }

    /** The features among {@code candidates} that need {@code name}, directly or through others. */
    public Set<String> dependentsOf(String name, Collection<String> candidates) {
        Set<String> dependents = new LinkedHashSet<>();
        for (String candidate : candidates) {
            if (!candidate.equals(name) && entries.containsKey(candidate) && needs(candidate, name, new LinkedHashSet<>())) {
                dependents.add(candidate);
            }
        }
        return dependents;
    }

    private boolean needs(String from, String target, Set<String> seen) {
        CatalogEntry entry = entries.get(from);
        if (entry == null || !seen.add(from)) {
            return false;
        }
        for (String required : entry.requires()) {
            if (required.equals(target) || needs(required, target, seen)) {
                return true;
            }
        }
        return false;
    }
}
