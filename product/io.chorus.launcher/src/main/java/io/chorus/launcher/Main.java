package io.chorus.launcher;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.util.tracker.ServiceTracker;

import io.chorus.api.runtime.LaunchProperties;
import io.chorus.api.runtime.RuntimeMode;
import io.chorus.feature.CatalogEntry;
import io.chorus.feature.FeatureCatalog;
import io.chorus.feature.FeatureException;
import io.chorus.feature.FeatureProblem;
import io.chorus.feature.LaunchPlan;
import io.chorus.feature.LaunchPlanner;

/**
 * Starts Chorus: reads the distribution's features, picks the workspace, embeds Felix and either runs the workbench
 * window on the main thread, or stays headless with a shell, or runs one shell command and exits with its status.
 */
public final class Main {

    /** Framework property a benchmark sets to be told when Chorus is ready ({@code print} or {@code exit}). */
    static final String STARTUP_REPORT = "chorus.startup.report";

    private final PrintStream out;
    private final PrintStream err;
    private final long startedAt;

    Main(PrintStream out, PrintStream err, long startedAt) {
        this.out = out;
        this.err = err;
        this.startedAt = startedAt;
    }

    public static void main(String[] args) {
        long startedAt = processStart();
        int status = new Main(System.out, System.err, startedAt).run(args);
        System.exit(status);
    }

    /** When the process started: the script's clock reading if it passed one, else the JVM's start. */
    private static long processStart() {
        String fromScript = System.getProperty(LaunchProperties.STARTED_AT);
        if (fromScript != null && fromScript.matches("\\d{10,}")) {
            return Long.parseLong(fromScript);
        }
        return ProcessHandle.current().info().startInstant().map(java.time.Instant::toEpochMilli)
                .orElse(System.currentTimeMillis());
    }

    int run(String... args) {
        try {
            CommandLine command = CommandLine.parse(args);
            if (command instanceof CommandLine.Help) {
                out.print(CommandLine.USAGE);
                return 0;
            }
            if (command instanceof CommandLine.ShowVersion) {
                out.println("Chorus " + Distribution.version());
                return 0;
            }
            Distribution distribution = Distribution.at(home());
            if (command instanceof CommandLine.Features features) {
                return new FeaturesTool(distribution, out).run(features);
            }
            if (command instanceof CommandLine.Shortcut shortcut) {
                return start(distribution, shortcut.run());
            }
            return start(distribution, (CommandLine.Run) command);
        } catch (LauncherException e) {
            err.println("chorus: " + e.getMessage());
            return e.exitStatus();
        }
    }

    /** The distribution folder: set by bin/chorus, else the folder above the launcher jar's lib/. */
    static Path home() {
        String configured = System.getProperty(LaunchProperties.HOME);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        try {
            Path jar = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return jar.getParent().getParent();
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return Path.of(System.getProperty("user.dir"));
        }
    }

    private void trace(String phase) {
        if (System.getProperty(STARTUP_REPORT) != null) {
            out.println("chorus.startup " + phase + "-ms=" + (System.currentTimeMillis() - startedAt));
        }
    }

