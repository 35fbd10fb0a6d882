package io.chorus.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;


import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbench as a strategist uses it, in the real product under Xvfb: every perspective, the dashboard and its
 * drill-down into the mentions, quick access, an editor with undo, redo and save, the Preferences dialog changing a
 * connector account, the module manager installing and removing a feature, a rearranged layout surviving a restart,
 * and the window in Russian and Japanese. Each state is saved as a screenshot under target/itest-output/screenshots;
 * the UI thread's stalls and the perspective switch times are printed for docs/benchmarks.md.
 */
class WorkbenchWindowIT {

    private static final Duration WAIT = Duration.ofSeconds(90);

    @TempDir
    Path folder;

    private final List<String> benchmarks = new ArrayList<>();

    @Test
    void aStrategistsDayInTheWindow() throws Exception {
        TestDistribution distribution = TestDistribution.copyInto(folder);
        Files.copy(TestDistribution.testBundle("probe"), distribution.dropins().resolve("probe.jar"));
        Files.copy(TestDistribution.testBundle("probe.ui"), distribution.dropins().resolve("probe-ui.jar"));
        String workspace = folder.resolve("Acme Agency").toString();
        Path core = Files.writeString(folder.resolve("acme-core.csv"), """
                brand,brand_name,role,type,text,languages,match
                acme,Acme Robotics,own,brand-name,Acme,"en,ja",exact
                acme,Acme Robotics,own,brand-name,Акме,ru,exact
                robo,RoboVac Inc,competitor,brand-name,RoboVac,en,exact
                """);
        ChorusProcess.Result imported = distribution.run("registry", "import", core.toString(), "--workspace",
                workspace);
        assertEquals(0, imported.exitStatus(), imported.all());

        ForumFeed feed = new ForumFeed();
        String feedUrl = feed.url();
        Path screenshots = TestDistribution.outputFolder().resolve("screenshots");
        Map<String, String> environment;
        try (XDisplay display = XDisplay.acquire()) {
            environment = Map.of("DISPLAY", display.name(), "CHORUS_OPTS", "-Dchorus.ui.stall.report=true");
            try (ChorusProcess chorus = start(distribution, environment, workspace)) {
                String added = chorus.command("sources:add --name \"Robot vacuum forum\" rss acme-forum feedUrl="
                        + feedUrl, WAIT);
                assertTrue(added.contains("Saved source acme-forum"), added);
                chorus.command("sources:poll acme-forum", WAIT);
                assertTrue(chorus.command("mentions:search --brand acme", WAIT).startsWith("3 mentions"));

                perspectivesAndDashboard(chorus, screenshots);
                quickAccess(chorus);
                editor(chorus, screenshots);
                preferences(chorus, screenshots);
                moduleManager(chorus, distribution, screenshots);
                rearrange(chorus);
                switchLanguage(chorus, "ru", "\u041f\u0430\u0440\u0430\u043c\u0435\u0442\u0440\u044b",
                        "\u0420\u0430\u0431\u043e\u0447\u0430\u044f \u0441\u0440\u0435\u0434\u0430");
                stop(chorus);
            }

            // Russian, and the layout as it was left.
            try (ChorusProcess chorus = start(distribution, environment, workspace)) {
                String menus = chorus.command("window:menus", WAIT);
                assertTrue(menus.contains("\u0424\u0430\u0439\u043b:") && menus.contains("\u041f\u0440\u0430\u0432\u043a\u0430:"),
                        "File and Edit in Russian: " + menus);
                chorus.command("window:clickPerspective io.chorus.monitoring", WAIT);
                String tabs = chorus.command("window:tabs", WAIT);
                Path layout = Path.of(workspace, ".chorus", "workbench", "layout.json");
                assertTrue(tabs.contains("folder:right io.chorus.sources"), "moved before the restart: " + tabs
                        + (Files.exists(layout) ? Files.readString(layout) : "no " + layout));
                chorus.command("window:awaitRows mentions 3 30000", WAIT);
                screenshot(chorus, screenshots.resolve("workbench-ru.png"));
                chorus.command("window:clickPerspective io.chorus.overview", WAIT);
                chorus.command("window:awaitText \"\u0414\u043e\u043b\u044f \" 30000", WAIT);
                screenshot(chorus, screenshots.resolve("dashboard-ru.png"));
                switchLanguage(chorus, "ja", "\u041f\u0430\u0440\u0430\u043c\u0435\u0442\u0440\u044b",
                        "\u0420\u0430\u0431\u043e\u0447\u0430\u044f \u0441\u0440\u0435\u0434\u0430");
                stop(chorus);
            }

            // Japanese.
            try (ChorusProcess chorus = start(distribution, environment, workspace)) {
                String menus = chorus.command("window:menus", WAIT);
                assertTrue(menus.contains("\u30d5\u30a1\u30a4\u30eb(F):"), "File in Japanese: " + menus);
                chorus.command("window:clickPerspective io.chorus.overview", WAIT);
                chorus.command("window:awaitText \"\u30b7\u30a7\u30a2\" 30000", WAIT);
                screenshot(chorus, screenshots.resolve("workbench-ja.png"));
                chorus.command("window:run io.chorus.preferences.open", WAIT);
                chorus.command("window:awaitShell \u8a2d\u5b9a 30000", WAIT);
                chorus.command("window:shellShot \u8a2d\u5b9a " + screenshots.resolve("preferences-ja.png"), WAIT);
                chorus.command("window:press preferences-cancel", WAIT);
                chorus.command("window:awaitNoShell \u8a2d\u5b9a 30000", WAIT);
                stop(chorus);
            }
        } finally {
            feed.close();
        }
        Files.write(TestDistribution.outputFolder().resolve("workbench-timings.txt"), benchmarks);
    }

