package io.chorus.ui.workbench.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import io.chorus.ui.api.Perspective;
import io.chorus.ui.api.PerspectiveContribution;
import io.chorus.ui.api.ViewArea;
import io.chorus.ui.api.ViewPlacement;

/** The perspective Chorus opens with: the welcome page, and the dashboards modules add to it. */
@Component
@Perspective(id = "io.chorus.overview", label = "%perspective.overview", order = 0,
        description = "%perspective.overview.description", icon = "home")
public final class OverviewPerspective implements PerspectiveContribution {

    static final String DASHBOARD = "io.chorus.dashboard.overview";
    static final String PROGRESS = "io.chorus.progress";
    static final String NOTIFICATIONS = "io.chorus.notifications";
    static final String ERROR_LOG = "io.chorus.errorlog";

    @Override
    public List<ViewPlacement> layout() {
        // The dashboard, progress and error log come from their own bundles of the ui feature; a layout may name
        // views that are not installed.
        return List.of(new ViewPlacement(DASHBOARD, ViewArea.MAIN), new ViewPlacement(WelcomeView.ID, ViewArea.MAIN),
                new ViewPlacement(PROGRESS, ViewArea.BOTTOM), new ViewPlacement(NOTIFICATIONS, ViewArea.BOTTOM),
                new ViewPlacement(ERROR_LOG, ViewArea.BOTTOM));
    }
}
