package io.chorus.api.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class WorkspaceTest {

    @Test
    void normalisesTheRootAndPlacesMetadataInside() {
        Workspace workspace = new Workspace(Path.of("/tmp/ws/../ws"), "ws", false, 1);
        assertEquals(Path.of("/tmp/ws"), workspace.root());
        assertEquals(Path.of("/tmp/ws/.chorus/logs"), workspace.logDirectory());
    }

    @Test
    void refusesRelativeRoots() {
        assertThrows(IllegalArgumentException.class, () -> new Workspace(Path.of("ws"), "ws", false, 1));
    }
}
