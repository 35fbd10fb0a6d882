package io.chorus.api.runtime;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The folder where Chorus keeps a team's data. Modules keep their files below {@link #root()}; Chorus' own
 * bookkeeping (framework cache, logs, lock) lives in {@link #metadataDirectory()}, which users never need to edit.
 *
 * @param root          the workspace folder, absolute and normalised
 * @param name          a display name, the folder's name unless the workspace file says otherwise
 * @param demo          whether this is the demo workspace that ships with sample data
 * @param schemaVersion the version of the workspace layout, as written in {@code workspace.json}
 */
public record Workspace(Path root, String name, boolean demo, int schemaVersion) {

    /** The name of the file that marks a folder as a Chorus workspace. */
    public static final String DESCRIPTOR_FILE = "workspace.json";

    /** The folder, inside the workspace, where Chorus keeps what users never edit. */
    public static final String METADATA_FOLDER = ".chorus";

    public Workspace {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(name, "name");
        if (!root.isAbsolute()) {
            throw new IllegalArgumentException("A workspace root must be absolute: " + root);
        }
        root = root.normalize();
    }

    /** Chorus' private area: framework cache, logs, lock file. */
    public Path metadataDirectory() {
        return root.resolve(METADATA_FOLDER);
    }

    /** Where Chorus writes its log files. */
    public Path logDirectory() {
        return metadataDirectory().resolve("logs");
    }
}
