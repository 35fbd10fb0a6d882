package io.chorus.launcher;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.startlevel.BundleStartLevel;

import org.apache.felix.framework.FrameworkFactory;

import io.chorus.api.runtime.LaunchProperties;
import io.chorus.api.runtime.RuntimeMode;
import io.chorus.api.runtime.Workspace;
import io.chorus.feature.BundleRepository;
import io.chorus.feature.LaunchPlan;
import io.chorus.feature.PlannedBundle;

/** An embedded Felix running one launch plan. */
final class ChorusFramework {

    /** Start level of the framework: every planned bundle, then dropins. */
    static final int FRAMEWORK_START_LEVEL = 30;

    /** Start level at which Configuration Admin runs and no component has started yet. */
    static final int CONFIGURATION_START_LEVEL = 3;

    /** Start level of plugin jars from dropins/: after everything of Chorus' own. */
    static final int DROPINS_START_LEVEL = 25;

    /** Framework properties that users may set with -D on the command line or in conf/chorus.properties. */
    private static final List<String> PASSED_PREFIXES = List.of("felix.", "org.osgi.", "chorus.", "gosh.", "ds.",
            "configurator.", "osgi.");

    private final Framework framework;
    private final List<String> problems;

    private final LaunchPlan plan;

    private ChorusFramework(Framework framework, List<String> problems, LaunchPlan plan) {
        this.framework = framework;
        this.problems = problems;
        this.plan = plan;
    }

    Framework framework() {
        return framework;
    }

    BundleContext context() {
        return framework.getBundleContext();
    }

    /** What went wrong while installing; the framework runs without those bundles. */
    List<String> problems() {
        return problems;
    }

    /** The framework properties of a run. */
    static Map<String, Object> properties(Distribution distribution, LaunchPlan plan, Workspace workspace,
                                          RuntimeMode mode, String gogoArguments, List<String> launchProblems,
                                          long startedAt, PrintStream console) throws LauncherException {
        Map<String, Object> config = new HashMap<>();
        Properties administrator = distribution.configuration();
        for (String key : administrator.stringPropertyNames()) {
            config.put(key, administrator.getProperty(key));
        }
        Path metadata = workspace.metadataDirectory();
        config.put(Constants.FRAMEWORK_STORAGE, metadata.resolve("framework").toString());
        // The bundle cache survives between runs; install() reconciles it with the plan, which is much faster
        // than installing every bundle again.
        // The framework first rises to the level of Configuration Admin, the launcher applies the features'
        // configurations, then every other bundle starts (see climbStartLevels).
        config.put(Constants.FRAMEWORK_BEGINNING_STARTLEVEL, String.valueOf(CONFIGURATION_START_LEVEL));
        // Configurations live in the workspace, so they outlive a rebuilt bundle cache.
        config.put("felix.cm.dir", metadata.resolve("configurations").toString());
        config.put("felix.startlevel.bundle", String.valueOf(FRAMEWORK_START_LEVEL));
        // JFace asks for SVG support from SWT; SWT on Felix cannot declare it itself.
        config.put(Constants.FRAMEWORK_SYSTEMCAPABILITIES_EXTRA, "eclipse.swt;image.format=svg");
        config.put("felix.log.logger", new FrameworkConsoleLogger(console,
                metadata.resolve("logs").resolve("framework.log")));
        config.put("ds.loglevel", "warn");
        config.put("gosh.args", gogoArguments);
        config.put("gosh.home", distribution.home().toString());
        config.put("felix.fileinstall.dir", distribution.dropinsDirectory().toString());
        config.putIfAbsent("felix.fileinstall.poll", "1000");
        config.put("felix.fileinstall.noInitialDelay", "true");
        config.put("felix.fileinstall.start.level", String.valueOf(DROPINS_START_LEVEL));
        config.put("felix.fileinstall.bundles.new.start", "true");
        config.put("felix.fileinstall.filter", ".*\\.jar");
        config.put("felix.fileinstall.log.level", "2");
        config.put("felix.fileinstall.tmpdir", metadata.resolve("tmp").toString());
        config.put(LaunchProperties.HOME, distribution.home().toString());
        config.put(LaunchProperties.VERSION, Distribution.version());
        config.put(LaunchProperties.MODE, mode == RuntimeMode.WORKBENCH ? "workbench" : "headless");
        config.put(LaunchProperties.WORKSPACE, workspace.root().toString());
        config.put(LaunchProperties.WORKSPACE_NAME, workspace.name());
        config.put(LaunchProperties.WORKSPACE_DEMO, String.valueOf(workspace.demo()));
        config.put(LaunchProperties.WORKSPACE_SCHEMA, String.valueOf(workspace.schemaVersion()));
        config.put(LaunchProperties.DROPINS, distribution.dropinsDirectory().toString());
        config.put(LaunchProperties.ACTIVE_FEATURES, String.join(",", plan.featureNames()));
        config.put(LaunchProperties.STARTED_AT, String.valueOf(startedAt));
        config.put(LaunchProperties.LAUNCH_PROBLEMS, String.join("\n", launchProblems));
        for (String key : System.getProperties().stringPropertyNames()) {
            if (PASSED_PREFIXES.stream().anyMatch(key::startsWith) && !key.equals(LaunchProperties.STARTED_AT)) {
                config.put(key, System.getProperty(key));
            }
        }
        return config;
    }

