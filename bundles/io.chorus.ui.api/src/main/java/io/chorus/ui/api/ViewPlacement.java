package io.chorus.ui.api;

import java.util.Objects;

/**
 * A view a perspective opens, and where.
 *
 * @param viewId the view's {@link View#id()}
 * @param area   the region it goes into; views of one area share a tab stack
 */
public record ViewPlacement(String viewId, ViewArea area) {

    public ViewPlacement {
        Objects.requireNonNull(viewId, "viewId");
        Objects.requireNonNull(area, "area");
    }
}