    private static ChorusProcess start(TestDistribution distribution, Map<String, String> environment,
                                       String workspace) throws Exception {
        ChorusProcess chorus = distribution.start(environment, "--console", "--workspace", workspace);
        chorus.awaitLine(line -> line.startsWith("dropins/probe-ui.jar:") && line.endsWith("started"), WAIT);
        String ready = chorus.command("probe:awaitService io.chorus.ui.api.Workbench 60000", WAIT);
        assertTrue(ready.contains("is registered"), ready + "\n" + chorus.output());
        chorus.command("probe:awaitService io.chorus.api.ingest.Sources 60000", WAIT);
        return chorus;
    }

    /** Stops Chorus from its console; the window saves its layout and prints the stall summary on the way out. */
    private void stop(ChorusProcess chorus) throws Exception {
        chorus.exit();
        ChorusProcess.Result result = chorus.awaitExit(WAIT);
        assertEquals(0, result.exitStatus(), result.all());
        assertFalse(result.stderr().contains("ERROR"), "no errors:\n" + result.stderr());
        Matcher stalls = Pattern.compile("chorus\\.ui-stalls count=(\\d+) longest-ms=(\\d+) samples=(\\d+)")
                .matcher(result.stdout());
        assertTrue(stalls.find(), "the stall summary is printed: " + result.stdout());
        benchmarks.add(stalls.group());
        System.out.println(stalls.group());
        // What the UI thread was doing in each stall, for whoever makes it faster.
        try (java.util.stream.Stream<Path> logs = Files.walk(folder)) {
            for (Path log : logs.filter(file -> file.getFileName().toString().equals("chorus.log")).toList()) {
                Files.readAllLines(log).stream().filter(line -> line.contains("did not respond"))
                        .forEach(benchmarks::add);
            }
        }
    }

