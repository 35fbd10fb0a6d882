package io.chorus.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shared registry from the command line, as an agency uses it: a semantic core imported from a spreadsheet,
 * variants suggested and reviewed, queries checked, mentions analysed in bulk, and a plugin's entries.
 */
class RegistryIT {

    private static final Duration WAIT = Duration.ofSeconds(90);

    @TempDir
    static Path folder;

    private static TestDistribution distribution;
    private static String workspace;

    static final String CORE = """
            brand,brand_name,role,type,text,languages,match,modules,note,variants
            sber,Сбербанк,own,brand-name,Сбербанк,ru,stemmed,,,Sberbank
            sber,Сбербанк,own,product,Сбербанк Онлайн,ru,exact,reputation,,
            sber,Сбербанк,own,exclusion,сбербанк россии облигации,ru,exact,,,
            acme,Acme,own,brand-name,Acme,en,fuzzy,,"robots, not the cartoon",
            acme,Acme,own,context,robot,en,exact,,,
            acme,Acme,own,context,vacuum,en,exact,,,
            sony,ソニー,competitor,brand-name,ソニー,ja,exact,,,Sony
            """;

    @BeforeAll
    static void distribution() throws Exception {
        distribution = TestDistribution.copyInto(folder);
        workspace = folder.resolve("agency").toString();
        Path core = Files.writeString(folder.resolve("core.csv"), CORE);
        ChorusProcess.Result imported = distribution.run("registry", "import", core.toString(), "--workspace",
                workspace);
        assertEquals(0, imported.exitStatus(), imported.all());
        assertTrue(imported.stdout().contains("Imported core.csv: 7 entries added, 0 updated, 3 brands created."),
                imported.all());
    }

    private static ChorusProcess.Result chorus(String... arguments) throws Exception {
        String[] all = new String[arguments.length + 2];
        System.arraycopy(arguments, 0, all, 0, arguments.length);
        all[arguments.length] = "--workspace";
        all[arguments.length + 1] = workspace;
        return distribution.run(all);
    }

    @Test
    void brandsAndEntriesAreListed() throws Exception {
        ChorusProcess.Result brands = chorus("registry", "brands");
        assertEquals(0, brands.exitStatus(), brands.all());
        assertTrue(brands.stdout().matches("(?s).*\\nacme\\s+Acme\\s+own\\s+3\\b.*"), brands.all());
        assertTrue(brands.stdout().matches("(?s).*\\nsony\\s+ソニー\\s+competitor\\s+1\\b.*"), brands.all());
        ChorusProcess.Result entries = chorus("registry", "entries", "sber");
        assertTrue(entries.stdout().contains("Сбербанк Онлайн"), entries.all());
        assertTrue(entries.stdout().contains("import:core.csv"), entries.all());
    }

    @Test
    void aBrokenSpreadsheetChangesNothingAndNamesEveryLine() throws Exception {
        Path broken = Files.writeString(folder.resolve("broken.csv"), """
                brand;type;text;match
                acme;brand-name;Acme Robotics;exact
                acme;produkt;RoboVac;exact
                Big Co;product;X;exact
                acme;product;;exact
                acme;product;Y;sometimes
                """);
        ChorusProcess.Result result = chorus("registry", "import", broken.toString());
        assertEquals(1, result.exitStatus(), result.all());
        assertTrue(result.stdout().contains(broken + ":3: type \"produkt\" is not one of"), result.all());
        assertTrue(result.stdout().contains(broken + ":4: brand \"big co\" is not a brand id"), result.all());
        assertTrue(result.stdout().contains(broken + ":5: the text is empty"), result.all());
        assertTrue(result.stdout().contains(broken + ":6: match \"sometimes\" is not exact"), result.all());
        assertTrue(result.stderr().contains("4 mistakes in broken.csv; nothing was imported"), result.all());
        assertFalse(chorus("registry", "entries", "acme").stdout().contains("Acme Robotics"));
    }

