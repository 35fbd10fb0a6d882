package io.chorus.ui.api;

import org.eclipse.swt.widgets.Composite;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A kind of view. Register it as a component annotated with {@link View}; the workbench asks for the service only
 * when the view is first shown, so a view that is never opened costs nothing at start-up.
 */
@ConsumerType
public interface ViewContribution {

    /**
     * Creates one instance of the view. Called on the UI thread.
     *
     * @param parent the composite to build the controls in; its layout is a {@code FillLayout}, change it freely
     * @param site   what the view may ask of the window
     * @return the live view, which the workbench focuses and disposes
     */
    ViewPart createView(Composite parent, ViewSite site);
}
