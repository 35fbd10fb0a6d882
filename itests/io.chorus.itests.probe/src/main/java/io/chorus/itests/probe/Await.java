package io.chorus.itests.probe;

import java.util.function.BooleanSupplier;

import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleListener;
import org.osgi.framework.ServiceListener;

/**
 * Waits for a condition by re-checking it whenever a bundle or service event happens, and at least every 50 ms
 * for changes that raise no event (a widget refreshed on the UI thread).
 */
public final class Await {

    private Await() {
    }

    public static boolean until(BundleContext context, BooleanSupplier condition, long timeoutMillis)
            throws InterruptedException {
        Object signal = new Object();
        BundleListener bundles = event -> notify(signal);
        ServiceListener services = event -> notify(signal);
        context.addBundleListener(bundles);
        context.addServiceListener(services);
        try {
            long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
            while (true) {
                if (condition.getAsBoolean()) {
                    return true;
                }
                long remaining = (deadline - System.nanoTime()) / 1_000_000L;
                if (remaining <= 0) {
                    return false;
                }
                synchronized (signal) {
                    signal.wait(Math.min(remaining, 50));
                }
            }
        } finally {
            context.removeBundleListener(bundles);
            context.removeServiceListener(services);
        }
    }

    private static void notify(Object signal) {
        synchronized (signal) {
            signal.notifyAll();
        }
    }
}
