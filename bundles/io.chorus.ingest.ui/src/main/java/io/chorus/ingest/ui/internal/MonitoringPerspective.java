package io.chorus.ingest.ui.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import io.chorus.ui.api.Perspective;
import io.chorus.ui.api.PerspectiveContribution;
import io.chorus.ui.api.ViewArea;
import io.chorus.ui.api.ViewPlacement;

/** Where mentions are read: every stored mention, searchable, and the sources that bring them. */
@Component
@Perspective(id = MonitoringPerspective.ID, label = "%perspective.monitoring", order = 10,
        description = "%perspective.monitoring.description", icon = "search")
public final class MonitoringPerspective implements PerspectiveContribution {

    static final String ID = "io.chorus.monitoring";
    /** The Progress view of the ui feature: polls and re-matching show there. */
    static final String PROGRESS = "io.chorus.progress";

    @Override
    public List<ViewPlacement> layout() {
        return List.of(new ViewPlacement(MentionsView.ID, ViewArea.MAIN),
                new ViewPlacement(SourcesView.ID, ViewArea.BOTTOM), new ViewPlacement(PROGRESS, ViewArea.BOTTOM));
    }
}
