package io.chorus.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real window under X: it opens with the welcome page, a plugin dropped in while it runs adds its perspective,
 * view, command and status item, a click on the switcher shows the perspective, and stopping the plugin takes it
 * all away again. Screenshots of each state land in target/itest-output/screenshots.
 */
class WorkbenchIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path folder;

    @Test
    void contributionsAppearAndDisappearWithoutRestart() throws Exception {
        TestDistribution distribution = TestDistribution.copyInto(folder);
        Files.copy(TestDistribution.testBundle("probe"), distribution.dropins().resolve("probe.jar"));
        Files.copy(TestDistribution.testBundle("probe.ui"), distribution.dropins().resolve("probe-ui.jar"));
        Path screenshots = TestDistribution.outputFolder().resolve("screenshots");
        try (XDisplay display = XDisplay.acquire();
             ChorusProcess chorus = distribution.start(Map.of("DISPLAY", display.name()), "--console",
                     "--workspace", folder.resolve("Acme Agency").toString())) {
            chorus.awaitLine(line -> line.startsWith("dropins/probe.jar:") && line.endsWith("started"), WAIT);
            chorus.awaitLine(line -> line.startsWith("dropins/probe-ui.jar:") && line.endsWith("started"), WAIT);
            String ready = chorus.command("probe:awaitService io.chorus.ui.api.Workbench 60000", WAIT);
            assertTrue(ready.contains("is registered"), ready + "\n" + chorus.output());
            chorus.command("probe:awaitBundle io.chorus.itests.probe.ui active 30000", WAIT);

            // The window: title, overview perspective, welcome page with the installed features.
            assertTrue(chorus.command("window:title", WAIT).contains("Chorus \u2014 Acme Agency"));
            assertTrue(chorus.command("window:perspectives", WAIT).contains("* io.chorus.overview \"Overview\""));
            // The dashboard is in front; the welcome page is the tab beside it.
            chorus.command("window:showView io.chorus.welcome", WAIT);
            assertTrue(chorus.command("window:awaitText \"Welcome to Chorus\" 30000", WAIT).contains("found"));
            assertTrue(chorus.command("window:awaitText \"Reputation management\" 30000", WAIT).contains("found"),
                    "the welcome page lists the installed features");
            String menus = chorus.command("window:menus", WAIT);
            assertTrue(menus.contains("File:") && menus.contains("[Exit Ctrl+Q]"), menus);
            assertTrue(menus.contains("Window: [Perspective] [Show View] [Reset Perspective]"), menus);
            String welcome = screenshot(chorus, screenshots.resolve("welcome.png"));

            // A plugin arrives while the window is open.
            Files.copy(TestDistribution.testBundle("contribution"), distribution.dropins().resolve("contribution.jar"));
            chorus.command("probe:awaitBundle io.chorus.itests.contribution active 30000", WAIT);
            String appeared = chorus.command("window:awaitPerspective io.chorus.itests.perspective present 30000",
                    WAIT);
            assertTrue(appeared.contains("is present"), appeared);
            assertTrue(chorus.command("window:toolbar", WAIT).contains("io.chorus.itests.hello \"Say hello\""));
            assertTrue(chorus.command("window:menus", WAIT).contains("Tools: [Say hello Ctrl+Shift+H]"));
            assertTrue(chorus.command("window:status", WAIT).contains("[Test status item]"));

            // Switch to it with the switcher, as a person would.
            chorus.command("window:clickPerspective io.chorus.itests.perspective", WAIT);
            assertEquals("io.chorus.itests.perspective", chorus.command("window:activePerspective", WAIT).strip());
            String tabs = chorus.command("window:tabs", WAIT);
            assertTrue(tabs.contains("folder:main io.chorus.itests.view \"Test view\" selected"), tabs);
            assertTrue(tabs.contains("folder:bottom io.chorus.welcome \"Welcome\""), tabs);
            chorus.command("window:awaitText \"Hello from a test bundle\" 30000", WAIT);
            chorus.command("window:clickCommand io.chorus.itests.hello", WAIT);
            assertTrue(chorus.command("window:status", WAIT).contains("[Hello from the test command]"));
            screenshot(chorus, screenshots.resolve("contributed-perspective.png"));

            // The plugin stops: its perspective, command and status item go; the window falls back to Overview.
            chorus.command("probe:stopBundle io.chorus.itests.contribution", WAIT);
            String gone = chorus.command("window:awaitPerspective io.chorus.itests.perspective absent 30000", WAIT);
            assertTrue(gone.contains("is absent"), gone);
            assertEquals("io.chorus.overview", chorus.command("window:activePerspective", WAIT).strip());
            assertFalse(chorus.command("window:toolbar", WAIT).contains("io.chorus.itests.hello"));
            assertFalse(chorus.command("window:status", WAIT).contains("Test status item"));
            assertFalse(chorus.command("window:menus", WAIT).contains("Tools:"));

            // And comes back when started again.
            chorus.command("probe:startBundle io.chorus.itests.contribution", WAIT);
            assertTrue(chorus.command("window:awaitPerspective io.chorus.itests.perspective present 30000", WAIT)
                    .contains("is present"));

            chorus.exit();
            ChorusProcess.Result result = chorus.awaitExit(WAIT);
            assertEquals(0, result.exitStatus(), result.all());
            assertFalse(result.stderr().contains("ERROR"), "no errors:\n" + result.stderr());
            assertTrue(welcome.contains("colours="), welcome);
        }
    }

    /** Saves a screenshot and checks that it shows a real window, not a blank or black frame. */
    private static String screenshot(ChorusProcess chorus, Path file) throws Exception {
        String saved = chorus.command("window:screenshot " + file, WAIT);
        Matcher colours = Pattern.compile("colours=(\\d+)").matcher(saved);
        assertTrue(colours.find(), saved);
        assertTrue(Integer.parseInt(colours.group(1)) > 8, "a painted window has many colours: " + saved);
        assertTrue(Files.size(file) > 10_000, "a PNG of the window: " + file);
        return saved;
    }
}
