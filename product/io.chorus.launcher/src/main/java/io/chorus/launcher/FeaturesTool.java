package io.chorus.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;


import io.chorus.feature.BundleRepository;
import io.chorus.feature.CatalogEntry;
import io.chorus.feature.FeatureCatalog;
import io.chorus.feature.FeatureException;
import io.chorus.feature.FeatureSource;
import io.chorus.feature.InstalledFeatures;
import io.chorus.feature.LaunchPlan;
import io.chorus.feature.LaunchPlanner;

/**
 * {@code chorus features list | install | remove | check}: manages which features a distribution starts, offline.
 * Installing checks with the OSGi resolver first and changes nothing when a requirement is missing; removing only
 * takes a feature out of the installed set, so workspaces and the catalogue stay as they are.
 */
final class FeaturesTool {

    private final Distribution distribution;
    private final PrintStream out;

    FeaturesTool(Distribution distribution, PrintStream out) {
        this.distribution = distribution;
        this.out = out;
    }

    int run(CommandLine.Features command) throws LauncherException {
        return switch (command.action()) {
            case "list" -> list();
            case "install" -> install(command.arguments().get(0));
            case "remove" -> remove(command.arguments().get(0));
            case "check" -> check(command.arguments());
            default -> throw new LauncherException("unknown action " + command.action(), LauncherException.USAGE);
        };
    }

