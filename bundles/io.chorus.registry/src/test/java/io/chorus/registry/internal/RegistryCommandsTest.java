package io.chorus.registry.internal;

import static io.chorus.registry.internal.RegistryFixtures.brand;
import static io.chorus.registry.internal.RegistryFixtures.entry;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.apache.felix.service.command.Descriptor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.chorus.api.platform.Capability;
import io.chorus.api.platform.Channel;
import io.chorus.api.platform.ChannelKind;
import io.chorus.api.platform.Platform;
import io.chorus.api.platform.PlatformKind;
import io.chorus.api.query.QueryException;
import io.chorus.api.registry.Brand;
import io.chorus.api.registry.BrandRole;
import io.chorus.api.registry.EntryType;
import io.chorus.api.registry.KeywordEntry;
import io.chorus.api.registry.MatchOptions;
import io.chorus.api.registry.RegistryException;
import io.chorus.api.registry.Rule;
import io.chorus.api.registry.Variant;
import io.chorus.api.registry.VariantStatus;
import io.chorus.query.internal.ChorusQueryLanguage;
import io.chorus.registry.internal.store.JsonDocument;

/** The shell commands over real registries in a temporary workspace, with the real query language. */
class RegistryCommandsTest {

    @TempDir
    Path workspace;

    private final RecordedLog log = new RecordedLog();
    private KeywordRegistryService registry;
    private PlatformRegistryService platforms;
    private RegistryCommands commands;

    @BeforeEach
    void openCommands() throws Exception {
        registry = RegistryFixtures.registry(workspace, log, 2);
        platforms = new PlatformRegistryService(workspace.resolve("registry/platforms.json"), log.logger);
        commands = new RegistryCommands(registry, platforms);
        commands.setLanguage(new ChorusQueryLanguage());
        registry.save(new Brand("acme", "Acme Robotics", BrandRole.OWN, List.of("en", "ru"), List.of(
                new KeywordEntry("acme", EntryType.BRAND_NAME, "Acme", List.of("en"), MatchOptions.EXACT, Set.of(), "",
                        List.of(new Variant("Акме", "transliteration", "Cyrillic", 0.8, VariantStatus.ACCEPTED),
                                new Variant("Acne", "typo", "one key off", 0.3, VariantStatus.SUGGESTED),
                                new Variant("Akme", "typo", "sound", 0.45, VariantStatus.REJECTED)),
                        KeywordEntry.USER),
                new KeywordEntry("robovac", EntryType.PRODUCT, "RoboVac", List.of(), MatchOptions.fuzzy(2),
                        Set.of("smm", "crowd"), "", List.of(), KeywordEntry.USER)),
                List.of(new Rule("delivery", "Delivery", "@acme AND (delivery OR доставка)", Set.of())), List.of(),
                ""));
        registry.save(brand("sony", "ソニー", BrandRole.COMPETITOR, entry("soni", EntryType.BRAND_NAME, "ソニー")));
    }

