package io.chorus.ui.api;

import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** The undo and redo stacks of one editor; the document is dirty when the history moved away from its saved point. */
@ProviderType
public interface EditHistory {

    /** Applies an edit and makes it the one to undo; clears the redo stack. */
    void perform(Edit edit);

    boolean canUndo();

    boolean canRedo();

    void undo();

    void redo();

    /** The label of the edit Undo would revert. */
    Optional<String> undoLabel();

    /** The label of the edit Redo would apply. */
    Optional<String> redoLabel();

    /** Whether the document differs from what was last saved. */
    boolean isDirty();

    /** Marks a change the history does not track (the document changed on disk, a field typed into); makes it dirty. */
    void markDirty();

    /** Forgets every edit and makes the current state the saved one: after the document was reloaded from disk. */
    void reset();
}
