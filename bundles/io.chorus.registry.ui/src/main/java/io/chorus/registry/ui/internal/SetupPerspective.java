package io.chorus.registry.ui.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import io.chorus.ui.api.Perspective;
import io.chorus.ui.api.PerspectiveContribution;
import io.chorus.ui.api.ViewArea;
import io.chorus.ui.api.ViewPlacement;

/** Where a workspace is set up: the brands' semantic cores and channels, and the platforms. */
@Component
@Perspective(id = "io.chorus.setup", label = "%perspective.setup", order = 90,
        description = "%perspective.setup.description", icon = "settings")
public final class SetupPerspective implements PerspectiveContribution {

    /** The module manager and the Sources view, from other bundles; left out when not installed. */
    static final String FEATURES = "io.chorus.features";
    static final String SOURCES = "io.chorus.sources";

    @Override
    public List<ViewPlacement> layout() {
        return List.of(new ViewPlacement(SemanticCoreView.ID, ViewArea.MAIN),
                new ViewPlacement(PlatformsView.ID, ViewArea.BOTTOM),
                new ViewPlacement(ChannelsView.ID, ViewArea.BOTTOM), new ViewPlacement(FEATURES, ViewArea.BOTTOM),
                new ViewPlacement(SOURCES, ViewArea.BOTTOM));
    }
}