    /** What a command prints on the console besides what it returns. */
    private static String printed(ThrowingRunnable command) throws Exception {
        PrintStream console = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            command.run();
        } finally {
            System.setOut(console);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private interface ThrowingRunnable {
        void run() throws Exception;
    }

    // ---- brands, entries, variants ------------------------------------------------------------------------

    @Test
    void brandsListsEachBrandWithItsCountsInAlignedColumns() {
        assertEquals("""
                ID    NAME           ROLE        ENTRIES  VARIANTS USED  SUGGESTED  LANGUAGES
                acme  Acme Robotics  own         2        1              1          en,ru
                sony  ソニー         competitor  1        0              0          en
                """, commands.brands());
    }

    @Test
    void brandsAlsoNamesFilesThatCouldNotBeRead() throws Exception {
        Path broken = Files.writeString(workspace.resolve("registry/brands/globex.json"), "{\"id\": \"globex\",}}");
        String text = commands.brands();
        assertTrue(text.contains("\nFiles that could not be read (their brands are left out):\n  " + broken + ":1:"),
                text);
        assertTrue(!text.contains("globex  "), "the broken brand is not listed:\n" + text);
    }

    @Test
    void entriesShowHowEachEntryMatchesAndItsVariants() throws Exception {
        assertEquals("""
                ID       TYPE      TEXT     MATCH    LANGUAGES  MODULES    VARIANTS             ORIGIN
                acme     names     Acme     exact    en                    1 used, 1 suggested  user
                robovac  products  RoboVac  fuzzy:2             crowd,smm  0 used, 0 suggested  user
                """, commands.entries("acme"));
        assertEquals("there is no brand \"acm\"; brands: acme, sony",
                assertThrows(RegistryException.class, () -> commands.entries("acm")).getMessage());
    }

    @Test
    void variantsAreListedMostLikelyFirstUnderTheEntry() throws Exception {
        assertEquals("""
                Acme (names, exact)
                STATUS     LIKELIHOOD  TEXT  GENERATOR        REASON
                accepted   0.80        Акме  transliteration  Cyrillic
                rejected   0.45        Akme  typo             sound
                suggested  0.30        Acne  typo             one key off
                """, commands.variants("acme/acme"));
    }

    @Test
    void entriesAreNamedBrandSlashEntryAndMistakesSayHow() {
        for (String wrong : List.of("acme", "/acme", "acme/")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> commands.variants(wrong));
            assertTrue(e.getMessage().startsWith("name the entry as brand/entry, for example acme/acme"),
                    e.getMessage());
        }
        assertEquals("brand acme has no entry \"robo\"; see registry:entries acme",
                assertThrows(RegistryException.class, () -> commands.variants("acme/robo")).getMessage());
    }

    @Test
    void generateSaysHowManyVariantsItSuggestedAndWithWhichGenerators() throws Exception {
        IllegalStateException none = assertThrows(IllegalStateException.class,
                () -> commands.generate(0, "acme/robovac"));
        assertTrue(none.getMessage().contains("no variant generator is running; check the bundle"
                + " io.chorus.registry.variants"), none.getMessage());

        registry.addGenerator(new RegistryFixtures.SpellingGenerator());
        assertEquals("2 variants suggested for acme/robovac (budget 2 per entry, generators: spelling). Review them"
                + " with registry:variants and registry:accept, reject or pin.", commands.generate(0, "acme/robovac"),
                "no --budget means the registry's default");
        assertEquals("5 variants suggested for the entries of acme (budget 3 per entry, generators: spelling)."
                + " Review them with registry:variants and registry:accept, reject or pin.",
                commands.generate(3, "acme"));
    }

    @Test
    void acceptRejectAndPinRecordTheDecisionAndSaySo() throws Exception {
        assertEquals("\"Acne\" is rejected for acme/acme.", commands.reject("acme/acme", "Acne"));
        assertEquals("\"Akme\" is accepted for acme/acme.", commands.accept("acme/acme", "Akme"));
        assertEquals("\"ACME Robotics\" is pinned for acme/acme.", commands.pin("acme/acme", "ACME Robotics"));
        assertEquals(List.of("Акме:ACCEPTED", "Acne:REJECTED", "Akme:ACCEPTED", "ACME Robotics:PINNED"),
                registry.brand("acme").orElseThrow().entry("acme").orElseThrow().variants().stream()
                        .map(v -> v.text() + ":" + v.status()).toList());
        assertEquals("\"acme\" is the entry itself, not a variant",
                assertThrows(RegistryException.class, () -> commands.accept("acme/acme", "acme")).getMessage());
    }

    // ---- platforms ----------------------------------------------------------------------------------------

    @Test
    void platformsListsBuiltInAndWorkspacePlatformsWithWhatChorusCanDo() throws Exception {
        platforms.save(new Platform("forum.example", "Example forum", PlatformKind.FORUM, List.of("RU"), List.of(),
                Set.of(Capability.PUBLISH, Capability.MONITOR), List.of(), 0, "", "user"));
        List<String> lines = commands.platforms().lines().toList();
        assertEquals(List.of("ID", "NAME", "KIND", "REGIONS", "CAN", "MAX", "LENGTH", "ORIGIN"),
                List.of(lines.get(0).split(" +")));
        assertEquals(BuiltInPlatforms.ALL.size() + 2, lines.size());
        assertTrue(lines.stream().anyMatch(line -> line.matches(
                "vk +VK +social network +RU,BY,KZ +16384 +built-in")), String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(line -> line.matches(
                "forum\\.example +Example forum +forum +RU +monitor,publish +user")), String.join("\n", lines));
    }