    private void perspectivesAndDashboard(ChorusProcess chorus, Path screenshots) throws Exception {
        String perspectives = chorus.command("window:perspectives", WAIT);
        for (String id : List.of("io.chorus.overview", "io.chorus.monitoring", "io.chorus.setup")) {
            assertTrue(perspectives.contains(id), perspectives);
            chorus.command("window:clickPerspective " + id, WAIT);
            assertEquals(id, chorus.command("window:activePerspective", WAIT).strip());
            screenshot(chorus, screenshots.resolve("perspective-" + id.substring(id.lastIndexOf('.') + 1) + ".png"));
        }
        String switches = chorus.command("window:switchTimes 5", WAIT);
        benchmarks.add("perspective switch (5 rounds):\n" + switches);
        System.out.println(switches);

        // The Overview: dashboard, welcome, progress, notifications and the error log.
        chorus.command("window:clickPerspective io.chorus.overview", WAIT);
        String tabs = chorus.command("window:tabs", WAIT);
        for (String view : List.of("folder:main io.chorus.dashboard.overview", "folder:main io.chorus.welcome",
                "folder:bottom io.chorus.progress", "folder:bottom io.chorus.errorlog")) {
            assertTrue(tabs.contains(view), tabs);
        }
        chorus.command("window:awaitText \"Share of voice\" 30000", WAIT);
        chorus.command("window:awaitText \"Mentions by platform\" 30000", WAIT);
        String tip = chorus.command("window:clickChart io.chorus.tile.platforms 60000", WAIT);
        assertFalse(tip.startsWith("chorus:"), tip);
        assertTrue(tip.contains("rss") || tip.contains("RSS") || tip.contains("web") || tip.contains("3"), tip);
        // The click opened the Mentions view on exactly that bar's mentions.
        chorus.command("window:awaitRows mentions 3 30000", WAIT);
        assertTrue(chorus.command("window:tabs", WAIT).contains("io.chorus.mentions"));
        screenshot(chorus, screenshots.resolve("dashboard-drilldown.png"));
        chorus.command("window:showView io.chorus.dashboard.overview", WAIT);
        awaitTab(chorus, "io.chorus.dashboard.overview \"Overview dashboard\" selected");
        screenshot(chorus, screenshots.resolve("dashboard.png"));
        chorus.command("window:clickPerspective io.chorus.overview", WAIT);
    }

    private static void quickAccess(ChorusProcess chorus) throws Exception {
        chorus.command("window:keys M1+3", WAIT);
        chorus.command("window:awaitShell command-palette 30000", WAIT);
        chorus.command("window:type command-palette/filter \"semantic core\"", WAIT);
        String results = chorus.command("window:table command-palette/results", WAIT);
        assertTrue(results.contains("Semantic Core"), results);
        chorus.command("window:type command-palette/filter \"Monitoring\"", WAIT);
        chorus.command("window:enter command-palette/filter", WAIT);
        chorus.command("window:awaitNoShell command-palette 30000", WAIT);
        assertEquals("io.chorus.monitoring", chorus.command("window:activePerspective", WAIT).strip(),
                "the palette opened the perspective it found");
    }

    private static void editor(ChorusProcess chorus, Path screenshots) throws Exception {
        chorus.command("window:clickPerspective io.chorus.setup", WAIT);
        chorus.command("window:openEditor io.chorus.registry.semanticCore acme", WAIT);
        awaitTab(chorus, "\"Acme Robotics\"");
        chorus.command("window:type semantic-core-editor-new-entry \"RoboVac X300\"", WAIT);
        chorus.command("window:press semantic-core-editor-add", WAIT);
        awaitTab(chorus, "\"*Acme Robotics\"");
        screenshot(chorus, screenshots.resolve("editor-dirty.png"));
        chorus.command("window:menuItem \"Edit/Undo\"", WAIT);
        awaitTab(chorus, "\"Acme Robotics\"");
        chorus.command("window:menuItem \"Edit/Redo\"", WAIT);
        awaitTab(chorus, "\"*Acme Robotics\"");
        chorus.command("window:menuItem \"Edit/Save\"", WAIT);
        awaitTab(chorus, "\"Acme Robotics\"");
        String entries = chorus.command("registry:entries acme", WAIT);
        assertTrue(entries.contains("RoboVac X300"), "saved into the registry: " + entries);
    }

    private static void awaitTab(ChorusProcess chorus, String tab) throws Exception {
        String answer = chorus.command("window:awaitTab '" + tab + "' 60000", WAIT);
        assertTrue(answer.contains("is there"), answer);
    }

