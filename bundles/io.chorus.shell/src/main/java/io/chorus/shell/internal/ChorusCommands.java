package io.chorus.shell.internal;

import java.io.PrintStream;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.felix.service.command.Descriptor;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO;

import io.chorus.api.runtime.ChorusRuntime;
import io.chorus.api.runtime.FeatureInfo;

/** The {@code chorus:} commands of the Gogo shell and of {@code chorus --headless --command}. */
@Component(service = ChorusCommands.class, property = {
        "osgi.command.scope=chorus",
        "osgi.command.function=status",
        "osgi.command.function=features",
        "osgi.command.function=bundles"})
public final class ChorusCommands {

    private final BundleContext context;
    private final ChorusRuntime runtime;
    private final ServiceComponentRuntime components;

    @Activate
    public ChorusCommands(BundleContext context, @Reference ChorusRuntime runtime,
                          @Reference ServiceComponentRuntime components) {
        this.context = context;
        this.runtime = runtime;
        this.components = components;
    }

    @Descriptor("Lists the features of this distribution: installed, active, and their bundles")
    public String features() {
        TextTable table = new TextTable("NAME", "VERSION", "INSTALLED", "ACTIVE", "BUNDLES", "TITLE");
        for (FeatureInfo feature : runtime.features()) {
            long running = feature.bundles().stream()
                    .filter(bundle -> bundle.state() == FeatureInfo.BundleState.ACTIVE).count();
            table.row(feature.name(), feature.version(), feature.installed() ? "yes" : "no",
                    feature.active() ? "yes" : "no",
                    feature.active() ? running + "/" + feature.bundles().size() : String.valueOf(feature.bundles().size()),
                    feature.title());
        }
        return table.toString();
    }

    @Descriptor("Lists the bundles of this process with their state and the feature that brought each")
    public String bundles() {
        Map<String, String> featureBySymbolicName = new HashMap<>();
        for (FeatureInfo feature : runtime.features()) {
            feature.bundles().forEach(bundle -> featureBySymbolicName.putIfAbsent(bundle.symbolicName(),
                    feature.name()));
        }
        String dropins = runtime.dropinsDirectory().toUri().toString();
        TextTable table = new TextTable("ID", "STATE", "LEVEL", "SYMBOLIC NAME", "VERSION", "FROM");
        for (Bundle bundle : context.getBundles()) {
            String from = bundle.getBundleId() == 0 ? "framework"
                    : featureBySymbolicName.getOrDefault(bundle.getSymbolicName(),
                            bundle.getLocation().contains(dropins.substring("file:".length())) ? "dropins"
                                    : bundle.getLocation());
            BundleStartLevel level = bundle.adapt(BundleStartLevel.class);
            table.row(bundle.getBundleId(), state(bundle), level == null ? "" : level.getStartLevel(),
                    bundle.getSymbolicName(), bundle.getVersion(), from);
        }
        return table.toString();
    }

    @Descriptor("Reports version, mode, workspace, features and every problem; fails when anything is broken")
    public void status() {
        List<String> problems = problems();
        PrintStream out = System.out;
        long active = 0;
        long total = 0;
        for (Bundle bundle : context.getBundles()) {
            total++;
            if (bundle.getState() == Bundle.ACTIVE || isFragment(bundle) && bundle.getState() == Bundle.RESOLVED) {
                active++;
            }
        }
        List<String> activeFeatures = runtime.features().stream().filter(FeatureInfo::active).map(FeatureInfo::name)
                .toList();
        out.println("Chorus " + runtime.version() + " (" + runtime.mode().name().toLowerCase(Locale.ROOT) + ")");
        out.println("workspace: " + runtime.workspace().root() + (runtime.workspace().demo() ? " (demo)" : ""));
        out.println("home:      " + runtime.home());
        out.println("dropins:   " + runtime.dropinsDirectory());
        out.println("up:        " + describe(Duration.between(runtime.startedAt(), Instant.now())));
        out.println("features:  " + String.join(", ", activeFeatures));
        out.println("bundles:   " + active + " of " + total + " running");
        Runtime memory = Runtime.getRuntime();
        out.println("memory:    " + (memory.totalMemory() - memory.freeMemory()) / (1024 * 1024) + " MB used of "
                + memory.maxMemory() / (1024 * 1024) + " MB");
        if (problems.isEmpty()) {
            out.println("status:    healthy");
            return;
        }
        out.println("status:    " + problems.size() + (problems.size() == 1 ? " problem" : " problems"));
        problems.forEach(problem -> out.println("  - " + problem));
        throw new IllegalStateException("Chorus is degraded: " + problems.size()
                + (problems.size() == 1 ? " problem" : " problems") + " (listed above)");
    }

    /** Everything a person should fix, in words. */
    List<String> problems() {
        List<String> problems = new ArrayList<>(runtime.launchProblems());
        FrameworkWiring wiring = context.getBundle(0).adapt(FrameworkWiring.class);
        for (Bundle bundle : context.getBundles()) {
            if (bundle.getState() == Bundle.INSTALLED) {
                List<String> reasons = UnresolvedReasons.of(bundle, wiring);
                problems.add("bundle " + bundle.getSymbolicName() + " [" + bundle.getBundleId() + "] does not resolve"
                        + (reasons.isEmpty() ? "" : ": it " + String.join("; it ", reasons)));
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

    private static boolean isFragment(Bundle bundle) {
        return bundle.getHeaders("").get("Fragment-Host") != null;
    }

    static String state(Bundle bundle) {
        return switch (bundle.getState()) {
            case Bundle.INSTALLED -> "unresolved";
            case Bundle.RESOLVED -> isFragment(bundle) ? "fragment" : "resolved";
            case Bundle.STARTING -> "starting";
            case Bundle.STOPPING -> "stopping";
            case Bundle.ACTIVE -> "active";
            default -> "uninstalled";
        };
    }

    static String describe(Duration duration) {
        long seconds = Math.max(0, duration.toSeconds());
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3600) {
            return seconds / 60 + " min " + seconds % 60 + " s";
        }
        return seconds / 3600 + " h " + seconds % 3600 / 60 + " min";
    }

}