    // ---- channels -----------------------------------------------------------------------------------------

    @Test
    void channelsListsABrandsAccountsAndFlagsPlatformsThatAreNotInstalled() throws Exception {
        Brand acme = registry.brand("acme").orElseThrow();
        registry.save(new Brand(acme.id(), acme.name(), acme.role(), acme.languages(), acme.entries(), acme.rules(),
                List.of(new Channel("vk-acme", "vk", ChannelKind.OFFICIAL, "acme", "https://vk.com/acme", "",
                                "Europe/Moscow"),
                        new Channel("pikabu-anna", "pikabu", ChannelKind.PERSONA, "anna_k", "",
                                "Я работаю в Acme Robotics и отвечаю\n  за поддержку клиентов", ""),
                        new Channel("ixbt-sato", "forum.ixbt.com", ChannelKind.PERSONA, "sato", "",
                                "アクメ・ロボティクスの社員として投稿しています。", "Asia/Tokyo")),
                acme.note()));
        assertEquals("""
                ID           PLATFORM                        KIND      HANDLE  DISCLOSURE                               TIME ZONE
                vk-acme      vk                              official  acme                                             Europe/Moscow
                pikabu-anna  pikabu                          persona   anna_k  Я работаю в Acme Robotics и отвечаю за…  default
                ixbt-sato    forum.ixbt.com (not installed)  persona   sato    アクメ・ロボティクスの社員として投稿し…  Asia/Tokyo
                """, commands.channels("acme"));

        platforms.save(new Platform("forum.ixbt.com", "iXBT forum", PlatformKind.FORUM, List.of("RU"), List.of(),
                Set.of(), List.of("forum.ixbt.com"), 0, "", "user"));
        assertTrue(commands.channels("acme").contains("\nixbt-sato    forum.ixbt.com  persona"),
                "a platform people define counts as installed:\n" + commands.channels("acme"));
    }

    @Test
    void channelsSaysWhereToAddThemAndNamesTheBrandsWhenOneIsUnknown() {
        assertEquals("ソニー (@sony) has no channels yet. Add them in the Channels view of the Setup perspective,"
                + " or under \"channels\" in registry/brands/sony.json.", assertDoesNotThrow(
                        () -> commands.channels("sony")));
        assertEquals("there is no brand \"acne\"; brands: acme, sony",
                assertThrows(RegistryException.class, () -> commands.channels("acne")).getMessage());
    }

    @Test
    void longTextIsCutToItsColumnsCountingWideCharactersTwice() {
        assertEquals("short", RegistryCommands.cut("short", 5));
        assertEquals("abc…", RegistryCommands.cut("abcdef", 4));
        assertEquals("ab…", RegistryCommands.cut("ab  cdef", 4), "no blank before the ellipsis");
        assertEquals("ソ…", RegistryCommands.cut("ソニー", 4));
        assertEquals("ソニ…", RegistryCommands.cut("ソニー", 5));
        assertEquals(List.of(3, 5), List.of(Table.width(RegistryCommands.cut("ソニー", 4)),
                Table.width(RegistryCommands.cut("ソニー", 5))), "never wider than asked");
    }

