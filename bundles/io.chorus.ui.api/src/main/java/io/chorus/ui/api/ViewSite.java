package io.chorus.ui.api;

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
}