    private int start(Distribution distribution, CommandLine.Run run) throws LauncherException {
        trace("main");
        FeatureCatalog catalog = distribution.catalog();
        trace("catalog");
        List<String> launchProblems = new ArrayList<>();
        for (FeatureProblem problem : catalog.problems()) {
            launchProblems.add(problem.toString());
            err.println("ERROR " + problem + " (this feature file is skipped)");
        }
        List<String> installedFeatures = installedOrFallback(distribution);
        Set<String> requested = new LinkedHashSet<>(run.features().orElse(installedFeatures));

        RuntimeMode mode = chooseMode(run, catalog, requested, installedFeatures);
        if (mode == RuntimeMode.WORKBENCH) {
            // The window needs its features even when --features names only modules.
            for (String installed : installedFeatures) {
                catalog.entry(installed).filter(CatalogEntry::isWorkbenchOnly).ifPresent(e -> requested.add(e.name()));
            }
        }
        LaunchPlan plan;
        try {
            plan = LaunchPlanner.plan(catalog, distribution.repository(), requested, mode == RuntimeMode.WORKBENCH);
        } catch (FeatureException e) {
            throw new LauncherException(e.getMessage(), LauncherException.USAGE);
        }
        for (FeatureProblem problem : plan.problems()) {
            launchProblems.add(problem.toString());
            err.println("ERROR " + problem);
        }

        String configuredDefault = distribution.configuration().getProperty("chorus.workspace.default");
        Path workspaceFolder = run.workspace().orElseGet(() -> WorkspaceSetup.defaultLocation(run.demo(),
                configuredDefault));
        WorkspaceSetup.OpenWorkspace workspace = WorkspaceSetup.open(workspaceFolder, run.demo(),
                Distribution.version(), distribution.json(), Clock.systemUTC());
        if (workspace.created()) {
            out.println("Created the workspace " + workspace.workspace().root());
        }

        boolean interactive = run.console() || (mode == RuntimeMode.HEADLESS && run.command().isEmpty()
                && isTerminal());
        // Gogo's own console is never used: InteractiveConsole reads the terminal as UTF-8.
        String gogo = "--nointeractive --noshutdown";
        Map<String, Object> properties = ChorusFramework.properties(distribution, plan, workspace.workspace(), mode,
                gogo, launchProblems, startedAt, err);
        if (run.command().isPresent()) {
            properties.put(LaunchProperties.ONE_SHOT, "true");
        }
        trace("workspace");
        ChorusFramework framework = ChorusFramework.start(properties, plan, mode == RuntimeMode.WORKBENCH
                && run.command().isEmpty());
        framework.problems().forEach(problem -> err.println("ERROR " + problem));
        Thread shutdown = new Thread(() -> {
            framework.stop(15_000);
            workspace.release();
        }, "chorus-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdown);

        long[] readyAt = new long[1];
        Runnable ready = () -> {
            framework.awaitStarted();
            readyAt[0] = System.currentTimeMillis();
            if (System.getProperty(STARTUP_REPORT) != null) {
                out.println("chorus.startup ready-ms=" + (readyAt[0] - startedAt) + " mode="
                        + mode.name().toLowerCase(Locale.ROOT));
                out.flush();
            }
        };
        if (mode == RuntimeMode.HEADLESS) {
            ready.run();
            if ("exit".equals(System.getProperty(STARTUP_REPORT))) {
                return stop(framework, workspace, shutdown, 0);
            }
        } else {
            Thread reporter = new Thread(ready, "chorus-ready");
            reporter.setDaemon(true);
            reporter.start();
        }

        if (run.command().isPresent()) {
            int status = ShellCommand.run(framework.context(), run.command().get(), out, err);
            return stop(framework, workspace, shutdown, status);
        }
        InteractiveConsole console = interactive ? new InteractiveConsole(framework.context(), framework::awaitStarted,
                distribution.home().resolve("etc").resolve("gosh_profile"), System.in, out, err) : null;
        if (mode == RuntimeMode.WORKBENCH) {
            if (console != null) {
                Thread shell = new Thread(console::run, "chorus-console");
                shell.setDaemon(true);
                shell.start();
            }
            int status = runWorkbench(framework);
            if (status >= 0) {
                return stop(framework, workspace, shutdown, status);
            }
            err.println("Chorus continues headless; the shell is available"
                    + (interactive ? " below." : " with --console."));
        } else {
            out.println("Chorus " + Distribution.version() + " is running headless with features "
                    + String.join(", ", plan.featureNames()) + " in " + workspace.workspace().root()
                    + " (ready after " + (readyAt[0] - startedAt) + " ms)."
                    + (interactive ? " Type 'help' for the commands, 'exit' to stop."
                            : " Stop it with Ctrl-C or SIGTERM."));
            if (console != null) {
                console.run();
            }
        }
        waitForStop(framework.framework());
        return stop(framework, workspace, shutdown, 0);
    }

    private static List<String> installedOrFallback(Distribution distribution) {
        try {
            return new ArrayList<>(distribution.installed().names());
        } catch (LauncherException e) {
            System.err.println("ERROR " + e.getMessage() + "; starting every feature of the distribution");
            return new ArrayList<>(distribution.catalog().names());
        }
    }

    private RuntimeMode chooseMode(CommandLine.Run run, FeatureCatalog catalog, Set<String> requested,
                                   List<String> installed) {
        if (run.headless()) {
            return RuntimeMode.HEADLESS;
        }
        boolean windowAvailable = catalog.entries().stream().filter(CatalogEntry::isWorkbenchOnly)
                .anyMatch(entry -> requested.contains(entry.name()) || installed.contains(entry.name()));
        if (!windowAvailable) {
            err.println("No workbench feature is installed; running headless.");
            return RuntimeMode.HEADLESS;
        }
        String display = System.getenv("DISPLAY");
        String wayland = System.getenv("WAYLAND_DISPLAY");
        boolean linux = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");
        if (linux && (display == null || display.isBlank()) && (wayland == null || wayland.isBlank())) {
            err.println("No display is available (DISPLAY is not set); running headless. Start with --headless to"
                    + " skip this check.");
            return RuntimeMode.HEADLESS;
        }
        return RuntimeMode.WORKBENCH;
    }

    private static boolean isTerminal() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            // Java 22+ returns a console even when redirected; it says whether it is a terminal.
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    /**
     * Runs the workbench's main-thread runnable. Returns 0 when the window was closed, or -1 when the window could
     * not open and Chorus should carry on headless.
     */
    private int runWorkbench(ChorusFramework framework) {
        BundleContext context = framework.context();
        ServiceTracker<Runnable, Runnable> tracker;
        try {
            tracker = new ServiceTracker<>(context, context.createFilter(
                    "(&(" + Constants.OBJECTCLASS + "=java.lang.Runnable)(main.thread=true))"), null);
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        tracker.open();
        try {
            Runnable application = tracker.waitForService(TimeUnit.SECONDS.toMillis(60));
            if (application == null) {
                err.println("ERROR chorus: the workbench did not start within a minute; see the errors above.");
                return -1;
            }
            try {
                application.run();
                return 0;
            } catch (Throwable e) {
                // Most often SWT cannot reach the display: "No more handles [gtk_init_check() failed]".
                String message = e.getMessage() == null ? e.toString() : e.getMessage();
                err.println("ERROR chorus: the window cannot open: " + message);
                stopWorkbenchBundles(context);
                return -1;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        } finally {
            tracker.close();
        }
    }

    /** After a failed window, the UI bundles are stopped so they hold no native resources. */
    private static void stopWorkbenchBundles(BundleContext context) {
        for (Bundle bundle : context.getBundles()) {
            String name = bundle.getSymbolicName();
            if (name != null && (name.startsWith("io.chorus.ui.") || name.equals("org.eclipse.jface"))) {
                try {
                    bundle.stop(Bundle.STOP_TRANSIENT);
                } catch (org.osgi.framework.BundleException | IllegalStateException e) {
                    // Already stopping with the framework.
                }
            }
        }
    }

    private static void waitForStop(Framework framework) {
        try {
            framework.waitForStop(0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int stop(ChorusFramework framework, WorkspaceSetup.OpenWorkspace workspace, Thread shutdown,
                            int status) {
        try {
            Runtime.getRuntime().removeShutdownHook(shutdown);
        } catch (IllegalStateException e) {
            // Already shutting down: the hook does the same.
            return status;
        }
        framework.stop(15_000);
        workspace.release();
        return status;
    }
}