    @Test
    void variantsAreSuggestedReviewedAndUsedForMatching() throws Exception {
        ChorusProcess.Result generated = chorus("registry", "generate", "sber/sberbank", "--budget", "30");
        assertEquals(0, generated.exitStatus(), generated.all());
        ChorusProcess.Result variants = chorus("registry", "variants", "sber/sberbank");
        assertTrue(variants.stdout().contains("C,th,fyr"), "the wrong-layout spelling:\n" + variants.all());
        assertTrue(variants.stdout().matches("(?s).*accepted\\s+\\S+\\s+Sberbank\\b.*"), variants.all());
        ChorusProcess.Result accepted = chorus("registry", "accept", "sber/sberbank", "C,th,fyr");
        assertEquals(0, accepted.exitStatus(), accepted.all());
        ChorusProcess.Result rejected = chorus("registry", "reject", "sber/sberbank", "Сбербанк-онлайн");
        assertEquals(0, rejected.exitStatus(), rejected.all());
        ChorusProcess.Result again = chorus("registry", "generate", "sber/sberbank", "--budget", "30");
        assertEquals(0, again.exitStatus(), again.all());
        ChorusProcess.Result after = chorus("registry", "variants", "sber/sberbank");
        assertTrue(after.stdout().matches("(?s).*accepted\\s+\\S+\\s+C,th,fyr\\b.*"), after.all());
        assertTrue(after.stdout().matches("(?s).*rejected\\s+\\S+\\s+Сбербанк-онлайн\\s.*"),
                "rejected stays rejected after regeneration:\n" + after.all());
    }

    @Test
    void queriesAreCheckedWithPositionsAndExpanded() throws Exception {
        ChorusProcess.Result good = chorus("registry", "query-check", "@acme AND (broken OR сломался) lang:en");
        assertEquals(0, good.exitStatus(), good.all());
        assertTrue(good.stdout().contains("expanded:"), good.all());
        assertTrue(good.stdout().contains("robot"), "the context words are part of @acme:\n" + good.all());
        assertTrue(good.stdout().contains("brandwatch:"), good.all());

        ChorusProcess.Result bad = chorus("registry", "query-check", "@acme AND (broken OR");
        assertEquals(1, bad.exitStatus(), bad.all());
        assertTrue(bad.stderr().contains("column"), bad.all());
        assertTrue(bad.all().contains("^"), "a caret points at the place:\n" + bad.all());
        assertFalse(bad.stderr().contains("Exception"), bad.all());

        ChorusProcess.Result unknown = chorus("registry", "query-check", "@nobody");
        assertEquals(1, unknown.exitStatus(), unknown.all());
        assertTrue(unknown.all().contains("there is no brand \"nobody\""), unknown.all());
    }

    @Test
    void analyzeMatchesAHundredThousandMentionsWithAProgressBar() throws Exception {
        Path input = folder.resolve("mentions.jsonl");
        String[] texts = {
            "Приложение Сбербанк Онлайн опять вылетает",
            "Открыл вклад в Сбербанке, всё быстро",
            "sberbank app is fine",
            "My Acme robot vacuum keeps getting stuck",
            "Acme cartoon anvil",
            "ソニーの新しいカメラ、最高です",
            "Облигации: сбербанк россии облигации выросли",
            "nothing about any brand here"};
        try (BufferedWriter out = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
            for (int i = 0; i < 100_000; i++) {
                String text = texts[i % texts.length].replace("\"", "\\\"");
                out.write("{\"id\": \"m" + i + "\", \"text\": \"" + text + "\", \"platform\": \"vk\"}\n");
            }
            out.write("{\"id\": \"broken\", \"text\": \n");
        }
        Path output = folder.resolve("out/matches.jsonl");
        ChorusProcess.Result result = chorus("analyze", "--input", input.toString(), "--output", output.toString());
        assertEquals(1, result.exitStatus(), "one line is broken on purpose:\n" + tail(result.all()));
        assertTrue(result.stderr().contains("100%"), "a progress bar:\n" + tail(result.stderr()));
        assertTrue(result.stderr().contains("1 line of mentions.jsonl could not be read"), tail(result.all()));
        List<String> lines = Files.readAllLines(output);
        assertEquals(100_001, lines.size());
        assertTrue(lines.get(0).contains("\"brands\":[\"sber\"]") && lines.get(0).contains("Сбербанк Онлайн"),
                lines.get(0));
        assertTrue(lines.get(1).contains("\"text\":\"Сбербанке\""), "word forms of a stemmed entry: " + lines.get(1));
        assertTrue(lines.get(2).contains("\"text\":\"sberbank\""), "an accepted variant: " + lines.get(2));
        assertTrue(lines.get(3).contains("\"brands\":[\"acme\"]"), lines.get(3));
        assertTrue(lines.get(4).contains("\"brands\":[]"), "Acme without robot or vacuum is not the brand: "
                + lines.get(4));
        assertTrue(lines.get(5).contains("\"brands\":[\"sony\"]"), lines.get(5));
        assertTrue(lines.get(6).contains("\"brands\":[]"), "an exclusion: " + lines.get(6));
        assertTrue(lines.get(100_000).startsWith("{\"line\":100001,\"error\":"), lines.get(100_000));
    }

