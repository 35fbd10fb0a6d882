package io.chorus.ui.features.internal;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.chorus.api.runtime.ChorusRuntime;
import io.chorus.api.runtime.FeatureManager;
import io.chorus.ui.api.Texts;
import io.chorus.ui.api.View;
import io.chorus.ui.api.ViewContribution;
import io.chorus.ui.api.ViewPart;
import io.chorus.ui.api.ViewSite;

/**
 * The module manager: installed features with their versions, bundles and bundle states; install from a file,
 * enable, disable, remove, live. Refreshes itself when bundles change.
 */
@Component
@View(id = FeaturesView.ID, label = "%view.features", category = "%category.setup")
public final class FeaturesView implements ViewContribution {

    static final String ID = "io.chorus.features";

    private final BundleContext context;
    private final ChorusRuntime runtime;
    private final FeatureManager manager;
    private final Texts texts;

    @Activate
    public FeaturesView(BundleContext context, @Reference ChorusRuntime runtime, @Reference FeatureManager manager) {
        this.context = context;
        this.runtime = runtime;
        this.manager = manager;
        this.texts = Texts.of(context.getBundle(), Locale.getDefault());
    }

    @Override
    public ViewPart createView(Composite parent, ViewSite site) {
        ExecutorService background = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "chorus-features-view");
            thread.setDaemon(true);
            return thread;
        });
        FeaturesPanel panel = new FeaturesPanel(parent, texts, runtime::features, manager, background,
                this::chooseFile, site::setStatusMessage);
        BundleListener listener = event -> panel.scheduleRefresh();
        context.addBundleListener(listener);
        return new ViewPart() {
            @Override
            public void setFocus() {
                panel.setFocus();
            }

            @Override
            public void dispose() {
                try {
                    context.removeBundleListener(listener);
                } catch (IllegalStateException e) {
                    // This bundle is stopping: its listeners are gone already.
                }
                background.shutdownNow();
            }
        };
    }

    private Optional<Path> chooseFile(Shell shell) {
        FileDialog dialog = new FileDialog(shell, SWT.OPEN);
        dialog.setText(texts.get("install.choose"));
        dialog.setFilterExtensions(new String[] {"*.json;*.zip;*.jar", "*.json", "*.zip", "*.jar", "*"});
        dialog.setFilterNames(new String[] {texts.get("filter.all"), texts.get("filter.json"),
                texts.get("filter.zip"), texts.get("filter.jar"), texts.get("filter.any")});
        return Optional.ofNullable(dialog.open()).map(Path::of);
    }
}
