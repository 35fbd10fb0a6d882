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
        description = "%perspective.overview.description")
public final class OverviewPerspective implements PerspectiveContribution {

    @Override
    public List<ViewPlacement> layout() {
        return List.of(new ViewPlacement(WelcomeView.ID, ViewArea.MAIN));
    }
}
