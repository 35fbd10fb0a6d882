package io.chorus.runtime.internal;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.util.tracker.ServiceTracker;
import org.osgi.service.feature.FeatureService;
import org.osgi.service.feature.ID;

import io.chorus.api.runtime.ChorusRuntime;
import io.chorus.api.runtime.FeatureInfo;
import io.chorus.api.runtime.FeatureInfo.BundleInfo;
import io.chorus.api.runtime.FeatureInfo.BundleState;
import io.chorus.api.runtime.LaunchProperties;
import io.chorus.api.runtime.RuntimeMode;
import io.chorus.api.runtime.Workspace;
import io.chorus.feature.BundleRepository;
import io.chorus.feature.CatalogEntry;
import io.chorus.feature.FeatureCatalog;
import io.chorus.feature.FeatureException;
import io.chorus.feature.FeatureProblem;
import io.chorus.feature.FeatureReader;
import io.chorus.feature.InstalledFeatures;
import jakarta.json.spi.JsonProvider;

/**
 * Reports what the launcher decided. The feature catalogue is read on demand, never while bundles start: the
 * welcome page and the shell ask for it after the window is up. This component needs nothing but the framework, so
 * the window, which needs it, can start before the JSON and configuration bundles.
 */
// Also registered under its own class so the feature manager, in this bundle, can tell it which features run.
@Component(service = {ChorusRuntime.class, RuntimeService.class})
public final class RuntimeService implements ChorusRuntime {

    private static final long FEATURE_SERVICE_WAIT_MILLIS = 30_000;

    private final BundleContext context;
    private final ServiceComponentRuntime components;
    private final ServiceTracker<FeatureService, FeatureService> featureServices;
    private final String version;
    private final RuntimeMode mode;
    private final Workspace workspace;
    private final Path home;
    private final Path dropins;
    private final Instant startedAt;
    private final Set<String> activeFeatures;
    private final List<String> launchProblems;

    @Activate
    public RuntimeService(BundleContext context, @Reference ServiceComponentRuntime components) {
        this.context = context;
        this.components = components;
        // The feature service starts after the window (start level 9): it is looked up when features are asked for.
        this.featureServices = new ServiceTracker<>(context, FeatureService.class, null);
        this.featureServices.open();
        this.version = property(LaunchProperties.VERSION, "0.0.0");
        this.mode = "workbench".equals(property(LaunchProperties.MODE, "headless")) ? RuntimeMode.WORKBENCH
                : RuntimeMode.HEADLESS;
        this.home = Path.of(property(LaunchProperties.HOME, System.getProperty("user.dir"))).toAbsolutePath();
        Path root = Path.of(property(LaunchProperties.WORKSPACE, home.resolve("workspace").toString()))
                .toAbsolutePath();
        this.workspace = new Workspace(root, property(LaunchProperties.WORKSPACE_NAME, root.getFileName().toString()),
                Boolean.parseBoolean(property(LaunchProperties.WORKSPACE_DEMO, "false")),
                Integer.parseInt(property(LaunchProperties.WORKSPACE_SCHEMA, "1")));
        this.dropins = Path.of(property(LaunchProperties.DROPINS, home.resolve("dropins").toString()));
        this.startedAt = Instant.ofEpochMilli(Long.parseLong(property(LaunchProperties.STARTED_AT, "0")));
        this.activeFeatures = java.util.concurrent.ConcurrentHashMap.newKeySet();
        this.activeFeatures.addAll(new LinkedHashSet<>(split(property(LaunchProperties.ACTIVE_FEATURES, ""), ",")));
        this.launchProblems = split(property(LaunchProperties.LAUNCH_PROBLEMS, ""), "\n");
    }

    @Deactivate
    void deactivate() {
        featureServices.close();
    }

    private FeatureService featureService() {
        try {
            FeatureService service = featureServices.waitForService(FEATURE_SERVICE_WAIT_MILLIS);
            if (service == null) {
                throw new IllegalStateException("the OSGi Feature Service is not running; check that the bundle"
                        + " org.apache.felix.feature of feature core is active ('chorus:bundles')");
            }
            return service;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the OSGi Feature Service", e);
        }
    }

