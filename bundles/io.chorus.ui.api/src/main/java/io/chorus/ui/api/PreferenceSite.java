package io.chorus.ui.api;

import org.osgi.annotation.versioning.ProviderType;

/** What a preference page may ask of the dialog. */
@ProviderType
public interface PreferenceSite {

    /** The window. */
    Workbench workbench();

    /**
     * Says whether the values on the page can be applied; while not, OK and Apply are disabled and the message is
     * shown at the top of the dialog.
     *
     * @param error what to fix, or null when the page is valid
     */
    void setError(String error);
}
