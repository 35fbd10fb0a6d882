package io.chorus.ui.api;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.osgi.annotation.versioning.ConsumerType;

/** An item in the status bar (a counter, a progress indicator). Register it annotated with {@link StatusItem}. */
@ConsumerType
public interface StatusContribution {

    /** Creates the item's control in {@code parent}. Called on the UI thread. */
    Control createControl(Composite parent, Workbench workbench);
}
