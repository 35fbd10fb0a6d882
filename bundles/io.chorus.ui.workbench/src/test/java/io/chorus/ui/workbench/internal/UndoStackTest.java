package io.chorus.ui.workbench.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.chorus.ui.api.Edit;

import org.junit.jupiter.api.Test;

class UndoStackTest {

    private final List<String> document = new ArrayList<>();
    private int notifications;
    private final UndoStack history = new UndoStack(() -> notifications++);

    private Edit add(String word) {
        return new Edit() {
            @Override
            public String label() {
                return "Add " + word;
            }

            @Override
            public void apply() {
                document.add(word);
            }

            @Override
            public void revert() {
                document.remove(document.size() - 1);
            }
        };
    }

    @Test
    void undoAndRedoReplayEditsInOrder() {
        history.perform(add("vacuum"));
        history.perform(add("robot"));
        assertEquals(List.of("vacuum", "robot"), document);
        assertEquals(Optional.of("Add robot"), history.undoLabel());

        history.undo();
        assertEquals(List.of("vacuum"), document);
        assertEquals(Optional.of("Add robot"), history.redoLabel());
        history.redo();
        assertEquals(List.of("vacuum", "robot"), document);
        assertEquals(3 + 1, notifications);
    }

    @Test
    void undoingBackToTheSavedStateMakesItClean() {
        history.perform(add("vacuum"));
        history.markSaved();
        assertFalse(history.isDirty());
        history.perform(add("robot"));
        assertTrue(history.isDirty());
        history.undo();
        assertFalse(history.isDirty(), "back at the saved state");
        history.undo();
        assertTrue(history.isDirty(), "before the saved state");
        history.redo();
        assertFalse(history.isDirty());
    }

    @Test
    void aNewEditAfterUndoingPastTheSaveLosesTheSavedState() {
        history.perform(add("vacuum"));
        history.markSaved();
        history.undo();
        history.perform(add("robot"));
        history.undo();
        assertTrue(history.isDirty(), "the saved state was on the discarded redo stack");
        assertFalse(history.canRedo() && history.redoLabel().orElse("").equals("Add vacuum"));
    }

    @Test
    void resetForgetsEveryEditAndIsClean() {
        history.perform(add("vacuum"));
        history.undo();
        history.perform(add("robot"));
        history.reset();
        assertFalse(history.isDirty());
        assertFalse(history.canUndo());
        assertFalse(history.canRedo());
    }

    @Test
    void untrackedChangesAreDirtyUntilSaved() {
        history.markDirty();
        assertTrue(history.isDirty());
        history.markSaved();
        assertFalse(history.isDirty());
    }
}
