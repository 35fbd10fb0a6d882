package io.chorus.query.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A reviewed expected output under src/test/resources/golden. Run the tests with {@code -Dchorus.golden.update=true}
 * to rewrite the files from what the code produces now, then review the diff before committing it.
 */
record GoldenFile(String name) {

    static final String UPDATE_PROPERTY = "chorus.golden.update";
    private static final Path FOLDER = Path.of("src", "test", "resources", "golden");

    Path path() {
        return FOLDER.resolve(name);
    }

    List<String> lines() throws IOException {
        return Files.readAllLines(path(), StandardCharsets.UTF_8);
    }

    /** Compares {@code actual} with the file exactly, or writes it there when updating. */
    void check(String actual) throws IOException {
        if (Boolean.getBoolean(UPDATE_PROPERTY)) {
            Files.writeString(path(), actual, StandardCharsets.UTF_8);
            return;
        }
        String expected = Files.readString(path(), StandardCharsets.UTF_8);
        assertEquals(expected, actual, () -> name + " differs; if the change is intended, rerun with -D"
                + UPDATE_PROPERTY + "=true and review the diff");
    }
}
