package io.chorus.ui.workbench.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

import io.chorus.ui.api.Edit;
import io.chorus.ui.api.EditHistory;

/**
 * An editor's undo and redo stacks. Dirtiness is the distance from the saved point, so undoing back to the saved
 * state makes the document clean again, as in every Eclipse editor. Used on the UI thread only.
 */
final class UndoStack implements EditHistory {

    static final int LIMIT = 500;

    private final Deque<Edit> undo = new ArrayDeque<>();
    private final Deque<Edit> redo = new ArrayDeque<>();
    private final Runnable changed;
    /** Edits between the saved state and now: positive after edits, negative after undoing past the save. */
    private int distanceFromSave;
    /** Set when the saved state can no longer be reached by undo/redo, or on an untracked change. */
    private boolean savedStateLost;

    /** @param changed told after every change of dirtiness or the labels (to refresh the tab and the Edit menu) */
    UndoStack(Runnable changed) {
        this.changed = changed;
    }

    @Override
    public void perform(Edit edit) {
        edit.apply();
        undo.push(edit);
        if (undo.size() > LIMIT) {
            undo.removeLast();
            if (distanceFromSave > LIMIT) {
                savedStateLost = true;
            }
        }
        if (distanceFromSave < 0) {
            // The saved state was on the redo stack, which this edit discards.
            savedStateLost = true;
        }
        redo.clear();
        distanceFromSave++;
        changed.run();
    }

    @Override
    public boolean canUndo() {
        return !undo.isEmpty();
    }

    @Override
    public boolean canRedo() {
        return !redo.isEmpty();
    }

    @Override
    public void undo() {
        if (undo.isEmpty()) {
            return;
        }
        Edit edit = undo.pop();
        edit.revert();
        redo.push(edit);
        distanceFromSave--;
        changed.run();
    }

    @Override
    public void redo() {
        if (redo.isEmpty()) {
            return;
        }
        Edit edit = redo.pop();
        edit.apply();
        undo.push(edit);
        distanceFromSave++;
        changed.run();
    }

    @Override
    public Optional<String> undoLabel() {
        return Optional.ofNullable(undo.peek()).map(Edit::label);
    }

    @Override
    public Optional<String> redoLabel() {
        return Optional.ofNullable(redo.peek()).map(Edit::label);
    }

    @Override
    public boolean isDirty() {
        return savedStateLost || distanceFromSave != 0;
    }

    @Override
    public void markDirty() {
        savedStateLost = true;
        changed.run();
    }

    @Override
    public void reset() {
        undo.clear();
        redo.clear();
        markSaved();
    }

    /** The document was saved: the current state is the saved one. */
    void markSaved() {
        distanceFromSave = 0;
        savedStateLost = false;
        changed.run();
    }
}