    private String property(String key, String fallback) {
        String value = context.getProperty(key);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static List<String> split(String text, String separator) {
        return Arrays.stream(text.split(separator)).map(String::strip).filter(part -> !part.isEmpty()).toList();
    }

    /**
     * The names of the features this process runs: the launcher's choice, changed by the feature manager when it
     * enables or disables a feature live. A thread-safe, live set.
     */
    public Set<String> activeFeatures() {
        return activeFeatures;
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public RuntimeMode mode() {
        return mode;
    }

    @Override
    public Workspace workspace() {
        return workspace;
    }

    @Override
    public Path home() {
        return home;
    }

    @Override
    public Path dropinsDirectory() {
        return dropins;
    }

    @Override
    public Instant startedAt() {
        return startedAt;
    }

    @Override
    public List<String> launchProblems() {
        return launchProblems;
    }

    @Override
    public List<FeatureInfo> features() {
        FeatureReader reader = new FeatureReader(featureService(), JsonProvider.provider());
        FeatureCatalog catalog = FeatureCatalog.read(home.resolve("features"), reader);
        Set<String> installed;
        try {
            installed = InstalledFeatures.read(home.resolve("conf").resolve(InstalledFeatures.FILE_NAME),
                    JsonProvider.provider()).<Set<String>>map(InstalledFeatures::names).orElse(catalog.names());
        } catch (FeatureException e) {
            installed = Set.copyOf(activeFeatures);
        }
        List<CatalogEntry> ordered;
        try {
            ordered = catalog.closure(catalog.names());
        } catch (FeatureException e) {
            ordered = catalog.entries();
        }
        BundleRepository repository = new BundleRepository(home.resolve("bundles"));
        List<FeatureInfo> features = new ArrayList<>();
        for (CatalogEntry entry : ordered) {
            boolean active = activeFeatures.contains(entry.name());
            List<BundleInfo> bundles = new ArrayList<>();
            entry.bundles().forEach(bundle -> bundles.add(bundleInfo(repository, bundle.getID(), active)));
            if (mode == RuntimeMode.WORKBENCH) {
                entry.workbenchBundles().forEach(bundle -> bundles.add(bundleInfo(repository, bundle.getID(), active)));
            }
            features.add(new FeatureInfo(entry.name(), entry.feature().getID().toString(), entry.version(),
                    entry.title(), entry.description(), entry.requires(), installed.contains(entry.name()), active,
                    bundles));
        }
        return features;
    }

    @Override
    public List<String> problems() {
        List<String> problems = new ArrayList<>(launchProblems);
        FrameworkWiring wiring = context.getBundle(0).adapt(FrameworkWiring.class);
        for (Bundle bundle : context.getBundles()) {
            if (bundle.getState() == Bundle.INSTALLED) {
                problems.add("bundle " + UnresolvedReasons.name(bundle) + " does not resolve"
                        + UnresolvedReasons.because(bundle, wiring));
            }
        }
        for (ComponentDescriptionDTO description : components.getComponentDescriptionDTOs()) {
            for (ComponentConfigurationDTO configuration : components.getComponentConfigurationDTOs(description)) {
                if (configuration.state == ComponentConfigurationDTO.FAILED_ACTIVATION) {
                    problems.add("component " + description.name + " failed to start: "
                            + firstLine(configuration.failure));
                } else if (configuration.state == ComponentConfigurationDTO.UNSATISFIED_REFERENCE) {
                    List<String> missing = new ArrayList<>();
                    for (UnsatisfiedReferenceDTO reference : configuration.unsatisfiedReferences) {
                        missing.add(reference.name + (reference.target == null ? "" : " " + reference.target));
                    }
                    problems.add("component " + description.name + " waits for a missing service: "
                            + String.join(", ", missing));
                }
            }
        }
        return problems;
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "no reason given";
        }
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).strip();
    }

    /** The catalogue's unreadable files, for the status report. */
    public List<FeatureProblem> catalogProblems() {
        return FeatureCatalog.read(home.resolve("features"), new FeatureReader(featureService(),
                JsonProvider.provider())).problems();
    }

    private BundleInfo bundleInfo(BundleRepository repository, ID id, boolean featureActive) {
        Optional<Bundle> bundle = featureActive
                ? Optional.ofNullable(context.getBundle(BundleRepository.installLocation(repository.pathOf(id))))
                : Optional.empty();
        return new BundleInfo(id.toString(), bundle.map(Bundle::getSymbolicName).orElse(""),
                bundle.map(RuntimeService::stateOf).orElse(BundleState.NOT_INSTALLED));
    }

    static boolean isLazy(Bundle bundle) {
        String policy = bundle.getHeaders("").get(org.osgi.framework.Constants.BUNDLE_ACTIVATIONPOLICY);
        return policy != null && policy.startsWith(org.osgi.framework.Constants.ACTIVATION_LAZY);
    }

    /** A framework bundle state in the words of {@link BundleState}. */
    static BundleState stateOf(Bundle bundle) {
        boolean fragment = bundle.getHeaders("").get("Fragment-Host") != null;
        return switch (bundle.getState()) {
            case Bundle.INSTALLED -> BundleState.UNRESOLVED;
            // A fragment never starts: attached to its host, resolved is as far as it goes.
            case Bundle.RESOLVED -> fragment ? BundleState.ACTIVE : BundleState.RESOLVED;
            // A lazily activated bundle waits in STARTING until its first class is used: it is ready.
            case Bundle.STARTING -> isLazy(bundle) ? BundleState.ACTIVE : BundleState.CHANGING;
            case Bundle.STOPPING -> BundleState.CHANGING;
            case Bundle.ACTIVE -> BundleState.ACTIVE;
            default -> BundleState.NOT_INSTALLED;
        };
    }
}