    private int list() throws LauncherException {
        FeatureCatalog catalog = distribution.catalog();
        InstalledFeatures installed = distribution.installed();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"NAME", "VERSION", "INSTALLED", "REQUIRES", "BUNDLES", "TITLE"});
        for (CatalogEntry entry : catalog.entries()) {
            int bundles = entry.bundles().size() + entry.workbenchBundles().size();
            rows.add(new String[] {entry.name(), entry.version(), installed.contains(entry.name()) ? "yes" : "no",
                    entry.requires().isEmpty() ? "-" : String.join(",", entry.requires()), String.valueOf(bundles),
                    entry.title()});
        }
        printTable(rows);
        for (String name : installed.names()) {
            if (catalog.entry(name).isEmpty()) {
                out.println("WARNING: feature \"" + name + "\" is installed but its file is missing from "
                        + distribution.featuresDirectory() + "; reinstall it or remove it");
            }
        }
        catalog.problems().forEach(problem -> out.println("ERROR " + problem));
        return catalog.problems().isEmpty() ? 0 : LauncherException.FAILURE;
    }

    private int install(String argument) throws LauncherException {
        Path file = Path.of(argument);
        FeatureCatalog catalog = distribution.catalog();
        InstalledFeatures installed = distribution.installed();
        if (!Files.exists(file) && !argument.endsWith(".json") && !argument.endsWith(".zip")) {
            CatalogEntry entry = catalog.entry(argument).orElseThrow(() -> new LauncherException("there is no"
                    + " feature \"" + argument + "\" in " + distribution.featuresDirectory() + " and no file of that"
                    + " name; known features: " + String.join(", ", catalog.names()), LauncherException.USAGE));
            if (installed.contains(entry.name())) {
                out.println("Feature \"" + entry.name() + "\" is already installed.");
                return 0;
            }
            InstalledFeatures next = withRequirements(catalog, installed, entry);
            verify(catalog, next, entry.name());
            distribution.saveInstalled(next);
            out.println("Installed feature \"" + entry.name() + "\" (" + entry.title() + ")"
                    + added(installed, next, entry.name()) + ". It starts with the next start of Chorus.");
            return 0;
        }
        if (!Files.isRegularFile(file)) {
            throw new LauncherException("no such file: " + file.toAbsolutePath(), LauncherException.USAGE);
        }
        try (FeatureSource source = FeatureSource.open(file, distribution.reader(),
                Path.of(System.getProperty("user.home"), ".m2", "repository"))) {
            List<CatalogEntry> entries = source.entries();
            FeatureCatalog next = catalog;
            for (CatalogEntry entry : entries) {
                next = next.with(entry);
            }
            InstalledFeatures nextInstalled = installed;
            for (CatalogEntry entry : entries) {
                nextInstalled = withRequirements(next, nextInstalled, entry);
            }
            // target in the distribution -> where the bundle is now
            Map<Path, Path> copies = source.bundlesMissingFrom(distribution.repository());
            // Check against the bundles where they are now, before anything in the distribution changes.
            Path checkRepository = Files.createTempDirectory("chorus-check");
            try {
                for (Map.Entry<Path, Path> copy : copies.entrySet()) {
                    Path target = checkRepository.resolve(distribution.bundlesDirectory().relativize(copy.getKey()));
                    Files.createDirectories(target.getParent());
                    Files.copy(copy.getValue(), target, StandardCopyOption.REPLACE_EXISTING);
                }
                copyTree(distribution.bundlesDirectory(), checkRepository);
                verify(next, nextInstalled, entries.get(0).name(), new BundleRepository(checkRepository));
            } finally {
                FeatureSource.deleteTree(checkRepository);
            }
            for (Map.Entry<Path, Path> copy : copies.entrySet()) {
                Files.createDirectories(copy.getKey().getParent());
                Files.copy(copy.getValue(), copy.getKey(), StandardCopyOption.REPLACE_EXISTING);
            }
            for (CatalogEntry entry : entries) {
                Path target = distribution.featuresDirectory().resolve(entry.name() + ".json");
                Optional<CatalogEntry> earlier = catalog.entry(entry.name());
                if (earlier.isPresent() && !earlier.get().source().equals(target)) {
                    Files.deleteIfExists(earlier.get().source());
                }
                if (!entry.source().toAbsolutePath().equals(target.toAbsolutePath())) {
                    Files.copy(entry.source(), target, StandardCopyOption.REPLACE_EXISTING);
                }
                out.println((earlier.isPresent() && !earlier.get().version().equals(entry.version())
                        ? "Updated feature \"" + entry.name() + "\" from " + earlier.get().version() + " to "
                        : "Installed feature \"" + entry.name() + "\" ") + entry.version() + " ("
                        + (entry.bundles().size() + entry.workbenchBundles().size()) + " bundles).");
            }
            distribution.saveInstalled(nextInstalled);
            distribution.reload();
            out.println("It starts with the next start of Chorus.");
            return 0;
        } catch (FeatureException e) {
            throw new LauncherException("nothing was installed:\n" + e.getMessage());
        } catch (IOException e) {
            throw new LauncherException("installing " + file + " failed: " + e.getMessage()
                    + "; the installed features are unchanged");
        }
    }

    private InstalledFeatures withRequirements(FeatureCatalog catalog, InstalledFeatures installed,
                                               CatalogEntry entry) throws LauncherException {
        try {
            InstalledFeatures next = installed;
            for (CatalogEntry needed : catalog.closure(List.of(entry.name()))) {
                next = next.with(needed.name());
            }
            return next;
        } catch (FeatureException e) {
            throw new LauncherException("feature \"" + entry.name() + "\" cannot be installed, nothing changed:\n"
                    + e.getMessage());
        }
    }

    private static String added(InstalledFeatures before, InstalledFeatures after, String name) {
        Set<String> extra = new LinkedHashSet<>(after.names());
        extra.removeAll(before.names());
        extra.remove(name);
        return extra.isEmpty() ? "" : " with the features it needs: " + String.join(", ", extra);
    }

    private void verify(FeatureCatalog catalog, InstalledFeatures installed, String name) throws LauncherException {
        verify(catalog, installed, name, distribution.repository());
    }

    private void verify(FeatureCatalog catalog, InstalledFeatures installed, String name, BundleRepository repository)
            throws LauncherException {
        List<String> problems = resolve(catalog, repository, installed.names());
        if (!problems.isEmpty()) {
            throw new LauncherException("feature \"" + name + "\" cannot be installed, nothing changed:\n  "
                    + String.join("\n  ", problems));
        }
    }

    /** Resolves the features headless and, where the window is installed, with it. */
    private static List<String> resolve(FeatureCatalog catalog, BundleRepository repository,
                                        Collection<String> names) throws LauncherException {
        List<String> problems = new ArrayList<>();
        boolean hasWorkbench = names.stream().map(catalog::entry).flatMap(Optional::stream)
                .anyMatch(CatalogEntry::isWorkbenchOnly);
        for (boolean workbench : hasWorkbench ? List.of(false, true) : List.of(false)) {
            try {
                LaunchPlan plan = LaunchPlanner.plan(catalog, repository, names, workbench);
                for (String problem : ResolutionCheck.check(plan)) {
                    String line = (workbench ? "with the window: " : "headless: ") + problem;
                    if (!problems.contains(line)) {
                        problems.add(line);
                    }
                }
            } catch (FeatureException e) {
                problems.add(e.getMessage());
            }
        }
        return problems;
    }

    private int remove(String name) throws LauncherException {
        FeatureCatalog catalog = distribution.catalog();
        InstalledFeatures installed = distribution.installed();
        if (!installed.contains(name)) {
            if (catalog.entry(name).isEmpty()) {
                throw new LauncherException("there is no feature \"" + name + "\"; installed features: "
                        + String.join(", ", installed.names()), LauncherException.USAGE);
            }
            out.println("Feature \"" + name + "\" is not installed; nothing to do.");
            return 0;
        }
        Set<String> dependents = catalog.dependentsOf(name, installed.names());
        if (!dependents.isEmpty()) {
            throw new LauncherException("feature \"" + name + "\" is needed by " + String.join(", ", dependents)
                    + "; remove " + (dependents.size() == 1 ? "that feature" : "those features") + " first");
        }
        distribution.saveInstalled(installed.without(name));
        out.println("Removed feature \"" + name + "\" from the installed features. Workspaces are untouched;"
                + " 'chorus features install " + name + "' brings it back.");
        return 0;
    }

    private int check(List<String> names) throws LauncherException {
        FeatureCatalog catalog = distribution.catalog();
        Collection<String> selection = names.isEmpty() ? distribution.installed().names() : names;
        List<String> problems = resolve(catalog, distribution.repository(), selection);
        catalog.problems().forEach(problem -> problems.add(problem.toString()));
        boolean withWindow = selection.stream().map(catalog::entry).flatMap(Optional::stream)
                .anyMatch(CatalogEntry::isWorkbenchOnly);
        if (problems.isEmpty()) {
            out.println("Features " + String.join(", ", selection) + " resolve"
                    + (withWindow ? ", headless and with the window." : " headless."));
            return 0;
        }
        out.println("Features " + String.join(", ", selection) + " do not resolve:");
        problems.forEach(problem -> out.println("  " + problem));
        return LauncherException.FAILURE;
    }

    private void printTable(List<String[]> rows) {
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                line.append(row[i]);
                if (i < row.length - 1) {
                    line.append(" ".repeat(widths[i] - row[i].length() + 2));
                }
            }
            out.println(line.toString().stripTrailing());
        }
    }

    private static void copyTree(Path source, Path target) throws IOException {
        if (!Files.isDirectory(source)) {
            return;
        }
        Files.walkFileTree(source, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Path destination = target.resolve(source.relativize(file));
                if (!Files.exists(destination)) {
                    Files.createDirectories(destination.getParent());
                    // Hard links keep the check cheap; copy where the file system cannot link.
                    try {
                        Files.createLink(destination, file);
                    } catch (IOException | UnsupportedOperationException e) {
                        Files.copy(file, destination);
                    }
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