    @Test
    void everyCommandIsRegisteredAsAShellFunction() throws Exception {
        String description;
        try (InputStream in = RegistryCommands.class.getResourceAsStream(
                "/OSGI-INF/io.chorus.registry.internal.RegistryCommands.xml")) {
            description = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int start = description.indexOf("name=\"osgi.command.function\"");
        String functions = description.substring(description.indexOf('>', start) + 1,
                description.indexOf("</property>", start));
        List<String> registered = functions.lines().map(String::strip).sorted().toList();
        List<String> commandMethods = java.util.Arrays.stream(RegistryCommands.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && m.isAnnotationPresent(Descriptor.class))
                .map(Method::getName).map(name -> name.startsWith("_") ? name.substring(1) : name).sorted()
                .toList();
        assertEquals(commandMethods, registered);
        assertTrue(registered.contains("channels"), registered.toString());
    }

    // ---- import and export --------------------------------------------------------------------------------

    @Test
    void importSaysWhatItDidOrWouldDo() throws Exception {
        Path csv = Files.writeString(workspace.resolve("core.csv"),
                "brand,type,text\nacme,product,RoboMop\nglobex,brand-name,Globex\n");
        assertEquals("Dry run: importing core.csv would leave 2 entries added, 0 updated, 1 brand created.",
                commands._import(true, csv.toString()));
        assertTrue(registry.brand("globex").isEmpty());
        assertEquals("Imported core.csv: 2 entries added, 0 updated, 1 brand created.",
                commands._import(false, csv.toString()));
        assertTrue(registry.brand("globex").isPresent());
    }

    @Test
    void importPrintsEveryMistakeAndFailsWithoutImportingAnything() throws Exception {
        Path csv = Files.writeString(workspace.resolve("core.csv"),
                "brand,type,text\nacme,shop,Main St\nglobex,brand-name,Globex\nacme,product,\n");
        String[] message = new String[1];
        String console = printed(() -> message[0] = assertThrows(IllegalArgumentException.class,
                () -> commands._import(false, csv.toString())).getMessage());
        assertEquals("2 mistakes in core.csv; nothing was imported", message[0]);
        assertEquals(List.of(csv + ":2: type \"shop\" is not one of brand-name, alias, product, person, address,"
                + " trademark, hashtag, competitor, intent, context, exclusion", csv + ":4: the text is empty"),
                console.lines().toList());
        assertTrue(registry.brand("globex").isEmpty());

        Files.writeString(csv, "brand,type,text\nacme,shop,Main St\n");
        String one = printed(() -> message[0] = assertThrows(IllegalArgumentException.class,
                () -> commands._import(true, csv.toString())).getMessage());
        assertEquals("1 mistake in core.csv; nothing was imported", message[0]);
        assertEquals(1, one.lines().count());
    }

    @Test
    void exportWritesJsonByDefaultOrCsvOrAFile() throws Exception {
        String json = commands.export("json", "");
        assertEquals(List.of("acme", "sony"), List.of(JsonDocument.parse(workspace, json).root().get("brands")
                .valueStream().map(brand -> brand.get("id").asString()).toArray()));
        String csv = commands.export("CSV", "");
        assertTrue(csv.startsWith("brand,brand_name,role,type,text,languages,match,modules,note,variants\n"
                + "acme,Acme Robotics,own,brand-name,Acme,en,exact,,,Акме\n"), csv);
        Path output = workspace.resolve("out/core.csv");
        assertEquals("Wrote " + output, commands.export("csv", output.toString()));
        assertEquals(csv, Files.readString(output));
        assertEquals("--format is json or csv, not xml", assertThrows(IllegalArgumentException.class,
                () -> commands.export("xml", "")).getMessage());
    }

    @Test
    void exportInADialectWritesEachBrandAndRuleAsThatToolsQuery() throws Exception {
        String brandwatch = commands.export("json", "", "brandwatch");
        List<String> lines = brandwatch.lines().toList();
        assertEquals("# Acme Robotics (@acme)", lines.get(0));
        assertTrue(lines.get(1).contains("Acme") && lines.get(1).contains("Акме"), brandwatch);
        // Brandwatch has no fuzzy matching: said in a comment, never dropped silently.
        assertTrue(lines.contains("#   not expressible: fuzzy matching (RoboVac~2) has no Brandwatch equivalent;"
                + " exported as RoboVac"), brandwatch);
        int rule = lines.indexOf("# rule delivery: Delivery");
        assertTrue(rule > 1 && lines.get(rule + 1).contains("доставка"), brandwatch);
        assertTrue(brandwatch.contains("# ソニー (@sony)\n"), brandwatch);
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> commands.export("json", "", "meltwater"));
        assertEquals("unknown dialect \"meltwater\"; dialects: brandwatch, talkwalker, youscan, awario,"
                + " google-alerts", unknown.getMessage());
        assertTrue(commands.export("json", "", "Google-Alerts").startsWith("# Acme Robotics (@acme)\n"));
    }

