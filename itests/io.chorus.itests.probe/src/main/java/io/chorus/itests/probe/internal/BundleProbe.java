package io.chorus.itests.probe.internal;

import java.util.Locale;
import java.util.Optional;

import org.apache.felix.service.command.Descriptor;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import io.chorus.itests.probe.Await;

/** {@code probe:} shell commands for tests that run Chorus as a separate process. */
@Component(service = BundleProbe.class, property = {"osgi.command.scope=probe",
        "osgi.command.function=awaitBundle", "osgi.command.function=stopBundle",
        "osgi.command.function=startBundle", "osgi.command.function=bundleState",
        "osgi.command.function=awaitService"})
public final class BundleProbe {

    private final BundleContext context;

    @Activate
    public BundleProbe(BundleContext context) {
        this.context = context;
    }

    @Descriptor("Waits until the bundle is in the state (active, resolved, installed, uninstalled)")
    public String awaitBundle(String symbolicName, String state, long timeoutMillis) throws InterruptedException {
        String wanted = state.toLowerCase(Locale.ROOT);
        if (!Await.until(context, () -> bundleState(symbolicName).equals(wanted), timeoutMillis)) {
            throw new IllegalStateException("timed out after " + timeoutMillis + " ms: " + symbolicName + " is "
                    + bundleState(symbolicName) + ", not " + wanted);
        }
        return symbolicName + " is " + wanted;
    }

    @Descriptor("Waits until a service of the class is registered")
    public String awaitService(String objectClass, long timeoutMillis) throws InterruptedException {
        if (!Await.until(context, () -> context.getServiceReference(objectClass) != null, timeoutMillis)) {
            throw new IllegalStateException("timed out after " + timeoutMillis + " ms waiting for a " + objectClass);
        }
        return objectClass + " is registered";
    }

    @Descriptor("The state of the bundle, or 'uninstalled' when there is none")
    public String bundleState(String symbolicName) {
        return find(symbolicName).map(bundle -> switch (bundle.getState()) {
            case Bundle.ACTIVE -> "active";
            case Bundle.RESOLVED -> "resolved";
            case Bundle.INSTALLED -> "installed";
            case Bundle.STARTING -> "starting";
            case Bundle.STOPPING -> "stopping";
            default -> "uninstalled";
        }).orElse("uninstalled");
    }

    @Descriptor("Stops the bundle (transiently: it starts again with the next run)")
    public String stopBundle(String symbolicName) throws BundleException {
        Bundle bundle = find(symbolicName).orElseThrow(() -> new IllegalArgumentException("no bundle " + symbolicName));
        bundle.stop(Bundle.STOP_TRANSIENT);
        return symbolicName + " stopped";
    }

    @Descriptor("Starts the bundle")
    public String startBundle(String symbolicName) throws BundleException {
        Bundle bundle = find(symbolicName).orElseThrow(() -> new IllegalArgumentException("no bundle " + symbolicName));
        bundle.start(Bundle.START_TRANSIENT);
        return symbolicName + " started";
    }

    private Optional<Bundle> find(String symbolicName) {
        for (Bundle bundle : context.getBundles()) {
            if (symbolicName.equals(bundle.getSymbolicName())) {
                return Optional.of(bundle);
            }
        }
        return Optional.empty();
    }
}
