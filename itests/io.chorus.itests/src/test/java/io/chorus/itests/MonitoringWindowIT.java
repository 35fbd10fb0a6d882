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
 * The mention pipeline in the real product: an RSS source is added and polled from the console, its mentions are
 * matched against the semantic core, stored, searched with the query language and shown in the Monitoring
 * perspective; after a restart they are still there, and a second poll stores nothing twice. The feed is served
 * locally. Screenshots land in target/itest-output/screenshots.
 */
class MonitoringWindowIT {

    private static final Duration WAIT = Duration.ofSeconds(90);

    @TempDir
    Path folder;

    @Test
    void mentionsFromAFeedAreStoredSearchedAndShown() throws Exception {
        TestDistribution distribution = TestDistribution.copyInto(folder);
        Files.copy(TestDistribution.testBundle("probe"), distribution.dropins().resolve("probe.jar"));
        Files.copy(TestDistribution.testBundle("probe.ui"), distribution.dropins().resolve("probe-ui.jar"));
        String workspace = folder.resolve("Acme Agency").toString();
        Path core = Files.writeString(folder.resolve("acme-core.csv"), """
                brand,brand_name,role,type,text,languages,match
                acme,Acme Robotics,own,brand-name,Acme,"en,ja",exact
                acme,Acme Robotics,own,brand-name,Акме,ru,exact
                acme,Acme Robotics,own,product,RoboVac X200,en,exact
                """);
        ChorusProcess.Result imported = distribution.run("registry", "import", core.toString(), "--workspace",
                workspace);
        assertEquals(0, imported.exitStatus(), imported.all());

        ForumFeed feed = new ForumFeed();
        String feedUrl = feed.url();
        Path screenshots = TestDistribution.outputFolder().resolve("screenshots");
        try (XDisplay display = XDisplay.acquire();
             ChorusProcess chorus = distribution.start(Map.of("DISPLAY", display.name()), "--console",
                     "--workspace", workspace)) {
            chorus.awaitLine(line -> line.startsWith("dropins/probe-ui.jar:") && line.endsWith("started"), WAIT);
            assertTrue(chorus.command("probe:awaitService io.chorus.api.ingest.Sources 60000", WAIT)
                    .contains("is registered"), chorus.output());
            String connectors = chorus.command("sources:connectors", WAIT);
            assertTrue(connectors.contains("rss"), connectors);
            // the settings forms come from the connectors' metatype: labels, secrets and choices
            assertTrue(connectors.contains("feedUrl (required): Feed URL"), connectors);
            assertTrue(connectors.contains("password (secret): Password"), connectors);
            assertTrue(connectors.matches("(?s).*platform: Platform one of \\[, news, web, youtube.*"), connectors);
            String added = chorus.command("sources:add --name \"Robot vacuum forum\" rss acme-forum feedUrl="
                    + feedUrl, WAIT);
            assertTrue(added.contains("Saved source acme-forum"), added);

            String checked = chorus.command("sources:check acme-forum", WAIT);
            assertTrue(checked.contains("Feed found: Robot vacuum forum, 3 entries"), checked);
            // A saved source is polled at once; "poll now" waits for that poll and reports it with its own.
            String polled = chorus.command("sources:poll acme-forum", WAIT);
            assertTrue(polled.matches("(?s).*acme-forum: 3 fetched, 3 new, 0 already stored.*")
                    || polled.matches("(?s).*acme-forum: 0 fetched, 0 new.*"), polled);
            String again = chorus.command("sources:poll acme-forum", WAIT);
            assertTrue(again.contains(" 0 new"), "a second poll stores nothing twice: " + again);
            assertTrue(feed.requests() >= 2, "both polls reached the feed");

            String russian = chorus.command("mentions:search --lang ru", WAIT);
            assertTrue(russian.startsWith("1 mention"), russian);
            assertTrue(russian.contains("ivan.petrov") && russian.contains("acme"), russian);
            String all = chorus.command("mentions:search --brand acme", WAIT);
            assertTrue(all.startsWith("3 mentions"), all);
            String brandCore = chorus.command("mentions:search @acme", WAIT);
            assertTrue(brandCore.startsWith("3 mentions"), "@acme searches the core, Акме included: " + brandCore);
            String latin = chorus.command("mentions:search acme", WAIT);
            assertTrue(latin.startsWith("2 mentions"), "the word acme, also inside Japanese text: " + latin);
            String japanese = chorus.command("mentions:search --lang ja", WAIT);
            assertTrue(japanese.contains("tanaka"), japanese);
            String health = chorus.command("sources:health", WAIT);
            assertTrue(health.matches("(?s).*acme-forum\\s+ok\\s.*"), health);

            // A brand added to the core: the recent past is matched again.
            Path competitor = Files.writeString(folder.resolve("competitor.csv"), """
                    brand,brand_name,role,type,text,languages,match
                    robo,RoboVac Inc,competitor,brand-name,RoboVac,en,exact
                    """);
            assertTrue(chorus.command("registry:import " + competitor, WAIT).contains("Imported competitor.csv"));
            String robo = "";
            // the matcher compiles the changed brand in the background; each rematch uses the rules of that moment
            for (int attempt = 0; attempt < 50 && !robo.startsWith("1 mention"); attempt++) {
                String rematched = chorus.command("mentions:rematch --days 30", WAIT);
                assertTrue(rematched.contains("differently now"), rematched);
                robo = chorus.command("mentions:search --brand robo", WAIT);
            }
            assertTrue(robo.startsWith("1 mention") && robo.contains("maria_k"), robo);

            // The same in the window.
            assertTrue(chorus.command("window:awaitPerspective io.chorus.monitoring present 30000", WAIT)
                    .contains("is present"));
            chorus.command("window:clickPerspective io.chorus.monitoring", WAIT);
            chorus.command("window:awaitRows mentions 3 30000", WAIT);
            String rows = chorus.command("window:table mentions", WAIT);
            assertTrue(rows.contains("Пылесос Акме сломался"), rows);
            String sources = chorus.command("window:table sources", WAIT);
            assertTrue(sources.contains("Robot vacuum forum"), sources);
            chorus.command("window:selectRow mentions Пылесос", WAIT);
            screenshot(chorus, screenshots.resolve("monitoring.png"));
            chorus.command("window:typeText mentions-query \"robovac OR сломался\"", WAIT);
            chorus.command("window:awaitRows mentions 2 30000", WAIT);
            chorus.command("window:typeText mentions-query \"acme AND (\"", WAIT);
            assertTrue(chorus.command("window:awaitText \"cannot be run\" 30000", WAIT).contains("found"),
                    "a broken query is explained, not thrown");

            chorus.exit();
            ChorusProcess.Result result = chorus.awaitExit(WAIT);
            assertEquals(0, result.exitStatus(), result.all());
            assertFalse(result.stderr().contains("ERROR"), "no errors:\n" + result.stderr());
        } finally {
            feed.close();
        }

        // Durable: after a restart the mentions are still there, and the source with them.
        ChorusProcess.Result search = distribution.run("--headless", "--workspace", workspace, "--command",
                "mentions:search @acme");
        assertEquals(0, search.exitStatus(), search.all());
        assertTrue(search.stdout().startsWith("3 mentions"), search.all());
        ChorusProcess.Result list = distribution.run("--headless", "--workspace", workspace, "--command",
                "sources:list");
        assertTrue(list.stdout().contains("acme-forum"), list.all());
        assertFalse(Files.readString(Path.of(workspace, "sources", "acme-forum.json")).isBlank());
    }

    private static void screenshot(ChorusProcess chorus, Path file) throws Exception {
        String saved = chorus.command("window:screenshot " + file, WAIT);
        Matcher colours = Pattern.compile("colours=(\\d+)").matcher(saved);
        assertTrue(colours.find(), saved);
        assertTrue(Integer.parseInt(colours.group(1)) > 8, "a painted window has many colours: " + saved);
    }

}
