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
        "osgi.command.function=awaitService", "osgi.command.function=config"})
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

    @Descriptor("The Configuration Admin configurations whose PID or factory PID is this one, with their properties")
    public String config(String pid) throws Exception {
        org.osgi.framework.ServiceReference<org.osgi.service.cm.ConfigurationAdmin> reference =
                context.getServiceReference(org.osgi.service.cm.ConfigurationAdmin.class);
        if (reference == null) {
            throw new IllegalStateException("no Configuration Admin");
        }
        org.osgi.service.cm.ConfigurationAdmin admin = context.getService(reference);
        try {
            org.osgi.service.cm.Configuration[] found = admin.listConfigurations("(|(service.pid=" + pid
                    + ")(service.factoryPid=" + pid + "))");
            StringBuilder text = new StringBuilder();
            for (org.osgi.service.cm.Configuration configuration : found == null
                    ? new org.osgi.service.cm.Configuration[0] : found) {
                text.append(configuration.getPid()).append(':');
                java.util.Dictionary<String, Object> properties = configuration.getProperties();
                java.util.List<String> keys = java.util.Collections.list(properties.keys());
                java.util.Collections.sort(keys);
                for (String key : keys) {
                    Object value = properties.get(key);
                    text.append(' ').append(key).append('=').append(value instanceof Object[] array
                            ? java.util.Arrays.toString(array) : String.valueOf(value));
                }
                text.append('\n');
            }
            return text.toString();
        } finally {
            context.ungetService(reference);
        }
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
