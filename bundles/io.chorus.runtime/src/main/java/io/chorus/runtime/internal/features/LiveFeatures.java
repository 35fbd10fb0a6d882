package io.chorus.runtime.internal.features;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.framework.wiring.FrameworkWiring;

import io.chorus.api.files.AtomicFiles;
import io.chorus.api.runtime.FeatureChange;
import io.chorus.api.runtime.FeatureChangeException;
import io.chorus.feature.BundleRepository;
import io.chorus.feature.CatalogEntry;
import io.chorus.feature.FeatureCatalog;
import io.chorus.feature.FeatureException;
import io.chorus.feature.FeatureProblem;
import io.chorus.feature.FeatureReader;
import io.chorus.feature.FeatureSource;
import io.chorus.feature.InstalledFeatures;
import io.chorus.feature.LaunchPlan;
import io.chorus.feature.LaunchPlanner;
import io.chorus.feature.PlannedBundle;
import io.chorus.runtime.internal.UnresolvedReasons;
import jakarta.json.spi.JsonProvider;

/**
 * Changes the features of a running framework and of its distribution folder together. Every change is tried in
 * the framework first (install, resolve); when a bundle does not resolve, what was installed is uninstalled, the
 * files the trial copied are deleted and the installed set is left alone. Not thread-safe: the component
 * serialises calls.
 */
final class LiveFeatures {

    /** Features the user added from a file, so that remove deletes their file and never one Chorus ships. */
    static final String ADDED_FILE_NAME = "added-features.json";

    private static final String CORE = "core";
    private static final long REFRESH_TIMEOUT_SECONDS = 60;

    private final BundleContext context;
    private final FeatureReader reader;
    private final JsonProvider json;
    private final Path home;
    private final Path dropins;
    private final boolean workbench;
    private final Set<String> active;
    private final Path localMavenRepository;

    /**
     * @param active the names of the features this process runs; updated in place
     */
    LiveFeatures(BundleContext context, FeatureReader reader, JsonProvider json, Path home, Path dropins,
                 boolean workbench, Set<String> active, Path localMavenRepository) {
        this.context = context;
        this.reader = reader;
        this.json = json;
        this.home = home.toAbsolutePath().normalize();
        this.dropins = dropins.toAbsolutePath().normalize();
        this.workbench = workbench;
        this.active = active;
        this.localMavenRepository = localMavenRepository;
    }

    private Path featuresDirectory() {
        return home.resolve("features");
    }

    private Path conf(String fileName) {
        return home.resolve("conf").resolve(fileName);
    }

    private BundleRepository repository() {
        return new BundleRepository(home.resolve("bundles"));
    }

    private FeatureCatalog catalog() {
        return FeatureCatalog.read(featuresDirectory(), reader);
    }

    private InstalledFeatures read(String fileName, Set<String> fallback) throws FeatureChangeException {
        try {
            return InstalledFeatures.read(conf(fileName), json).orElse(InstalledFeatures.of(fallback));
        } catch (FeatureException e) {
            throw refused(e);
        }
    }

    private InstalledFeatures installed(FeatureCatalog catalog) throws FeatureChangeException {
        // Without the file every feature of the catalogue is installed, as the launcher sees it.
        return read(InstalledFeatures.FILE_NAME, catalog.names());
    }

    // ---- check and install ---------------------------------------------------------------------------------

    FeatureChange check(Path file) throws FeatureChangeException {
        requireFile(file);
        if (isPluginJar(file)) {
            return tryPlugin(file);
        }
        try (FeatureSource source = openSource(file)) {
            return change(source, names(source.entries()), true);
        }
    }

    FeatureChange install(Path file) throws FeatureChangeException {
        requireFile(file);
        if (isPluginJar(file)) {
            FeatureChange tried = tryPlugin(file);
            Path target = dropins.resolve(file.getFileName().toString());
            try {
                // Written under a temporary name FileInstall ignores, then renamed: it never sees half a jar.
                AtomicFiles.write(target, Files.readAllBytes(file));
            } catch (IOException e) {
                throw new FeatureChangeException("cannot copy " + file + " into " + dropins + ": " + e.getMessage()
                        + "; check that the folder is writable");
            }
            return new FeatureChange(tried.feature(), tried.started(), List.of(), false, "Plugin "
                    + tried.feature() + " was copied to " + dropins + "; it starts within a few seconds.");
        }
        try (FeatureSource source = openSource(file)) {
            return change(source, names(source.entries()), false);
        }
    }