    @Test
    void exportsRoundTripThroughCsv() throws Exception {
        ChorusProcess.Result csv = chorus("registry", "export", "--format", "csv");
        assertEquals(0, csv.exitStatus(), csv.all());
        assertTrue(csv.stdout().startsWith("brand,brand_name,role,type,text,languages,match,modules,note,variants"),
                csv.all());
        Path copy = Files.writeString(folder.resolve("exported.csv"), csv.stdout());
        String other = folder.resolve("other").toString();
        ChorusProcess.Result imported = distribution.run("registry", "import", copy.toString(), "--workspace", other);
        assertEquals(0, imported.exitStatus(), imported.all());
        ChorusProcess.Result again = distribution.run("registry", "export", "--format", "csv", "--workspace", other);
        assertEquals(csv.stdout(), again.stdout(), "a CSV export imports into the same semantic core");

        ChorusProcess.Result dialect = chorus("registry", "export", "brandwatch");
        assertEquals(0, dialect.exitStatus(), dialect.all());
        assertTrue(dialect.stdout().contains("# Acme (@acme)"), dialect.all());
    }

    @Test
    void theDemoWorkspaceComesWithSampleBrandsThatMatch() throws Exception {
        String demo = folder.resolve("demo").toString();
        ChorusProcess.Result brands = distribution.run("registry", "brands", "--demo", "--workspace", demo);
        assertEquals(0, brands.exitStatus(), brands.all());
        assertTrue(brands.stdout().matches("(?s).*\\nacme\\s+Acme Robotics\\s+own.*\\nromashka\\s+Ромашка\\s+own.*"
                + "\\nsakura\\s+さくら家電\\s+competitor.*"), brands.all());
        Path input = Files.writeString(folder.resolve("demo.jsonl"), """
                {"id": "1", "text": "Мой Акме пылесос сломался, хочу возврат"}
                {"id": "2", "text": "Ромашка опять опоздала с доставкой на час"}
                {"id": "3", "text": "サクラ家電のエアピュアを買った"}
                """);
        ChorusProcess.Result analysed = distribution.run("analyze", "--input", input.toString(), "--output", "-",
                "--workspace", demo);
        assertEquals(0, analysed.exitStatus(), analysed.all());
        List<String> lines = analysed.stdout().lines().toList();
        assertEquals(3, lines.size(), "only results on standard output:\n" + analysed.all());
        assertTrue(lines.get(0).contains("\"rule\":\"complaints\""), lines.get(0));
        assertTrue(lines.get(1).contains("\"rule\":\"late-delivery\""), lines.get(1));
        assertTrue(lines.get(2).contains("\"brands\":[\"sakura\"]"), lines.get(2));
        assertTrue(analysed.stderr().contains("3 lines: 3 mentions, 3 matched a rule"), analysed.all());
    }

    @Test
    void entriesFromAPluginAppearAndVanishWithIt() throws Exception {
        TestDistribution own = TestDistribution.copyInto(folder.resolve("plugin"));
        Files.copy(TestDistribution.testBundle("probe"), own.dropins().resolve("probe.jar"));
        try (ChorusProcess chorus = own.start(Map.of(), "--headless", "--console", "--workspace",
                folder.resolve("plugin-ws").toString())) {
            chorus.awaitLine(line -> line.startsWith("dropins/probe.jar:") && line.endsWith("started"), WAIT);
            assertFalse(chorus.command("registry:brands", WAIT).contains("catalogue"));
            Path plugin = own.dropins().resolve("service.jar");
            Files.copy(TestDistribution.testBundle("service"), plugin);
            chorus.command("probe:awaitBundle io.chorus.itests.service active 30000", WAIT);
            // the plugin's provider is a component: registered once Declarative Services gets to it
            assertTrue(chorus.command("probe:awaitService io.chorus.api.registry.KeywordProvider 30000", WAIT)
                    .contains("is registered"));
            String brands = chorus.command("registry:brands", WAIT);
            assertTrue(brands.contains("catalogue") && brands.contains("Catalogue Co"), brands);
            String entries = chorus.command("registry:entries acme", WAIT);
            assertTrue(entries.contains("RoboVac X200") && entries.contains("io.chorus.itests.service"), entries);
            Files.delete(plugin);
            chorus.command("probe:awaitBundle io.chorus.itests.service uninstalled 30000", WAIT);
            assertFalse(chorus.command("registry:brands", WAIT).contains("catalogue"));
            chorus.exit();
            assertEquals(0, chorus.awaitExit(WAIT).exitStatus());
        }
    }

    private static String tail(String text) {
        return text.length() < 3000 ? text : text.substring(text.length() - 3000);
    }
}
