package io.chorus.ui.api;

import java.util.List;
import org.eclipse.swt.widgets.Control;

import org.osgi.annotation.versioning.ProviderType;

/** What an open view may ask of the window around it. */
@ProviderType
public interface ViewSite {

    /** The id of the view. */
    String viewId();

    /** The window. */
    Workbench workbench();

    /** Shows a short message in the status bar while the view is active. */
    void setStatusMessage(String message);

    /**
     * Tells the window what is selected in the view (mentions, sources, rows), for commands and the context menu.
     * Call it on the UI thread whenever the selection changes.
     */
    default void setSelection(List<?> selection) {
    }

    /**
     * Gives {@code control} the window's context menu for this view: the commands whose {@link Command#contexts()}
     * name the view, enabled by their handler.
     */
    default void hookContextMenu(Control control) {
    }
}
