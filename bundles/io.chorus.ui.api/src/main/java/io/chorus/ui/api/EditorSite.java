package io.chorus.ui.api;

import org.osgi.annotation.versioning.ProviderType;

/** What an open editor may ask of the window: everything a view may, plus an undo history that tracks dirtiness. */
@ProviderType
public interface EditorSite extends ViewSite {

    /**
     * The editor's undo history. Every change the user makes should go through {@link EditHistory#perform}, so that
     * Edit &gt; Undo, Redo and the dirty marker work.
     */
    EditHistory history();
}