    private static void preferences(ChorusProcess chorus, Path screenshots) throws Exception {
        String menus = chorus.command("window:menus", WAIT);
        assertTrue(menus.contains("[Preferences... Ctrl+,]"), menus);
        chorus.command("window:menuItem \"Window/Preferences...\"", WAIT);
        chorus.command("window:awaitShell Preferences 30000", WAIT);
        String item = chorus.command("window:awaitTreeItem preferences-tree \"Mastodon account\" 60000", WAIT);
        assertTrue(item.contains("is there"), item);
        String tree = chorus.command("window:tree preferences-tree", WAIT);
        assertTrue(tree.contains("Connectors") && tree.contains("Workbench") && tree.contains("Modules"), tree);
        chorus.command("window:selectTreeItem preferences-tree \"Mastodon account\"", WAIT);
        chorus.command("window:press accounts-add", WAIT);
        awaitControl(chorus, "setting-instanceUrl");
        chorus.command("window:type setting-instanceUrl https://mastodon.example", WAIT);
        chorus.command("window:type setting-accessToken token-for-the-brand", WAIT);
        chorus.command("window:shellShot Preferences " + screenshots.resolve("preferences.png"), WAIT);
        chorus.command("window:press preferences-ok", WAIT);
        chorus.command("window:awaitNoShell Preferences 30000", WAIT);
        String stored = chorus.command("probe:config io.chorus.source.mastodon.account", WAIT);
        assertTrue(stored.contains("instanceUrl=https://mastodon.example"), stored);
        assertFalse(stored.contains("token-for-the-brand"), "Configuration Admin never holds the token in clear: "
                + stored);
        assertTrue(stored.contains("accessToken=v1:"), "the token is stored sealed: " + stored);
    }

    private static void awaitControl(ChorusProcess chorus, String widget) throws Exception {
        String answer = chorus.command("window:awaitControl " + widget + " 60000", WAIT);
        assertTrue(answer.contains("is there"), answer);
    }

    /** Installs a plugin that cannot resolve (refused, in words), then a feature from a file, then removes it. */
    private void moduleManager(ChorusProcess chorus, TestDistribution distribution, Path screenshots)
            throws Exception {
        Path vendor = folder.resolve("vendor-feature");
        TestDistribution.copyTree(TestDistribution.testBundleRepository(), vendor);
        Path feature = Files.copy(TestDistribution.testFeature(), vendor.resolve("itest.json"));
        Path needy = TestDistribution.jar(folder.resolve("needy.jar"), Map.of("Bundle-ManifestVersion", "2",
                "Bundle-SymbolicName", "com.example.needy", "Bundle-Version", "1.0.0",
                "Import-Package", "com.example.nowhere"));

        chorus.command("window:clickPerspective io.chorus.setup", WAIT);
        chorus.command("window:run io.chorus.features.open", WAIT);
        awaitControl(chorus, "features-path");
        chorus.command("window:type features-path " + needy, WAIT);
        chorus.command("window:press features-install", WAIT);
        chorus.command("window:awaitShell \"needy.jar was not installed\" 60000", WAIT);
        String refusal = chorus.command("window:shellText \"needy.jar was not installed\"", WAIT);
        assertTrue(refusal.contains("com.example.nowhere"), "the missing package, in words: " + refusal);
        chorus.command("window:shellShot \"needy.jar was not installed\" " + screenshots.resolve(
                "features-refused.png"), WAIT);
        chorus.command("window:press Close", WAIT);
        chorus.command("window:awaitNoShell \"needy.jar was not installed\" 30000", WAIT);
        assertFalse(Files.exists(distribution.dropins().resolve("needy.jar")), "nothing changed");

        chorus.command("window:type features-path " + feature, WAIT);
        chorus.command("window:press features-install", WAIT);
        chorus.command("window:awaitShell \"Install itest?\" 60000", WAIT);
        chorus.command("window:press Install", WAIT);
        assertTrue(chorus.command("probe:awaitBundle io.chorus.itests.service active 60000", WAIT)
                .contains("is active"));
        assertTrue(chorus.command("window:awaitPerspective io.chorus.itests.perspective present 60000", WAIT)
                .contains("is present"), "the feature's window bundle contributes at once, no restart");
        // The status bar says so once the change is complete, files included.
        chorus.command("window:awaitText \"is installed and running\" 60000", WAIT);
        assertTrue(Files.readString(distribution.home().resolve("conf/installed-features.json")).contains("itest"));
        chorus.command("window:showView io.chorus.features", WAIT);
        String selected = chorus.command("window:awaitTreeSelection features-tree itest 30000", WAIT);
        assertTrue(selected.contains("is selected"), selected);
        screenshot(chorus, screenshots.resolve("features.png"));

        chorus.command("window:press features-remove", WAIT);
        chorus.command("window:awaitShell \"Remove itest?\" 30000", WAIT);
        chorus.command("window:press Remove", WAIT);
        String removed = chorus.command("probe:awaitBundle io.chorus.itests.service uninstalled 60000", WAIT);
        assertTrue(removed.contains("is uninstalled"), removed + "\n" + chorus.command("window:shells", WAIT)
                + chorus.command("window:status", WAIT));
        assertTrue(chorus.command("window:awaitPerspective io.chorus.itests.perspective absent 60000", WAIT)
                .contains("is absent"));
        chorus.command("window:awaitText \"is disabled\" 60000", WAIT);
        assertFalse(Files.readString(distribution.home().resolve("conf/installed-features.json")).contains("itest"));
    }

