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
 * The Setup perspective in the real window: a semantic core imported from the command line shows up, variants are
 * generated and reviewed with the buttons, a query is checked against every dialect, and the Platforms view lists
 * the built-in platforms. Screenshots land in target/itest-output/screenshots.
 */
class SemanticCoreWindowIT {

    private static final Duration WAIT = Duration.ofSeconds(90);

    @TempDir
    Path folder;

    @Test
    void aSemanticCoreIsReviewedInTheSetupPerspective() throws Exception {
        TestDistribution distribution = TestDistribution.copyInto(folder);
        String workspace = folder.resolve("Acme Agency").toString();
        Path core = Files.writeString(folder.resolve("acme-core.csv"), """
                brand,brand_name,role,type,text,languages,match
                acme,Acme Robotics,own,brand-name,Acme,"en,ru",exact
                acme,Acme Robotics,own,product,RoboVac X200,en,exact
                acme,Acme Robotics,own,context,vacuum,en,stemmed
                acme,Acme Robotics,own,exclusion,acme corporation cartoon,en,exact
                """);
        // Plugins for the window are already in dropins/ when a headless command runs first: they wait quietly
        // for the window instead of failing (and starting them must not be forgotten later).
        Files.copy(TestDistribution.testBundle("probe"), distribution.dropins().resolve("probe.jar"));
        Files.copy(TestDistribution.testBundle("probe.ui"), distribution.dropins().resolve("probe-ui.jar"));
        ChorusProcess.Result imported = distribution.run("registry", "import", core.toString(), "--workspace",
                workspace);
        assertEquals(0, imported.exitStatus(), imported.all());
        assertFalse(imported.stderr().contains("probe-ui.jar"), "no error for a window plugin in a headless run:\n"
                + imported.all());
        Path screenshots = TestDistribution.outputFolder().resolve("screenshots");
        try (XDisplay display = XDisplay.acquire();
             ChorusProcess chorus = distribution.start(Map.of("DISPLAY", display.name()), "--console",
                     "--workspace", workspace)) {
            chorus.awaitLine(line -> line.startsWith("dropins/probe-ui.jar:") && line.endsWith("started"), WAIT);
            assertTrue(chorus.command("probe:awaitService io.chorus.ui.api.Workbench 60000", WAIT)
                    .contains("is registered"), chorus.output());
            chorus.command("probe:awaitBundle io.chorus.itests.probe.ui active 30000", WAIT);
            assertTrue(chorus.command("window:awaitPerspective io.chorus.setup present 30000", WAIT)
                    .contains("is present"));

            chorus.command("window:clickPerspective io.chorus.setup", WAIT);
            assertEquals("io.chorus.setup", chorus.command("window:activePerspective", WAIT).strip());
            String tabs = chorus.command("window:tabs", WAIT);
            assertTrue(tabs.contains("io.chorus.registry.semantic-core \"Semantic Core\" selected"), tabs);
            assertTrue(tabs.contains("io.chorus.registry.platforms \"Platforms\""), tabs);
            assertTrue(tabs.contains("io.chorus.registry.channels \"Channels\""), tabs);

            // The imported core, entry by entry.
            chorus.command("window:awaitRows semantic-core-entries 4 30000", WAIT);
            String entries = chorus.command("window:table semantic-core-entries", WAIT);
            assertTrue(entries.contains("products | RoboVac X200 | exact"), entries);
            assertTrue(entries.contains("context | vacuum | word forms"), entries);
            assertTrue(entries.contains("import:acme-core.csv"), entries);

            // Variants of the brand name: generated in the background, then reviewed with the buttons.
            chorus.command("window:selectRow semantic-core-entries Acme", WAIT);
            chorus.command("window:clickButton semantic-core-generate", WAIT);
            chorus.command("window:awaitRows semantic-core-variants 3 60000", WAIT);
            String suggested = chorus.command("window:table semantic-core-variants", WAIT);
            assertTrue(suggested.contains("Фсьу"), "the keyboard-layout slip of Acme:\n" + suggested);
            assertTrue(suggested.contains("Акме"), "the Russian spelling of Acme:\n" + suggested);
            chorus.command("window:selectRow semantic-core-variants Акме", WAIT);
            chorus.command("window:clickButton semantic-core-accept", WAIT);
            assertTrue(chorus.command("window:awaitText accepted 30000", WAIT).contains("found"));
            chorus.command("window:selectRow semantic-core-variants Фсьу", WAIT);
            chorus.command("window:clickButton semantic-core-reject", WAIT);
            assertTrue(chorus.command("window:awaitText rejected 30000", WAIT).contains("found"));
            chorus.command("window:typeText semantic-core-new-variant \"Acme Robotix\"", WAIT);
            String reviewed = chorus.command("window:table semantic-core-variants", WAIT);
            assertTrue(reviewed.matches("(?s).*accepted \\| [0-9.]+ \\| Акме \\|.*"), reviewed);
            assertTrue(reviewed.matches("(?s).*rejected \\| [0-9.]+ \\| Фсьу \\|.*"), reviewed);
            assertTrue(reviewed.contains("Acme Robotix"), reviewed);

            // A query against the core: expanded, and what each dialect cannot express.
            chorus.command("window:typeText semantic-core-query \"@acme AND forms:review NOT @acme.exclusions\"",
                    WAIT);
            chorus.command("window:awaitText Expanded: 30000", WAIT);
            String checked = chorus.command("window:awaitText Акме 30000", WAIT);
            assertTrue(checked.contains("found"), checked);
            assertTrue(chorus.command("window:awaitText \"brandwatch: word forms\" 30000", WAIT).contains("found"));
            screenshot(chorus, screenshots.resolve("semantic-core.png"));

            // The Platforms view, filtered.
            String platforms = chorus.command("window:table platforms", WAIT);
            assertTrue(platforms.contains("reddit"), platforms);
            assertTrue(platforms.contains("VK"), platforms);

            chorus.exit();
            ChorusProcess.Result result = chorus.awaitExit(WAIT);
            assertEquals(0, result.exitStatus(), result.all());
            assertFalse(result.stderr().contains("ERROR"), "no errors:\n" + result.stderr());
        }

        // What was decided in the window is in the workspace, for the command line and the next start.
        ChorusProcess.Result variants = distribution.run("registry", "variants", "acme/acme", "--workspace",
                workspace);
        assertTrue(variants.stdout().matches("(?s).*accepted\\s+\\S+\\s+Акме\\s.*"), variants.all());
        assertTrue(variants.stdout().matches("(?s).*rejected\\s+\\S+\\s+Фсьу\\s.*"), variants.all());
        assertTrue(variants.stdout().matches("(?s).*accepted\\s+\\S+\\s+Acme Robotix\\b.*"), variants.all());
    }

    private static void screenshot(ChorusProcess chorus, Path file) throws Exception {
        String saved = chorus.command("window:screenshot " + file, WAIT);
        Matcher colours = Pattern.compile("colours=(\\d+)").matcher(saved);
        assertTrue(colours.find(), saved);
        assertTrue(Integer.parseInt(colours.group(1)) > 8, "a painted window has many colours: " + saved);
    }
}
