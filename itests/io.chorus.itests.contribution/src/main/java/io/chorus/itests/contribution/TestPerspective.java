package io.chorus.itests.contribution;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import io.chorus.ui.api.Perspective;
import io.chorus.ui.api.PerspectiveContribution;
import io.chorus.ui.api.ViewArea;
import io.chorus.ui.api.ViewPlacement;

/** A perspective from a plugin: its own view in the middle, the welcome page below. */
@Component
@Perspective(id = "io.chorus.itests.perspective", label = "Test perspective", order = 50,
        description = "Contributed by the test bundle")
public final class TestPerspective implements PerspectiveContribution {

    @Override
    public List<ViewPlacement> layout() {
        return List.of(new ViewPlacement("io.chorus.itests.view", ViewArea.MAIN),
                new ViewPlacement("io.chorus.welcome", ViewArea.BOTTOM));
    }
}
