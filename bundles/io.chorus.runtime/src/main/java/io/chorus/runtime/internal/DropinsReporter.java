package io.chorus.runtime.internal;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipException;

import org.apache.felix.fileinstall.ArtifactInstaller;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleException;
import org.osgi.framework.BundleListener;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.FrameworkListener;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.osgi.framework.startlevel.FrameworkStartLevel;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.LogEntry;
import org.osgi.service.log.LogListener;
import org.osgi.service.log.LogReaderService;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

import io.chorus.api.runtime.ChorusRuntime;
import io.chorus.api.runtime.RuntimeMode;

/**
 * Tells people what happened to the jars they drop into {@code dropins/}. FileInstall installs bundles silently,
 * skips jars that are not bundles without a word, and only warns in the log file when a bundle cannot start. Here
 * every outcome gets one console line: started, removed, not a bundle (and why), or missing a requirement (and
 * which). Nothing here stops Chorus: a bad jar is reported and left alone.
 */
@Component(service = ArtifactInstaller.class, immediate = true)
public final class DropinsReporter implements ArtifactInstaller, BundleListener, FrameworkListener, LogListener {

    /** Packages only the window provides: a plugin that needs them waits for the window instead of failing. */
    private static final List<String> WINDOW_PACKAGES = List.of("org.eclipse.swt", "org.eclipse.jface",
            "io.chorus.ui.");

    private final BundleContext context;
    private final Logger logger;
    private final Path dropins;
    private final boolean headless;
    /** Bundles already explained in this run, so a failure is told once, whoever tried to start them. */
    private final Set<Long> reported = ConcurrentHashMap.newKeySet();

    private final LogReaderService log;

    @Activate
    public DropinsReporter(BundleContext context, @Reference ChorusRuntime runtime,
                           @Reference(service = LoggerFactory.class) Logger logger, @Reference LogReaderService log) {
        this.context = context;
        this.logger = logger;
        this.log = log;
        this.dropins = runtime.dropinsDirectory().toAbsolutePath().normalize();
        this.headless = runtime.mode() != RuntimeMode.WORKBENCH;
        context.addBundleListener(this);
        context.addFrameworkListener(this);
        log.addLogListener(this);
    }

    @Deactivate
    void deactivate() {
        context.removeBundleListener(this);
        context.removeFrameworkListener(this);
        log.removeLogListener(this);
    }

    /**
     * FileInstall starts a plugin once, when it first sees the jar. A plugin that could not start then (it needs the
     * window and Chorus ran a headless command, or its dependency came later) would stay stopped for good; each time
     * the start level settles, the ones waiting are started again.
     */
    @Override
    public void frameworkEvent(FrameworkEvent event) {
        // while Chorus stops, the start level falls and nothing must start
        if (event.getType() == FrameworkEvent.STARTLEVEL_CHANGED && context.getBundle(0).getState() == Bundle.ACTIVE) {
            startWaitingDropins();
        }
    }

    private void startWaitingDropins() {
        int frameworkLevel = context.getBundle(0).adapt(FrameworkStartLevel.class).getStartLevel();
        for (Bundle bundle : context.getBundles()) {
            Path jar = fileOf(bundle.getLocation());
            if (jar == null || !jar.startsWith(dropins) || isFragment(bundle)
                    || (bundle.getState() != Bundle.INSTALLED && bundle.getState() != Bundle.RESOLVED)
                    || bundle.adapt(BundleStartLevel.class).getStartLevel() > frameworkLevel
                    || (headless && needsTheWindow(bundle))) {
                continue;
            }
            try {
                bundle.start();
            } catch (BundleException | IllegalStateException e) {
                reportFailure(bundle, "dropins/" + jar.getFileName(), e);
            }
        }
    }

    private static boolean isFragment(Bundle bundle) {
        return bundle.getHeaders("").get(Constants.FRAGMENT_HOST) != null;
    }

    /** Whether the bundle imports what only the window provides. */
    static boolean needsTheWindow(Bundle bundle) {
        String imports = bundle.getHeaders("").get(Constants.IMPORT_PACKAGE);
        String required = bundle.getHeaders("").get(Constants.REQUIRE_CAPABILITY);
        String all = (imports == null ? "" : imports) + "," + (required == null ? "" : required);
        return WINDOW_PACKAGES.stream().anyMatch(all::contains);
    }

    // ---- jars that are not bundles: FileInstall hands them to us because nothing else takes them -------------

    @Override
    public boolean canHandle(File artifact) {
        return artifact.getName().endsWith(".jar") && inDropins(artifact) && notABundle(artifact) != null;
    }

