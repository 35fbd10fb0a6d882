package io.chorus.ui.dashboard.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The component descriptions bnd wrote: the four dashboard views and the live tile tracking. */
class ComponentsTest {

    private static String descriptor(String component) throws Exception {
        return Files.readString(Path.of("target/classes/OSGI-INF", component + ".xml"));
    }

    @Test
    void everyDashboardIsAViewThatStopsItsThreads() throws Exception {
        String[][] views = {{"Overview", "overview"}, {"Reputation", "reputation"}, {"Smm", "smm"},
            {"Crowd", "crowd"}};
        for (String[] view : views) {
            String xml = descriptor("io.chorus.ui.dashboard.internal.DashboardViews$" + view[0]);
            assertTrue(xml.contains("value=\"io.chorus.dashboard." + view[1] + "\""), xml);
            assertTrue(xml.contains("deactivate=\"deactivate\""), xml);
            assertTrue(xml.contains("io.chorus.ui.api.ViewContribution"), xml);
        }
    }

    @Test
    void tilesAreTrackedAsTheyComeAndGo() throws Exception {
        String xml = descriptor("io.chorus.ui.dashboard.internal.TileTracker");
        assertTrue(xml.contains("cardinality=\"0..n\"") && xml.contains("policy=\"dynamic\"")
                && xml.contains("unbind=\"removeTile\""), xml);
    }
}
