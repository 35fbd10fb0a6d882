package io.chorus.ui.workbench.internal;

import java.net.URL;
import java.util.Enumeration;
import java.util.function.Predicate;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * Loads the classes of the window's bundles on a background thread once the window is up. Loading and defining a
 * class takes the UI thread hundreds of microseconds each; the first opening of a view needs hundreds of them, which
 * the stall monitor saw as the window not answering for 200-400 ms. Classes are loaded, not initialised, so no static
 * code runs off the UI thread.
 */
final class ClassWarmer {

    private ClassWarmer() {
    }

    static Thread start(BundleContext context, Predicate<String> warmBundle) {
        Thread thread = new Thread(() -> {
            for (Bundle bundle : context.getBundles()) {
                if (Thread.currentThread().isInterrupted()) {
                    return;
                }
                String name = bundle.getSymbolicName();
                if (name != null && warmBundle.test(name) && bundle.getState() == Bundle.ACTIVE) {
                    warm(bundle);
                }
            }
        }, "chorus-ui-class-warmer");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
        return thread;
    }

    private static void warm(Bundle bundle) {
        Enumeration<URL> classes = bundle.findEntries("/", "*.class", true);
        while (classes != null && classes.hasMoreElements()) {
            String path = classes.nextElement().getPath();
            if (path.contains("-") || path.startsWith("/META-INF") || path.startsWith("/lib/")) {
                continue; // module-info, multi-release and embedded jars are not on the bundle's own class path
            }
            String className = path.substring(1, path.length() - ".class".length()).replace('/', '.');
            try {
                bundle.loadClass(className);
            } catch (ClassNotFoundException | LinkageError | IllegalStateException e) {
                // optional dependencies missing, or the bundle stopping: nothing to warm
            }
        }
    }

    /** The bundles whose classes the first views need: SWT, JFace and the Chorus window bundles. */
    static boolean isWindowBundle(String symbolicName) {
        return symbolicName.startsWith("org.eclipse.swt") || symbolicName.equals("org.eclipse.jface")
                || symbolicName.startsWith("io.chorus.ui.") || symbolicName.endsWith(".ui");
    }
}