    /**
     * Creates the framework, installs the plan's bundles and starts everything. With {@code inBackground}, the
     * start levels climb on another thread and this returns once the bundles are installed, so the caller can open
     * the window as soon as its bundles are up; {@link #awaitStarted()} waits for the rest.
     */
    static ChorusFramework start(Map<String, Object> properties, LaunchPlan plan, boolean inBackground)
            throws LauncherException {
        Framework framework = new FrameworkFactory().newFramework(properties);
        List<String> problems = new ArrayList<>();
        try {
            try {
                framework.init();
            } catch (BundleException | RuntimeException e) {
                // A cache damaged by a crash is only a cache: start over with an empty one.
                System.err.println("WARNING chorus: the bundle cache could not be read (" + e.getMessage()
                        + "); rebuilding it");
                Map<String, Object> clean = new HashMap<>(properties);
                clean.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
                framework = new FrameworkFactory().newFramework(clean);
                framework.init();
            }
            reconcile(framework.getBundleContext(), plan, problems);
            if (System.getProperty(Main.STARTUP_REPORT) != null) {
                System.out.println("chorus.startup installed-ms=" + (System.currentTimeMillis()
                        - Long.parseLong((String) properties.get(LaunchProperties.STARTED_AT))));
            }
        } catch (BundleException e) {
            throw new LauncherException("the OSGi framework cannot start: " + e.getMessage()
                    + "; if the workspace cache is damaged, delete its .chorus/framework folder");
        }
        ChorusFramework chorus = new ChorusFramework(framework, problems, plan);
        if (inBackground) {
            Thread starter = new Thread(chorus::climbStartLevels, "chorus-start");
            starter.setDaemon(true);
            starter.start();
        } else {
            chorus.climbStartLevels();
        }
        return chorus;
    }

    /**
     * Brings the cached bundles in line with the plan: installs what is new, updates jars that changed on disk,
     * uninstalls distribution bundles the plan no longer has. Bundles from elsewhere (dropins/, the shell) are left
     * to whoever installed them.
     */
    private static void reconcile(BundleContext context, LaunchPlan plan, List<String> problems) {
        Map<String, Bundle> cached = new HashMap<>();
        for (Bundle bundle : context.getBundles()) {
            cached.put(bundle.getLocation(), bundle);
        }
        java.util.Set<String> planned = new java.util.HashSet<>();
        for (PlannedBundle entry : plan.bundles()) {
            String location = BundleRepository.installLocation(entry.file());
            planned.add(location);
            try {
                Bundle bundle = cached.get(location);
                if (bundle == null) {
                    bundle = context.installBundle(location);
                } else if (entry.file().toFile().lastModified() > bundle.getLastModified()) {
                    bundle.update();
                }
                BundleStartLevel level = bundle.adapt(BundleStartLevel.class);
                if (level.getStartLevel() != entry.startOrder()) {
                    level.setStartLevel(entry.startOrder());
                }
                if (bundle.getHeaders("").get(Constants.FRAGMENT_HOST) == null) {
                    bundle.start(Bundle.START_ACTIVATION_POLICY);
                }
            } catch (BundleException | RuntimeException e) {
                problems.add("bundle " + entry.id() + " of feature \"" + entry.feature()
                        + "\" cannot be installed: " + e.getMessage());
            }
        }
        String repository = "reference:file:";
        for (Map.Entry<String, Bundle> entry : cached.entrySet()) {
            Bundle bundle = entry.getValue();
            if (bundle.getBundleId() != 0 && entry.getKey().startsWith(repository) && !planned.contains(entry.getKey())
                    && entry.getKey().contains("/bundles/")) {
                try {
                    bundle.uninstall();
                } catch (BundleException | IllegalStateException e) {
                    problems.add("bundle " + bundle.getSymbolicName() + " of an earlier run cannot be removed: "
                            + e.getMessage());
                }
            }
        }
    }

    private final java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);

    private void climbStartLevels() {
        try {
            framework.start();
            for (String problem : FeatureConfigurations.apply(framework.getBundleContext(), plan.configurations())) {
                System.err.println("ERROR chorus: " + problem);
            }
            java.util.concurrent.CountDownLatch climbed = new java.util.concurrent.CountDownLatch(1);
            framework.adapt(org.osgi.framework.startlevel.FrameworkStartLevel.class)
                    .setStartLevel(FRAMEWORK_START_LEVEL, event -> climbed.countDown());
            climbed.await();
        } catch (BundleException e) {
            System.err.println("ERROR chorus: the OSGi framework cannot start: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            started.countDown();
        }
    }

    /** Waits until every start level is up. */
    void awaitStarted() {
        try {
            started.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the framework and waits for it, at most {@code millis}. */
    void stop(long millis) {
        try {
            if ((framework.getState() & (Bundle.ACTIVE | Bundle.STARTING)) != 0) {
                framework.stop();
            }
            framework.waitForStop(millis);
        } catch (BundleException e) {
            System.err.println("WARNING chorus: the framework did not stop cleanly: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
