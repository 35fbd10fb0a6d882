package io.chorus.api.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path folder;

    @Test
    void createsMissingFoldersAndWritesContent() throws IOException {
        Path target = folder.resolve("a/b/state.json");
        AtomicFiles.writeString(target, "{\"schema\":1}");
        assertEquals("{\"schema\":1}", Files.readString(target));
    }

    @Test
    void replacesExistingContentAndLeavesNoTemporaryFiles() throws IOException {
        Path target = folder.resolve("installed.json");
        AtomicFiles.writeString(target, "old content that is longer than the new one");
        AtomicFiles.writeString(target, "new");
        assertEquals("new", Files.readString(target));
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(1, files.count(), "only the target remains");
        }
    }

    @Test
    void writesUtf8() throws IOException {
        Path target = folder.resolve("names.txt");
        AtomicFiles.writeString(target, "Сбербанк ソニー");
        assertTrue(Files.readString(target).contains("ソニー"));
    }
}
