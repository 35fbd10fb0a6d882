package io.chorus.ui.dashboard.internal;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;

import io.chorus.api.registry.KeywordRegistry;
import io.chorus.ui.api.View;
import io.chorus.ui.api.ViewContribution;

/** The four dashboards: the Overview and one per module perspective. */
public final class DashboardViews {

    private DashboardViews() {
    }

    @Component(service = ViewContribution.class)
    @View(id = "io.chorus.dashboard.overview", label = "%view.overview", category = "%category.dashboards")
    public static final class Overview extends DashboardView {
        @Activate
        public Overview(BundleContext context, @Reference TileTracker tracker,
                        @Reference(cardinality = ReferenceCardinality.OPTIONAL) KeywordRegistry registry) {
            super("overview", tracker, registry, Translations.of(context.getBundle()));
        }
    }

    @Component(service = ViewContribution.class)
    @View(id = "io.chorus.dashboard.reputation", label = "%view.reputation", category = "%category.dashboards")
    public static final class Reputation extends DashboardView {
        @Activate
        public Reputation(BundleContext context, @Reference TileTracker tracker,
                          @Reference(cardinality = ReferenceCardinality.OPTIONAL) KeywordRegistry registry) {
            super("reputation", tracker, registry, Translations.of(context.getBundle()));
        }
    }

    @Component(service = ViewContribution.class)
    @View(id = "io.chorus.dashboard.smm", label = "%view.smm", category = "%category.dashboards")
    public static final class Smm extends DashboardView {
        @Activate
        public Smm(BundleContext context, @Reference TileTracker tracker,
                   @Reference(cardinality = ReferenceCardinality.OPTIONAL) KeywordRegistry registry) {
            super("smm", tracker, registry, Translations.of(context.getBundle()));
        }
    }

    @Component(service = ViewContribution.class)
    @View(id = "io.chorus.dashboard.crowd", label = "%view.crowd", category = "%category.dashboards")
    public static final class Crowd extends DashboardView {
        @Activate
        public Crowd(BundleContext context, @Reference TileTracker tracker,
                     @Reference(cardinality = ReferenceCardinality.OPTIONAL) KeywordRegistry registry) {
            super("crowd", tracker, registry, Translations.of(context.getBundle()));
        }
    }
}
