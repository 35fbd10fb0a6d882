package io.chorus.ui.dashboard.internal;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.eclipse.swt.widgets.Composite;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Deactivate;

import io.chorus.api.mention.MentionListener;

import io.chorus.api.registry.Brand;
import io.chorus.api.registry.KeywordRegistry;
import io.chorus.ui.api.ViewContribution;
import io.chorus.ui.api.ViewPart;
import io.chorus.ui.api.ViewSite;

/**
 * A dashboard view: the tiles whose {@code chorus.tile.dashboard} names its dashboard. One class per dashboard id
 * registers it (DS components cannot share one class with different view properties).
 */
abstract class DashboardView implements ViewContribution {

    private static final AtomicInteger THREADS = new AtomicInteger();
    static final int REFRESH_MILLIS = 3000;

    private final String dashboard;
    private final TileTracker tracker;
    private final Supplier<List<Brand>> brands;
    private final Translations translations;
    /** Tiles compute and draw here, off the UI thread; a few at once so one slow tile does not hold the others. */
    private final ExecutorService executor = Executors.newFixedThreadPool(
            Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors())), task -> {
                Thread thread = new Thread(task, "chorus-dashboard-" + THREADS.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });

    DashboardView(String dashboard, TileTracker tracker, KeywordRegistry registry, Translations translations) {
        this.dashboard = dashboard;
        this.tracker = tracker;
        this.brands = registry == null ? List::of : registry::brands;
        this.translations = translations;
    }

    @Override
    public ViewPart createView(Composite parent, ViewSite site) {
        Locale locale = Locale.getDefault();
        DashboardPanel panel = new DashboardPanel(parent, new DashboardPanel.Settings(dashboard,
                translations.in(locale), locale, Clock.systemDefaultZone(), brands, executor, site.workbench()));
        Runnable changed = () -> panel.getDisplay().asyncExec(() -> {
            if (!panel.isDisposed()) {
                panel.setTiles(tracker.tiles(dashboard, locale));
            }
        });
        tracker.addListener(changed);
        panel.setTiles(tracker.tiles(dashboard, locale));
        // New mentions redraw the charts, at most every REFRESH_MILLIS, so a busy poll does not recount constantly.
        AtomicBoolean refreshPending = new AtomicBoolean();
        MentionListener mentions = added -> {
            if (refreshPending.compareAndSet(false, true) && !panel.isDisposed()) {
                panel.getDisplay().asyncExec(() -> panel.getDisplay().timerExec(REFRESH_MILLIS, () -> {
                    refreshPending.set(false);
                    if (!panel.isDisposed()) {
                        panel.refresh();
                    }
                }));
            }
        };
        BundleContext context = FrameworkUtil.getBundle(DashboardView.class) == null ? null
                : FrameworkUtil.getBundle(DashboardView.class).getBundleContext();
        ServiceRegistration<MentionListener> registration = context == null ? null
                : context.registerService(MentionListener.class, mentions, null);
        return new ViewPart() {
            @Override
            public void setFocus() {
                panel.setFocus();
            }

            @Override
            public void dispose() {
                tracker.removeListener(changed);
                if (registration != null) {
                    try {
                        registration.unregister();
                    } catch (IllegalStateException alreadyGone) {
                        // the bundle is stopping
                    }
                }
            }
        };
    }

    /** Stops the background threads when the component goes (bnd reads this inherited annotation: see bnd.bnd). */
    @Deactivate
    void deactivate() {
        executor.shutdownNow();
    }
}
