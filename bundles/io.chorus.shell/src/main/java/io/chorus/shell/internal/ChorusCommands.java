package io.chorus.shell.internal;

import java.io.PrintStream;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.felix.service.command.Descriptor;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.chorus.api.runtime.ChorusRuntime;
import io.chorus.api.runtime.FeatureInfo;

/** The {@code chorus:} commands of the Gogo shell and of {@code chorus --headless --command}. */
@Component(service = ChorusCommands.class, property = {
        "osgi.command.scope=chorus",
        "osgi.command.function=status",
        "osgi.command.function=features",
        "osgi.command.function=bundles",
        "osgi.command.function=exit"})
public final class ChorusCommands {

    private final BundleContext context;
    private final ChorusRuntime runtime;

    @Activate
    public ChorusCommands(BundleContext context, @Reference ChorusRuntime runtime) {
        this.context = context;
        this.runtime = runtime;
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
        java.nio.file.Path dropins = runtime.dropinsDirectory().toAbsolutePath().normalize();
        TextTable table = new TextTable("ID", "STATE", "LEVEL", "SYMBOLIC NAME", "VERSION", "FROM");
        for (Bundle bundle : context.getBundles()) {
            String from = bundle.getBundleId() == 0 ? "framework"
                    : featureBySymbolicName.getOrDefault(bundle.getSymbolicName(),
                            inFolder(bundle.getLocation(), dropins) ? "dropins" : bundle.getLocation());
            BundleStartLevel level = bundle.adapt(BundleStartLevel.class);
            table.row(bundle.getBundleId(), state(bundle), level == null ? "" : level.getStartLevel(),
                    bundle.getSymbolicName(), bundle.getVersion(), from);
        }
        return table.toString();
    }

    /** Whether a {@code file:} location ({@code file:/a} or {@code file:///a}) is inside the folder. */
    static boolean inFolder(String location, java.nio.file.Path folder) {
        if (location == null || !location.startsWith("file:")) {
            return false;
        }
        try {
            return java.nio.file.Path.of(java.net.URI.create(location)).toAbsolutePath().normalize().startsWith(folder);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Descriptor("Reports version, mode, workspace, features and every problem; fails when anything is broken")
    public void status() {
        List<String> problems = runtime.problems();
        PrintStream out = System.out;
        long active = 0;
        long total = 0;
        for (Bundle bundle : context.getBundles()) {
            total++;
            if (bundle.getState() == Bundle.ACTIVE || isFragment(bundle) && bundle.getState() == Bundle.RESOLVED
                    || isLazy(bundle) && bundle.getState() == Bundle.STARTING) {
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

    @Descriptor("Stops Chorus: every bundle stops in order, the workspace is released, the process ends")
    public String exit() throws org.osgi.framework.BundleException {
        // Stopping the system bundle returns at once; the framework stops on its own thread.
        context.getBundle(0).stop();
        return "Chorus is stopping.";
    }

    private static boolean isFragment(Bundle bundle) {
        return bundle.getHeaders("").get("Fragment-Host") != null;
    }

    /** Lazily activated bundles wait in STARTING until first used; they are ready, not stuck. */
    private static boolean isLazy(Bundle bundle) {
        String policy = bundle.getHeaders("").get("Bundle-ActivationPolicy");
        return policy != null && policy.startsWith("lazy");
    }

    static String state(Bundle bundle) {
        return switch (bundle.getState()) {
            case Bundle.INSTALLED -> "unresolved";
            case Bundle.RESOLVED -> isFragment(bundle) ? "fragment" : "resolved";
            case Bundle.STARTING -> isLazy(bundle) ? "lazy" : "starting";
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
            return seconds / 60 + " min" + (seconds % 60 == 0 ? "" : " " + seconds % 60 + " s");
        }
        return seconds / 3600 + " h " + seconds % 3600 / 60 + " min";
    }

}