    @Test
    void aRuleThatCannotBeExportedIsNotedAndTheOthersStillAre() throws Exception {
        registry.save(new Brand("globex", "Globex", BrandRole.OWN, List.of(), List.of(),
                List.of(new Rule("bad", "Bad", "@nobody AND x", Set.of())), List.of(), ""));
        String text = commands.export("json", "", "brandwatch");
        assertTrue(text.contains("# rule bad: Bad\n#   cannot be exported: there is no brand \"nobody\""), text);
        assertTrue(text.contains("# Acme Robotics (@acme)"), text);
    }

    // ---- query check --------------------------------------------------------------------------------------

    @Test
    void queryCheckShowsTheExpandedQueryAndWhatEachDialectCanExpress() {
        String report = commands.queryCheck("@acme.products AND broken");
        List<String> lines = report.lines().toList();
        assertTrue(lines.get(0).startsWith("query:    ") && lines.get(0).contains("@acme.products"), report);
        assertTrue(lines.get(1).startsWith("expanded: ") && lines.get(1).contains("RoboVac")
                && !lines.get(1).contains("@acme"), report);
        assertEquals(List.of("brandwatch:", "talkwalker:", "youscan:", "awario:", "google-alerts:"),
                lines.subList(2, 7).stream().map(line -> line.split(" +")[0]).toList());
        assertTrue(lines.subList(2, 7).stream().allMatch(line -> line.matches("[a-z-]+: +(complete|partial: .+)")),
                report);
        assertEquals(7, lines.size());
    }

    @Test
    void queryMistakesPointAtTheirPlace() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> commands.queryCheck("robot AND @acne"));
        List<String> lines = unknown.getMessage().lines().toList();
        assertTrue(lines.get(0).contains("there is no brand \"acne\"") && lines.get(0).contains("brands: acme, sony"),
                unknown.getMessage());
        assertEquals("  robot AND @acne", lines.get(1));
        assertEquals("            ^", lines.get(2), "the caret is under the reference");

        IllegalArgumentException syntax = assertThrows(IllegalArgumentException.class,
                () -> commands.queryCheck("(robot OR vacuum"));
        List<String> syntaxLines = syntax.getMessage().lines().toList();
        assertEquals(3, syntaxLines.size(), syntax.getMessage());
        assertEquals("  (robot OR vacuum", syntaxLines.get(1));
        assertTrue(syntaxLines.get(2).endsWith("^"), syntax.getMessage());
    }

    @Test
    void pointAtLeavesOutTheCaretWhenThereIsNoPlaceAndKeepsItUnderTheQuery() {
        assertEquals("no place", RegistryCommands.pointAt("abc", new QueryException("no place", -1)));
        assertEquals("past the end\n  abc\n     ^", RegistryCommands.pointAt("abc", new QueryException("past the end",
                99)));
    }

    @Test
    void withoutTheQueryLanguageQueryCommandsSayWhichBundleIsMissing() throws Exception {
        // DS unbinds a replaced service after binding the new one: that must not unset the new one.
        commands.unsetLanguage(new ChorusQueryLanguage());
        assertTrue(commands.queryCheck("robot").startsWith("query:"));
        RegistryCommands bare = new RegistryCommands(registry, platforms);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> bare.queryCheck("robot"));
        assertEquals("the query language is not running; check the bundle io.chorus.query with chorus:bundles",
                e.getMessage());
        assertThrows(IllegalStateException.class, () -> bare.export("json", "", "brandwatch"));
        assertTrue(bare.export("csv", "").startsWith("brand,"), "plain exports need no query language");
    }

    @Test
    void theHyphenatedQueryCheckFunctionTakesExactlyOneQuery() throws Exception {
        QueryCheckFunction function = new QueryCheckFunction(commands);
        assertEquals(commands.queryCheck("@acme"), function.execute(null, List.of("@acme")));
        for (List<Object> wrong : List.<List<Object>>of(List.of(), List.of("@acme", "AND"))) {
            assertEquals("usage: registry:query-check \"<query>\" (the query in quotes)",
                    assertThrows(IllegalArgumentException.class, () -> function.execute(null, wrong)).getMessage());
        }
    }
}
