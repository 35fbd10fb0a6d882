package io.chorus.ui.workbench.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LayoutStateTest {

    @TempDir
    Path metadata;

    @Test
    void roundTripsEveryPartOfTheLayout() throws Exception {
        LayoutState.Page page = new LayoutState.Page(
                List.of(new LayoutState.Placement("io.chorus.mentions", "MAIN"),
                        new LayoutState.Placement("io.chorus.sources", "BOTTOM")),
                List.of("io.chorus.welcome"), new int[] {20, 60, 20}, new int[] {70, 30}, "MAIN", List.of("LEFT"));
        LayoutState state = LayoutState.empty().with("io.chorus.monitoring", page)
                .withWindow("io.chorus.monitoring", new LayoutState.Bounds(10, 20, 1000, 700, false));
        state.write(metadata);

        LayoutState read = LayoutState.read(metadata, problem -> { throw new AssertionError(problem); });
        assertEquals("io.chorus.monitoring", read.activePerspective());
        assertEquals(new LayoutState.Bounds(10, 20, 1000, 700, false), read.window());
        LayoutState.Page back = read.page("io.chorus.monitoring").orElseThrow();
        assertEquals(page.views(), back.views());
        assertEquals(page.closed(), back.closed());
        assertArrayEquals(page.topWeights(), back.topWeights());
        assertArrayEquals(page.outerWeights(), back.outerWeights());
        assertEquals("MAIN", back.maximizedArea());
        assertEquals(List.of("LEFT"), back.minimizedAreas());
    }

    @Test
    void aBrokenFileIsMovedAsideAndNamedInTheProblem() throws Exception {
        Path file = metadata.resolve(LayoutState.FILE);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\"schema\": 1, \"perspectives\": {");
        List<String> problems = new ArrayList<>();

        LayoutState read = LayoutState.read(metadata, problems::add);

        assertTrue(read.perspectives().isEmpty());
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).contains(file.toString()), problems.get(0));
        assertTrue(Files.exists(file.resolveSibling("layout.json.unreadable")));
        assertTrue(Files.notExists(file));
    }

    @Test
    void noFileMeansTheDesignedLayouts() {
        assertTrue(LayoutState.read(metadata, problem -> { throw new AssertionError(problem); })
                .perspectives().isEmpty());
    }
}