    /** Moves the Sources view to the right stack; the next start must show it there. */
    private static void rearrange(ChorusProcess chorus) throws Exception {
        chorus.command("window:clickPerspective io.chorus.monitoring", WAIT);
        chorus.command("window:tabMenu io.chorus.sources \"Move To/Right\"", WAIT);
        awaitTab(chorus, "folder:right io.chorus.sources");
    }

    /** Sets the window's language in the Preferences dialog; it applies at the next start. */
    private static void switchLanguage(ChorusProcess chorus, String language, String dialogTitle,
                                       String workbenchPage) throws Exception {
        chorus.command("window:run io.chorus.preferences.open", WAIT);
        String title = chorus.command("window:shells", WAIT).contains("Preferences") ? "Preferences" : dialogTitle;
        chorus.command("window:awaitShell " + title + " 30000", WAIT);
        String page = title.equals("Preferences") ? "Workbench/Workbench" : workbenchPage + "/" + workbenchPage;
        chorus.command("window:awaitTreeItem preferences-tree \"" + page.substring(page.indexOf('/') + 1) + "\" 60000",
                WAIT);
        String selected = chorus.command("window:selectTreeItem preferences-tree \"" + page + "\"", WAIT);
        assertTrue(selected.startsWith("selected"), selected + "\n" + chorus.command("window:tree preferences-tree",
                WAIT));
        awaitControl(chorus, "setting-language");
        String label = switch (language) {
            case "ru" -> "\u0420\u0443\u0441\u0441\u043a\u0438\u0439";
            case "ja" -> "\u65e5\u672c\u8a9e";
            default -> "English";
        };
        chorus.command("window:type setting-language " + label, WAIT);
        chorus.command("window:press preferences-ok", WAIT);
        chorus.command("window:awaitNoShell " + title + " 30000", WAIT);
        String stored = chorus.command("probe:config io.chorus.ui.workbench", WAIT);
        assertTrue(stored.contains("language=" + language), stored);
    }

    /** Saves a screenshot and checks that it shows a real window, not a blank or black frame. */
    private static void screenshot(ChorusProcess chorus, Path file) throws Exception {
        String saved = chorus.command("window:screenshot " + file, WAIT);
        Matcher colours = Pattern.compile("colours=(\\d+)").matcher(saved);
        assertTrue(colours.find(), saved);
        assertTrue(Integer.parseInt(colours.group(1)) > 8, "a painted window has many colours: " + saved);
    }
}
