package io.chorus.ui.api;

import org.osgi.annotation.versioning.ConsumerType;

/** One open view. Its controls are disposed with its parent; {@link #dispose()} frees anything else it holds. */
@ConsumerType
public interface ViewPart {

    /** Gives keyboard focus to the view's main control. Called on the UI thread. */
    void setFocus();

    /** Releases what the view holds besides its controls (listeners, services). Called on the UI thread. */
    default void dispose() {
    }

    /**
     * Shows what another part asked for: a dashboard's click opens the Mentions view with a
     * {@code io.chorus.api.mention.MentionSearch}, a notification opens its details. Unknown inputs are ignored.
     */
    default void setInput(Object input) {
    }
}
