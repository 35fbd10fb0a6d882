package io.chorus.runtime.internal.features;

import java.nio.file.Path;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.feature.FeatureService;

import io.chorus.api.notify.Notifications;
import io.chorus.api.notify.Severity;
import io.chorus.api.runtime.FeatureChange;
import io.chorus.api.runtime.FeatureChangeException;
import io.chorus.api.runtime.FeatureManager;
import io.chorus.api.runtime.RuntimeMode;
import io.chorus.feature.FeatureReader;
import io.chorus.runtime.internal.RuntimeService;
import jakarta.json.spi.JsonProvider;

/**
 * The module manager's service: installs, enables, disables and removes features in the running framework and in
 * the distribution folder. One change at a time; each one ends with a notification when the notification centre runs.
 */
@Component(service = FeatureManager.class)
public final class FeatureManagerComponent implements FeatureManager {

    /** The view that shows the features; notifications point to it. */
    static final String VIEW_ID = "io.chorus.features";

    private static final String SOURCE = "io.chorus.runtime";

    private final LiveFeatures features;
    private final Notifications notifications;

    @Activate
    public FeatureManagerComponent(BundleContext context, @Reference RuntimeService runtime,
                                   @Reference FeatureService featureService,
                                   @Reference(cardinality = ReferenceCardinality.OPTIONAL,
                                           policyOption = ReferencePolicyOption.GREEDY) Notifications notifications) {
        this.notifications = notifications;
        this.features = new LiveFeatures(context, new FeatureReader(featureService, JsonProvider.provider()),
                JsonProvider.provider(), runtime.home(), runtime.dropinsDirectory(),
                runtime.mode() == RuntimeMode.WORKBENCH, runtime.activeFeatures(),
                Path.of(System.getProperty("user.home"), ".m2", "repository"));
    }

    /** A change of the installed features, run under the manager's lock. */
    @FunctionalInterface
    private interface Change {
        FeatureChange run() throws FeatureChangeException;
    }

    @Override
    public synchronized FeatureChange check(Path file) throws FeatureChangeException {
        return features.check(file);
    }

    @Override
    public FeatureChange install(Path file) throws FeatureChangeException {
        return notifying("Install " + file.getFileName(), () -> features.install(file));
    }

    @Override
    public FeatureChange enable(String featureName) throws FeatureChangeException {
        return notifying("Enable " + featureName, () -> features.enable(featureName));
    }

    @Override
    public FeatureChange disable(String featureName) throws FeatureChangeException {
        return notifying("Disable " + featureName, () -> features.disable(featureName));
    }

    @Override
    public FeatureChange remove(String featureName) throws FeatureChangeException {
        return notifying("Remove " + featureName, () -> features.remove(featureName));
    }

    private synchronized FeatureChange notifying(String title, Change change) throws FeatureChangeException {
        try {
            FeatureChange result = change.run();
            post(result.restartNeeded() ? Severity.WARNING : Severity.INFO, title, result.message());
            return result;
        } catch (FeatureChangeException e) {
            post(Severity.WARNING, title + " refused", String.join("\n", e.problems()));
            throw e;
        }
    }

    private void post(Severity severity, String title, String message) {
        if (notifications != null) {
            notifications.post(severity, title, message, SOURCE, VIEW_ID, null);
        }
    }
}