    FeatureChange enable(String name) throws FeatureChangeException {
        FeatureCatalog catalog = catalog();
        if (catalog.entry(name).isEmpty()) {
            throw new FeatureChangeException("there is no feature \"" + name + "\" in " + featuresDirectory()
                    + "; known features: " + String.join(", ", catalog.names()));
        }
        return change(null, List.of(name), false);
    }

    private static boolean isPluginJar(Path file) {
        return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".jar");
    }

    private FeatureSource openSource(Path file) throws FeatureChangeException {
        String lower = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (!lower.endsWith(".json") && !lower.endsWith(".zip") && !lower.endsWith(".far")) {
            throw new FeatureChangeException(file.getFileName() + " is neither a feature file (.json), a feature"
                    + " archive (.zip) nor a plugin jar (.jar); choose one of those");
        }
        try {
            return FeatureSource.open(file, reader, localMavenRepository);
        } catch (FeatureException e) {
            throw refused(e);
        }
    }

    private static List<String> names(List<CatalogEntry> entries) {
        return entries.stream().map(CatalogEntry::name).toList();
    }

    private static void requireFile(Path file) throws FeatureChangeException {
        if (!Files.isRegularFile(file)) {
            throw new FeatureChangeException("there is no file " + file.toAbsolutePath() + "; choose a feature file"
                    + " (.json), a feature archive (.zip) or a plugin jar (.jar)");
        }
    }

    /**
     * Installs {@code requested} (with the features they need) in the framework, taking new feature files and their
     * bundles from {@code source} (null when the distribution has them); with {@code dryRun} everything is undone
     * after the resolver has had its say.
     */
    private FeatureChange change(FeatureSource source, List<String> requested, boolean dryRun)
            throws FeatureChangeException {
        List<CatalogEntry> added = source == null ? List.of() : source.entries();
        FeatureCatalog catalog = catalog();
        InstalledFeatures installed = installed(catalog);
        FeatureCatalog next = catalog;
        for (CatalogEntry entry : added) {
            next = next.with(entry);
        }
        List<CatalogEntry> closure;
        try {
            closure = next.closure(requested);
        } catch (FeatureException e) {
            throw refused(e);
        }
        String feature = String.join(", ", requested);
        InstalledFeatures nextInstalled = installed;
        for (CatalogEntry entry : closure) {
            nextInstalled = nextInstalled.with(entry.name());
        }
        List<String> updated = new ArrayList<>();
        for (CatalogEntry entry : added) {
            Optional<CatalogEntry> earlier = catalog.entry(entry.name());
            if (earlier.isPresent() && active.contains(entry.name())
                    && !earlier.get().version().equals(entry.version())) {
                updated.add(entry.name());
            }
        }
        if (added.isEmpty() && active.containsAll(requested)) {
            return new FeatureChange(feature, List.of(), List.of(), false, "Feature \"" + feature
                    + "\" is already running.");
        }
        List<Path> copied = source == null ? new ArrayList<>() : copyMissingBundles(source);
        List<Bundle> trial = new ArrayList<>();
        try {
            Set<String> running = new LinkedHashSet<>(onlyKnown(next, active));
            running.removeAll(updated);
            running.addAll(requested);
            LaunchPlan plan;
            try {
                plan = LaunchPlanner.plan(next, repository(), running, workbench);
            } catch (FeatureException e) {
                throw refused(e);
            }
            if (!plan.problems().isEmpty()) {
                throw new FeatureChangeException(plan.problems().stream().map(FeatureProblem::toString).toList());
            }
            if (!updated.isEmpty()) {
                // A new version of a running feature would run next to the old one: it takes over at the next start.
                if (dryRun) {
                    return new FeatureChange(feature, List.of(), List.of(), true, "Feature \"" + feature + "\" would"
                            + " be updated; the new version starts with the next start of Chorus.");
                }
                writeFeatureFiles(catalog, added, nextInstalled);
                copied.clear();
                return new FeatureChange(feature, List.of(), List.of(), true, "Feature \"" + feature + "\" was"
                        + " updated; the new version starts with the next start of Chorus.");
            }
            Map<Bundle, PlannedBundle> fresh = installAndResolve(plan, trial);
            List<String> started = fresh.keySet().stream().map(Bundle::getSymbolicName).toList();
            if (dryRun) {
                return new FeatureChange(feature, started, List.of(), false, "Feature \"" + feature + "\" can be"
                        + " installed: " + describe(closure, installed) + started.size() + " new bundles.");
            }
            start(fresh);
            trial.clear();
            writeFeatureFiles(catalog, added, nextInstalled);
            copied.clear();
            active.addAll(plan.featureNames());
            List<String> notRunning = closure.stream().map(CatalogEntry::name)
                    .filter(name -> !plan.featureNames().contains(name)).toList();
            return new FeatureChange(feature, started, List.of(), false, "Feature \"" + feature + "\" is installed"
                    + " and running with " + started.size() + " new bundles"
                    + (notRunning.isEmpty() ? "." : "; " + String.join(", ", notRunning)
                            + " start with the window."));
        } finally {
            uninstall(trial);
            copied.forEach(this::deleteCopy);
        }
    }

    private static Set<String> onlyKnown(FeatureCatalog catalog, Collection<String> names) {
        Set<String> known = new LinkedHashSet<>(names);
        known.retainAll(catalog.names());
        return known;
    }

    private static String describe(List<CatalogEntry> closure, InstalledFeatures installed) {
        List<String> extra = closure.stream().map(CatalogEntry::name).filter(name -> !installed.contains(name))
                .toList();
        return extra.isEmpty() ? "" : "with the features " + String.join(", ", extra) + ", ";
    }

    /** Copies the bundles the distribution lacks into its repository; returns the files created. */
    private List<Path> copyMissingBundles(FeatureSource source) throws FeatureChangeException {
        BundleRepository target = repository();
        Map<Path, Path> copies;
        try {
            copies = source.bundlesMissingFrom(target);
        } catch (FeatureException e) {
            throw refused(e);
        }
        List<Path> created = new ArrayList<>();
        try {
            for (Map.Entry<Path, Path> copy : copies.entrySet()) {
                AtomicFiles.write(copy.getKey(), Files.readAllBytes(copy.getValue()));
                created.add(copy.getKey());
            }
        } catch (IOException e) {
            created.forEach(this::deleteCopy);
            throw new FeatureChangeException("cannot copy the bundles into " + target.root() + ": " + e.getMessage()
                    + "; check that the folder is writable");
        }
        return created;
    }

    /**
     * Installs the planned bundles the framework does not have yet and resolves them. Every bundle installed is added
     * to {@code trial} at once, so the caller can undo it whatever happens.
     */
    private Map<Bundle, PlannedBundle> installAndResolve(LaunchPlan plan, List<Bundle> trial)
            throws FeatureChangeException {
        Map<Bundle, PlannedBundle> fresh = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (PlannedBundle planned : plan.bundles()) {
            String location = BundleRepository.installLocation(planned.file());
            if (context.getBundle(location) != null) {
                continue;
            }
            try {
                Bundle bundle = context.installBundle(location);
                trial.add(bundle);
                fresh.put(bundle, planned);
            } catch (BundleException | RuntimeException e) {
                problems.add("bundle " + planned.id() + " of feature \"" + planned.feature() + "\" cannot be"
                        + " installed: " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new FeatureChangeException(problems);
        }
        problems.addAll(resolve(fresh.keySet()));
        if (!problems.isEmpty()) {
            throw new FeatureChangeException(problems);
        }
        return fresh;
    }

    /** Resolves {@code bundles}; for each that does not resolve, a sentence saying what it misses. */
    private List<String> resolve(Collection<Bundle> bundles) {
        FrameworkWiring wiring = context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION).adapt(FrameworkWiring.class);
        wiring.resolveBundles(bundles);
        List<String> problems = new ArrayList<>();
        for (Bundle bundle : bundles) {
            if (bundle.getState() != Bundle.INSTALLED) {
                continue;
            }
            String name = bundle.getSymbolicName() + " " + bundle.getVersion();
            List<String> reasons = UnresolvedReasons.of(bundle, wiring);
            if (reasons.isEmpty()) {
                problems.add("bundle " + name + " does not resolve together with the bundles that run now (a"
                        + " version conflict); restart Chorus after installing, or ask its author which versions it"
                        + " needs");
            }
            for (String reason : reasons) {
                problems.add("bundle " + name + " " + reason + "; install the feature that provides it");
            }
        }
        return problems;
    }

    /** Starts the new bundles in start order (the plan's order); a bundle that fails to start undoes the change. */
    private void start(Map<Bundle, PlannedBundle> fresh) throws FeatureChangeException {
        for (Map.Entry<Bundle, PlannedBundle> entry : fresh.entrySet()) {
            Bundle bundle = entry.getKey();
            bundle.adapt(BundleStartLevel.class).setStartLevel(entry.getValue().startOrder());
        }
        for (Bundle bundle : fresh.keySet()) {
            if (bundle.getHeaders("").get(Constants.FRAGMENT_HOST) != null) {
                continue;
            }
            try {
                bundle.start(Bundle.START_ACTIVATION_POLICY);
            } catch (BundleException | RuntimeException e) {
                throw new FeatureChangeException("bundle " + bundle.getSymbolicName() + " " + bundle.getVersion()
                        + " failed to start: " + e.getMessage() + "; nothing was installed");
            }
        }
    }

    private void writeFeatureFiles(FeatureCatalog catalog, List<CatalogEntry> added, InstalledFeatures nextInstalled)
            throws FeatureChangeException {
        try {
            InstalledFeatures addedByUser = read(ADDED_FILE_NAME, Set.of());
            for (CatalogEntry entry : added) {
                Path target = featuresDirectory().resolve(entry.name() + ".json");
                Optional<CatalogEntry> earlier = catalog.entry(entry.name());
                if (earlier.isPresent() && !earlier.get().source().toAbsolutePath().equals(target.toAbsolutePath())) {
                    Files.deleteIfExists(earlier.get().source());
                }
                if (!entry.source().toAbsolutePath().equals(target.toAbsolutePath())) {
                    AtomicFiles.write(target, Files.readAllBytes(entry.source()));
                }
                if (earlier.isEmpty()) {
                    addedByUser = addedByUser.with(entry.name());
                }
            }
            if (!added.isEmpty()) {
                addedByUser.write(conf(ADDED_FILE_NAME), json);
            }
            nextInstalled.write(conf(InstalledFeatures.FILE_NAME), json);
        } catch (IOException e) {
            throw new FeatureChangeException("cannot write the feature files into " + home + ": " + e.getMessage()
                    + "; check that the distribution folder is writable");
        }
    }

    // ---- plugins -------------------------------------------------------------------------------------------

    /** Checks that a jar is an OSGi bundle that resolves here, installing it on trial and uninstalling it again. */
    private FeatureChange tryPlugin(Path file) throws FeatureChangeException {
        String name = file.getFileName().toString();
        String symbolicName;
        try (JarFile jar = new JarFile(file.toFile())) {
            Manifest manifest = jar.getManifest();
            Attributes main = manifest == null ? new Attributes() : manifest.getMainAttributes();
            String header = main.getValue(Constants.BUNDLE_SYMBOLICNAME);
            if (header == null || header.isBlank()) {
                throw new FeatureChangeException(name + " is not an OSGi bundle: its manifest has no"
                        + " Bundle-SymbolicName; build the plugin with bnd (see the connector guide)");
            }
            symbolicName = header.split(";")[0].strip();
        } catch (IOException e) {
            throw new FeatureChangeException(name + " is not a readable jar (" + e.getMessage() + "); choose the"
                    + " plugin's .jar file");
        }
        for (Bundle existing : context.getBundles()) {
            if (symbolicName.equals(existing.getSymbolicName()) && !existing.getLocation().contains(name)) {
                throw new FeatureChangeException("plugin " + name + " is bundle " + symbolicName + ", which is already"
                        + " installed from " + existing.getLocation() + "; remove that one first");
            }
        }
        List<Bundle> trial = new ArrayList<>();
        try (java.io.InputStream content = Files.newInputStream(file)) {
            Bundle bundle = context.installBundle("chorus-check:" + file.toAbsolutePath().toUri(), content);
            trial.add(bundle);
            List<String> problems = resolve(List.of(bundle));
            if (!problems.isEmpty()) {
                throw new FeatureChangeException(problems);
            }
            return new FeatureChange(name, List.of(symbolicName), List.of(), false, "Plugin " + name + " (bundle "
                    + symbolicName + " " + bundle.getVersion() + ") can be installed.");
        } catch (BundleException | IOException e) {
            throw new FeatureChangeException(name + " cannot be installed: " + e.getMessage());
        } finally {
            uninstall(trial);
        }
    }

    // ---- disable and remove --------------------------------------------------------------------------------

    FeatureChange disable(String name) throws FeatureChangeException {
        if (CORE.equals(name)) {
            throw new FeatureChangeException("feature \"core\" is Chorus itself and cannot be disabled");
        }
        FeatureCatalog catalog = catalog();
        InstalledFeatures installed = installed(catalog);
        if (catalog.entry(name).isEmpty() && !installed.contains(name)) {
            throw new FeatureChangeException("there is no feature \"" + name + "\"; installed features: "
                    + String.join(", ", installed.names()));
        }
        if (!installed.contains(name) && !active.contains(name)) {
            return new FeatureChange(name, List.of(), List.of(), false, "Feature \"" + name + "\" is not installed;"
                    + " nothing to do.");
        }
        Set<String> users = new TreeSet<>(installed.names());
        users.addAll(active);
        Set<String> dependents = catalog.dependentsOf(name, users);
        if (!dependents.isEmpty()) {
            throw new FeatureChangeException("feature \"" + name + "\" is needed by " + String.join(", ", dependents)
                    + "; disable " + (dependents.size() == 1 ? "that feature" : "those features") + " first");
        }
        Set<String> remaining = onlyKnown(catalog, active);
        remaining.remove(name);
        Set<String> kept = locations(catalog, remaining);
        Set<String> removed = catalog.entry(name).isPresent() ? locations(catalog, Set.of(name)) : new LinkedHashSet<>();
        removed.removeAll(kept);
        List<Bundle> bundles = new ArrayList<>();
        for (String location : removed) {
            Optional.ofNullable(context.getBundle(location)).ifPresent(bundles::add);
        }
        boolean restartNeeded = wiredFromOutside(bundles);
        List<String> stopped = bundles.stream().map(Bundle::getSymbolicName).toList();
        try {
            installed.without(name).write(conf(InstalledFeatures.FILE_NAME), json);
        } catch (IOException e) {
            throw new FeatureChangeException("cannot write " + conf(InstalledFeatures.FILE_NAME) + ": "
                    + e.getMessage() + "; check that the folder is writable");
        }
        active.remove(name);
        // A bundle others are wired to is uninstalled without a refresh: they keep its classes (and keep running)
        // until the restart, instead of being stopped by the refresh and left unresolved.
        uninstall(bundles, !restartNeeded);
        return new FeatureChange(name, List.of(), stopped, restartNeeded, "Feature \"" + name + "\" is disabled; "
                + stopped.size() + " bundles stopped" + (restartNeeded ? "; other bundles still use some of them"
                        + " until Chorus restarts." : "."));
    }

    FeatureChange remove(String name) throws FeatureChangeException {
        Path plugin = dropins.resolve(name).normalize();
        if (name.toLowerCase(java.util.Locale.ROOT).endsWith(".jar") && plugin.startsWith(dropins)) {
            try {
                if (!Files.deleteIfExists(plugin)) {
                    throw new FeatureChangeException("there is no plugin " + name + " in " + dropins);
                }
            } catch (IOException e) {
                throw new FeatureChangeException("cannot delete " + plugin + ": " + e.getMessage());
            }
            return new FeatureChange(name, List.of(), List.of(name), false, "Plugin " + name + " was deleted from "
                    + dropins + "; it stops within a few seconds.");
        }
        FeatureChange disabled = disable(name);
        InstalledFeatures addedByUser = read(ADDED_FILE_NAME, Set.of());
        if (!addedByUser.contains(name)) {
            return new FeatureChange(name, disabled.started(), disabled.stopped(), disabled.restartNeeded(),
                    disabled.message() + " It ships with Chorus, so its file stays and it can be enabled again.");
        }
        try {
            Optional<CatalogEntry> entry = catalog().entry(name);
            if (entry.isPresent()) {
                Files.deleteIfExists(entry.get().source());
            }
            addedByUser.without(name).write(conf(ADDED_FILE_NAME), json);
        } catch (IOException e) {
            throw new FeatureChangeException("feature \"" + name + "\" is disabled but its file cannot be deleted: "
                    + e.getMessage());
        }
        return new FeatureChange(name, disabled.started(), disabled.stopped(), disabled.restartNeeded(),
                disabled.message() + " Its feature file was deleted.");
    }

    /** The install locations of the bundles the features bring in this mode. */
    private Set<String> locations(FeatureCatalog catalog, Set<String> features) throws FeatureChangeException {
        try {
            LaunchPlan plan = LaunchPlanner.plan(catalog, repository(), features, workbench);
            Set<String> locations = new LinkedHashSet<>();
            plan.bundles().forEach(bundle -> locations.add(BundleRepository.installLocation(bundle.file())));
            return locations;
        } catch (FeatureException e) {
            throw refused(e);
        }
    }

    /** Whether a bundle outside {@code bundles} is wired to one of them, so it keeps the old classes until restart. */
    private static boolean wiredFromOutside(List<Bundle> bundles) {
        for (Bundle bundle : bundles) {
            BundleWiring wiring = bundle.adapt(BundleWiring.class);
            if (wiring == null) {
                continue;
            }
            for (BundleWire wire : wiring.getProvidedWires(null)) {
                Bundle requirer = wire.getRequirerWiring().getBundle();
                if (!bundles.contains(requirer) && requirer.getBundleId() != bundle.getBundleId()) {
                    return true;
                }
            }
        }
        return false;
    }

    private void uninstall(List<Bundle> bundles) {
        uninstall(bundles, true);
    }

    /** Stops and uninstalls bundles, last started first, and with {@code refresh} lets the framework drop their wires. */
    private void uninstall(List<Bundle> bundles, boolean refresh) {
        if (bundles.isEmpty()) {
            return;
        }
        List<Bundle> reversed = new ArrayList<>(bundles);
        java.util.Collections.reverse(reversed);
        for (Bundle bundle : reversed) {
            try {
                bundle.uninstall();
            } catch (BundleException | IllegalStateException e) {
                // Already uninstalled: nothing left to undo.
            }
        }
        if (!refresh) {
            bundles.clear();
            return;
        }
        FrameworkWiring wiring = context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION).adapt(FrameworkWiring.class);
        CountDownLatch refreshed = new CountDownLatch(1);
        wiring.refreshBundles(bundles, event -> refreshed.countDown());
        try {
            refreshed.await(REFRESH_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        bundles.clear();
    }

    private static FeatureChangeException refused(FeatureException e) {
        return new FeatureChangeException(e.problems().stream().map(FeatureProblem::toString).toList());
    }

    /** Deletes a bundle the change copied, and the folders that held only it, so a refused change leaves no trace. */
    private void deleteCopy(Path file) {
        Path root = repository().root();
        try {
            Files.deleteIfExists(file);
            for (Path folder = file.getParent(); folder != null && folder.startsWith(root) && !folder.equals(root);
                 folder = folder.getParent()) {
                try (var children = Files.list(folder)) {
                    if (children.findAny().isPresent()) {
                        break;
                    }
                }
                Files.delete(folder);
            }
        } catch (IOException e) {
            // A stray copy in the bundle repository is harmless: nothing refers to it.
        }
    }
}
