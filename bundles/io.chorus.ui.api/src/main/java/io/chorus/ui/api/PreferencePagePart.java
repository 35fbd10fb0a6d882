package io.chorus.ui.api;

import org.osgi.annotation.versioning.ConsumerType;

/** One page the dialog has built. */
@ConsumerType
public interface PreferencePagePart {

    /**
     * Stores the page's values (Apply, OK).
     *
     * @throws Exception when they cannot be stored; the dialog stays open on this page and shows the message
     */
    void apply() throws Exception;

    /** Puts the defaults into the fields (Restore Defaults); stored on the next apply. */
    default void restoreDefaults() {
    }

    /** Frees what the page holds besides its controls. */
    default void dispose() {
    }
}
