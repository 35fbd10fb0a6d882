package io.chorus.ui.workbench.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.chorus.api.files.AtomicFiles;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The window's layout as the user left it, per workspace: window bounds, the perspective on show, and per perspective
 * which views are open in which stack, which the user closed, the sash weights and the maximised or minimised stacks.
 * Stored in {@code .chorus/workbench/layout.json}; a file that cannot be read is moved aside and the perspectives'
 * own layouts are used, so a bad file never keeps the window from opening.
 */
record LayoutState(int schema, String activePerspective, Bounds window, Map<String, Page> perspectives) {

    static final int SCHEMA = 1;
    static final String FILE = "workbench/layout.json";

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    LayoutState {
        perspectives = perspectives == null ? Map.of() : Map.copyOf(perspectives);
    }

    static LayoutState empty() {
        return new LayoutState(SCHEMA, null, null, Map.of());
    }

    LayoutState with(String perspectiveId, Page page) {
        Map<String, Page> copy = new LinkedHashMap<>(perspectives);
        copy.put(perspectiveId, page);
        return new LayoutState(SCHEMA, activePerspective, window, copy);
    }

    LayoutState withWindow(String active, Bounds bounds) {
        return new LayoutState(SCHEMA, active, bounds, perspectives);
    }

    Optional<Page> page(String perspectiveId) {
        return Optional.ofNullable(perspectives.get(perspectiveId));
    }

    /**
     * The window's position and size.
     *
     * @param maximized whether it filled the screen
     */
    record Bounds(int x, int y, int width, int height, boolean maximized) {
    }

    /**
     * One perspective's arrangement.
     *
     * @param views         the open views in tab order, with their stack
     * @param closed        views of the perspective's layout the user closed
     * @param topWeights    left, main and right sash weights
     * @param outerWeights  top and bottom sash weights
     * @param maximizedArea the maximised stack, or null
     * @param minimizedAreas stacks collapsed to their tabs
     */
    record Page(List<Placement> views, List<String> closed, int[] topWeights, int[] outerWeights,
                String maximizedArea, List<String> minimizedAreas) {
        Page {
            views = views == null ? List.of() : List.copyOf(views);
            closed = closed == null ? List.of() : List.copyOf(closed);
            minimizedAreas = minimizedAreas == null ? List.of() : List.copyOf(minimizedAreas);
        }
    }

    /** A view and the stack it sits in ({@code LEFT}, {@code MAIN}, {@code RIGHT}, {@code BOTTOM}). */
    record Placement(String viewId, String area) {
    }

    /**
     * Reads the layout of a workspace.
     *
     * @param problems told, in words, when the file was unreadable and moved aside
     */
    static LayoutState read(Path metadataDirectory, java.util.function.Consumer<String> problems) {
        Path file = metadataDirectory.resolve(FILE);
        try {
            LayoutState state = JSON.readValue(Files.readString(file), LayoutState.class);
            if (state.schema() != SCHEMA) {
                throw new IOException("\"schema\" is " + state.schema() + ", this Chorus writes " + SCHEMA);
            }
            return state;
        } catch (NoSuchFileException e) {
            return empty();
        } catch (IOException | JacksonException e) {
            Path aside = file.resolveSibling("layout.json.unreadable");
            try {
                Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException moveFailed) {
                // Still usable: the next save replaces it.
            }
            problems.accept("The window layout in " + file + " could not be read (" + e.getMessage()
                    + "); it was moved to " + aside.getFileName() + " and the perspectives open as designed.");
            return empty();
        }
    }

    void write(Path metadataDirectory) throws IOException {
        Path file = metadataDirectory.resolve(FILE);
        Files.createDirectories(file.getParent());
        AtomicFiles.writeString(file, JSON.writeValueAsString(this) + System.lineSeparator());
    }
}
