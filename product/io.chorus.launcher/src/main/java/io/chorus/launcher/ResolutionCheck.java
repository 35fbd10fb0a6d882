package io.chorus.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRequirement;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.resource.Namespace;

import org.apache.felix.framework.FrameworkFactory;

import io.chorus.feature.BundleRepository;
import io.chorus.feature.LaunchPlan;
import io.chorus.feature.PlannedBundle;

/**
 * Runs Felix's resolver over the bundles of a launch plan in a throw-away framework, starting nothing, and says in
 * words which requirement is missing: a package, a bundle, an extender, or a service that Declarative Services
 * components need and no bundle in the plan declares.
 */
final class ResolutionCheck {

    private ResolutionCheck() {
    }

    /** Every problem; an empty list means the plan resolves. */
    static List<String> check(LaunchPlan plan) throws LauncherException {
        Path storage;
        try {
            storage = Files.createTempDirectory("chorus-resolve");
        } catch (IOException e) {
            throw new LauncherException("cannot create a temporary folder for the resolver: " + e.getMessage());
        }
        Map<String, Object> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, storage.toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        config.put(Constants.FRAMEWORK_SYSTEMCAPABILITIES_EXTRA, "eclipse.swt;image.format=svg");
        config.put("felix.log.logger", new FrameworkConsoleLogger(new PrintStream(OutputStream.nullOutputStream()),
                storage.resolve("framework.log")));
        Framework framework = new FrameworkFactory().newFramework(config);
        List<String> problems = new ArrayList<>(plan.problems().stream().map(Object::toString).toList());
        try {
            framework.init();
            Map<Bundle, PlannedBundle> installed = new LinkedHashMap<>();
            for (PlannedBundle planned : plan.bundles()) {
                try {
                    installed.put(framework.getBundleContext().installBundle(
                            BundleRepository.installLocation(planned.file())), planned);
                } catch (BundleException e) {
                    problems.add(describe(planned) + " is not a valid bundle: " + e.getMessage());
                }
            }
            FrameworkWiring wiring = framework.adapt(FrameworkWiring.class);
            wiring.resolveBundles(installed.keySet());
            for (Map.Entry<Bundle, PlannedBundle> entry : installed.entrySet()) {
                Bundle bundle = entry.getKey();
                if (bundle.getState() == Bundle.INSTALLED) {
                    problems.add(describe(entry.getValue()) + " does not resolve: " + reason(bundle, wiring));
                }
                problems.addAll(missingServices(bundle, entry.getValue(), installed));
            }
        } catch (BundleException e) {
            problems.add("the resolver's framework did not start: " + e.getMessage());
        } finally {
            try {
                framework.stop();
                framework.waitForStop(10_000);
            } catch (BundleException e) {
                // A framework that never started has nothing to stop.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            io.chorus.feature.FeatureSource.deleteTree(storage);
        }
        return problems;
    }

    private static String describe(PlannedBundle planned) {
        return "bundle " + planned.id() + " (feature \"" + planned.feature() + "\")";
    }

    /** Requirements nothing can satisfy, or else the resolver's own explanation. */
    private static String reason(Bundle bundle, FrameworkWiring wiring) {
        List<String> missing = new ArrayList<>();
        BundleRevision revision = bundle.adapt(BundleRevision.class);
        for (BundleRequirement requirement : revision.getDeclaredRequirements(null)) {
            String effective = requirement.getDirectives().get(Namespace.REQUIREMENT_EFFECTIVE_DIRECTIVE);
            if (Namespace.RESOLUTION_OPTIONAL.equals(
                    requirement.getDirectives().get(Namespace.REQUIREMENT_RESOLUTION_DIRECTIVE))
                    || (effective != null && !Namespace.EFFECTIVE_RESOLVE.equals(effective))) {
                continue;
            }
            if (wiring.findProviders(requirement).isEmpty()) {
                missing.add("missing requirement " + requirement.getNamespace() + " "
                        + requirement.getDirectives().getOrDefault(Namespace.REQUIREMENT_FILTER_DIRECTIVE, ""));
            }
        }
        if (!missing.isEmpty()) {
            return String.join("; ", missing);
        }
        try {
            // Every requirement has a candidate, so the conflict is subtler (uses constraints, singletons): starting
            // an unresolvable bundle makes the resolver explain, and activates nothing.
            bundle.start(Bundle.START_TRANSIENT);
            bundle.stop(Bundle.STOP_TRANSIENT);
            return "it resolves when started alone";
        } catch (BundleException e) {
            return e.getMessage();
        }
    }

    /**
     * Declarative Services components declare the services they need ({@code osgi.service}, effective when
     * active). The framework resolver ignores those; a component whose service no bundle provides would never start.
     */
    private static List<String> missingServices(Bundle bundle, PlannedBundle planned,
                                                Map<Bundle, PlannedBundle> installed) {
        List<String> problems = new ArrayList<>();
        BundleRevision revision = bundle.adapt(BundleRevision.class);
        if (revision == null) {
            return problems;
        }
        for (BundleRequirement requirement : revision.getDeclaredRequirements("osgi.service")) {
            if (Namespace.RESOLUTION_OPTIONAL.equals(
                    requirement.getDirectives().get(Namespace.REQUIREMENT_RESOLUTION_DIRECTIVE))) {
                continue;
            }
            boolean provided = false;
            for (Bundle other : installed.keySet()) {
                BundleRevision otherRevision = other.adapt(BundleRevision.class);
                if (otherRevision == null) {
                    continue;
                }
                for (BundleCapability capability : otherRevision.getDeclaredCapabilities("osgi.service")) {
                    if (requirement.matches(capability)) {
                        provided = true;
                        break;
                    }
                }
                if (provided) {
                    break;
                }
            }
            if (!provided) {
                problems.add(describe(planned) + " needs a service no bundle provides: "
                        + requirement.getDirectives().getOrDefault(Namespace.REQUIREMENT_FILTER_DIRECTIVE, ""));
            }
        }
        return problems;
    }
}
