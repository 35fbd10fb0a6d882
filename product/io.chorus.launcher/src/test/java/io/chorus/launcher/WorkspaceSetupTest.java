package io.chorus.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jakarta.json.spi.JsonProvider;

class WorkspaceSetupTest {

    private static final JsonProvider JSON = JsonProvider.provider();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    @Test
    void createsANewWorkspaceWithItsDescriptorAndLock() throws Exception {
        Path root = folder.resolve("Acme");
        WorkspaceSetup.OpenWorkspace open = WorkspaceSetup.open(root, false, "1.2.3", JSON, CLOCK);
        try {
            assertTrue(open.created());
            assertEquals("Acme", open.workspace().name());
            String descriptor = Files.readString(root.resolve("workspace.json"));
            assertTrue(descriptor.contains("\"schema\": 1"), descriptor);
            assertTrue(descriptor.contains("\"created\": \"2026-11-24T10:00:00Z\""), descriptor);
            assertTrue(descriptor.contains("\"createdBy\": \"Chorus 1.2.3\""), descriptor);
            assertEquals(String.valueOf(ProcessHandle.current().pid()),
                    Files.readString(root.resolve(".chorus/workspace.lock")));
        } finally {
            open.release();
        }
        WorkspaceSetup.OpenWorkspace again = WorkspaceSetup.open(root, false, "1.2.3", JSON, CLOCK);
        assertFalse(again.created(), "an existing workspace is opened, not created");
        again.release();
    }

    @Test
    void refusesAFolderThatHoldsSomethingElse() throws Exception {
        Files.writeString(folder.resolve("thesis.docx"), "not ours");
        LauncherException error = assertThrows(LauncherException.class,
                () -> WorkspaceSetup.open(folder, false, "1", JSON, CLOCK));
        assertTrue(error.getMessage().contains("is not a Chorus workspace"), error.getMessage());
        assertFalse(Files.exists(folder.resolve("workspace.json")), "nothing written into the user's folder");
    }

    @Test
    void aBrokenDescriptorIsReportedWithItsPositionAndKept() throws Exception {
        Path descriptor = Files.writeString(folder.resolve("workspace.json"), "{\n  \"schema\": 1,\n  \"name\" \"x\"\n}");
        LauncherException error = assertThrows(LauncherException.class,
                () -> WorkspaceSetup.open(folder, false, "1", JSON, CLOCK));
        assertTrue(error.getMessage().startsWith(descriptor + ":3:"), error.getMessage());
        assertTrue(error.getMessage().contains("your data in the workspace is untouched"), error.getMessage());
        assertEquals("{\n  \"schema\": 1,\n  \"name\" \"x\"\n}", Files.readString(descriptor));
    }

    @Test
    void aWorkspaceFromANewerChorusIsRefused() throws Exception {
        Files.writeString(folder.resolve("workspace.json"), "{\"schema\": 9, \"name\": \"Future\"}");
        assertTrue(assertThrows(LauncherException.class, () -> WorkspaceSetup.open(folder, false, "1", JSON, CLOCK))
                .getMessage().contains("written by a newer Chorus"));
    }

    @Test
    void oneProcessAtATime() throws Exception {
        WorkspaceSetup.OpenWorkspace first = WorkspaceSetup.open(folder.resolve("ws"), false, "1", JSON, CLOCK);
        try {
            assertTrue(assertThrows(LauncherException.class,
                    () -> WorkspaceSetup.open(folder.resolve("ws"), false, "1", JSON, CLOCK)).getMessage()
                    .contains("already open"));
        } finally {
            first.release();
        }
    }
}
