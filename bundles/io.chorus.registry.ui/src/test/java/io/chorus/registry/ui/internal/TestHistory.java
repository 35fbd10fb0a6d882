package io.chorus.registry.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.chorus.ui.api.Edit;
import io.chorus.ui.api.EditHistory;

/** The editor's history as the workbench keeps it: two stacks and the number of edits saved. */
final class TestHistory implements EditHistory {

    private final List<Edit> done = new ArrayList<>();
    private final List<Edit> undone = new ArrayList<>();
    private int savedAt;
    private boolean untracked;

    @Override
    public void perform(Edit edit) {
        edit.apply();
        if (savedAt > done.size()) {
            savedAt = -1;
        }
        done.add(edit);
        undone.clear();
    }

    @Override
    public boolean canUndo() {
        return !done.isEmpty();
    }

    @Override
    public boolean canRedo() {
        return !undone.isEmpty();
    }

    @Override
    public void undo() {
        if (canUndo()) {
            Edit edit = done.remove(done.size() - 1);
            edit.revert();
            undone.add(edit);
        }
    }

    @Override
    public void redo() {
        if (canRedo()) {
            Edit edit = undone.remove(undone.size() - 1);
            edit.apply();
            done.add(edit);
        }
    }

    @Override
    public Optional<String> undoLabel() {
        return done.isEmpty() ? Optional.empty() : Optional.of(done.get(done.size() - 1).label());
    }

    @Override
    public Optional<String> redoLabel() {
        return undone.isEmpty() ? Optional.empty() : Optional.of(undone.get(undone.size() - 1).label());
    }

    @Override
    public boolean isDirty() {
        return untracked || savedAt != done.size();
    }

    @Override
    public void markDirty() {
        untracked = true;
    }

    @Override
    public void reset() {
        done.clear();
        undone.clear();
        markSaved();
    }

    /** What the workbench does after a successful save. */
    void markSaved() {
        savedAt = done.size();
        untracked = false;
    }
}
