package io.chorus.ui.api;

import org.osgi.annotation.versioning.ConsumerType;

/** One reversible change to an editor's document, such as "Add keyword vacuum". Called on the UI thread. */
@ConsumerType
public interface Edit {

    /** Shown as "Undo &lt;label&gt;"; already translated. */
    String label();

    /** Makes the change (first time and on redo). */
    void apply();

    /** Takes it back. */
    void revert();
}