    @Override
    public void install(File artifact) {
        logger.error("{} is not a plugin Chorus can run: {}. It is ignored; remove it, or ask its vendor for the"
                + " OSGi bundle build.", name(artifact), notABundle(artifact));
    }

    @Override
    public void update(File artifact) {
        String reason = notABundle(artifact);
        if (reason != null) {
            install(artifact);
        }
    }

    @Override
    public void uninstall(File artifact) {
        logger.audit("{} was removed", name(artifact));
    }

    /** Why the file is not an OSGi bundle, or null when it is one. */
    static String notABundle(File artifact) {
        try (JarFile jar = new JarFile(artifact)) {
            Manifest manifest = jar.getManifest();
            if (manifest == null) {
                return "it has no META-INF/MANIFEST.MF";
            }
            if (manifest.getMainAttributes().getValue("Bundle-SymbolicName") == null) {
                return "its manifest has no Bundle-SymbolicName, so it is a plain Java library, not an OSGi bundle";
            }
            return null;
        } catch (ZipException e) {
            return "it is not a valid jar (" + e.getMessage() + "); it may be truncated or not a jar at all";
        } catch (IOException e) {
            return "it cannot be read (" + e.getMessage() + ")";
        }
    }

    private boolean inDropins(File artifact) {
        return artifact.toPath().toAbsolutePath().normalize().startsWith(dropins);
    }

    private String name(File artifact) {
        return "dropins/" + artifact.getName();
    }

    // ---- bundles from dropins/ ---------------------------------------------------------------------------------

    @Override
    public void bundleChanged(BundleEvent event) {
        Bundle bundle = event.getBundle();
        Path jar = fileOf(bundle.getLocation());
        if (jar == null || !jar.startsWith(dropins)) {
            return;
        }
        String file = "dropins/" + jar.getFileName();
        switch (event.getType()) {
            case BundleEvent.STARTED -> {
                reported.remove(bundle.getBundleId());
                logger.audit("{}: {} started", file, UnresolvedReasons.name(bundle));
            }
            case BundleEvent.UNINSTALLED -> logger.audit("{}: {} was removed", file, UnresolvedReasons.name(bundle));
            default -> {
                // Resolved, stopped and the rest need no words.
            }
        }
    }

    /** The file a {@code file:} location names ({@code file:/a} and {@code file:///a} alike), or null. */
    static Path fileOf(String location) {
        if (location == null || !location.startsWith("file:")) {
            return null;
        }
        try {
            return Path.of(java.net.URI.create(location)).toAbsolutePath().normalize();
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return null;
        }
    }

    /**
     * FileInstall reports a bundle it could not start only to the log, once, after trying: that entry is the moment
     * to explain it. (Checking at install time would blame a plugin whose dependency is the next jar in the batch.)
     */
    @Override
    public void logged(LogEntry entry) {
        Bundle source = entry.getBundle();
        String message = entry.getMessage();
        if (source == null || !"org.apache.felix.fileinstall".equals(source.getSymbolicName()) || message == null
                || entry.getException() == null) {
            return;
        }
        int at = message.indexOf("file:");
        if (at < 0) {
            return;
        }
        Path jar = fileOf(message.substring(at).strip());
        if (jar == null || !jar.startsWith(dropins)) {
            return;
        }
        for (Bundle bundle : context.getBundles()) {
            if (jar.equals(fileOf(bundle.getLocation()))) {
                reportFailure(bundle, "dropins/" + jar.getFileName(), entry.getException());
            }
        }
    }

    private void reportFailure(Bundle bundle, String file, Throwable failure) {
        if (headless && needsTheWindow(bundle)) {
            logger.info("{}: {} is a plugin for the window; it starts when Chorus opens its window", file,
                    UnresolvedReasons.name(bundle));
            return;
        }
        if (!reported.add(bundle.getBundleId())) {
            return;
        }
        FrameworkWiring wiring = context.getBundle(0).adapt(FrameworkWiring.class);
        if (bundle.getState() == Bundle.INSTALLED && !wiring.resolveBundles(List.of(bundle))) {
            String because = UnresolvedReasons.because(bundle, wiring);
            logger.error("{}: {} cannot start{}. Install the feature or plugin that provides it; Chorus keeps"
                    + " running without this plugin.", file, UnresolvedReasons.name(bundle),
                    because.isEmpty() ? " (see 'chorus:status')" : because);
            return;
        }
        Throwable cause = LogRecorder.rootCause(failure);
        logger.error("{}: {} failed to start: {}. Chorus keeps running without this plugin; its vendor can tell why"
                + " from the log file.", file, UnresolvedReasons.name(bundle),
                cause.getMessage() == null ? cause.getClass().getName() : cause.getMessage());
    }
}
