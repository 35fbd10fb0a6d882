package io.chorus.registry.internal;

import static io.chorus.registry.internal.RegistryFixtures.acme;
import static io.chorus.registry.internal.RegistryFixtures.brand;
import static io.chorus.registry.internal.RegistryFixtures.entry;
import static io.chorus.registry.internal.RegistryFixtures.registry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.chorus.api.query.Query;
import io.chorus.api.query.Reference;
import io.chorus.api.query.Span;
import io.chorus.api.query.UnknownReferenceException;
import io.chorus.api.registry.Brand;
import io.chorus.api.registry.BrandRole;
import io.chorus.api.registry.CoreFormat;
import io.chorus.api.registry.EntryType;
import io.chorus.api.registry.ImportReport;
import io.chorus.api.registry.KeywordEntry;
import io.chorus.api.registry.MatchOptions;
import io.chorus.api.registry.RegistryException;
import io.chorus.api.registry.Variant;
import io.chorus.api.registry.VariantStatus;
import io.chorus.registry.internal.RegistryFixtures.BrokenGenerator;
import io.chorus.registry.internal.RegistryFixtures.CatalogueProvider;
import io.chorus.registry.internal.RegistryFixtures.SpellingGenerator;
import io.chorus.registry.internal.RegistryFixtures.UnreachableProvider;

class KeywordRegistryServiceTest {

    @TempDir
    Path workspace;

    private final RecordedLog log = new RecordedLog();
    private final AtomicInteger changes = new AtomicInteger();
    private KeywordRegistryService registry;

    @BeforeEach
    void openRegistry() {
        registry = registry(workspace, log, 20);
        registry.addChangeListener(changes::incrementAndGet);
    }

    private Path brandFile(String id) {
        return workspace.resolve("registry/brands/" + id + ".json");
    }

    private List<String> variants(Brand brand, String entryId) {
        return brand.entry(entryId).orElseThrow().variants().stream().map(v -> v.text() + ":" + v.status()).toList();
    }

    private List<String> workspaceFiles() throws Exception {
        try (Stream<Path> files = Files.walk(workspace)) {
            return files.filter(Files::isRegularFile).map(workspace::relativize).map(Path::toString).sorted().toList();
        }
    }

    // ---- brands people manage -----------------------------------------------------------------------------

    @Test
    void savedBrandsAreStoredOneFileEachAndListedOwnFirstThenByName() throws Exception {
        registry.save(brand("zeta", "zeta", BrandRole.OWN));
        registry.save(brand("beta", "Beta", BrandRole.COMPETITOR));
        Brand saved = registry.save(acme());
        assertEquals(acme(), saved);
        assertEquals(List.of("acme", "zeta", "beta"), registry.brands().stream().map(Brand::id).toList());
        assertTrue(Files.isRegularFile(brandFile("acme")));
        assertEquals(3, changes.get(), "every save is announced");
        // Nothing lives only in memory: another registry over the same workspace sees the same brands.
        assertEquals(registry.brands(), registry(workspace, log, 20).brands());
        assertEquals(List.of(), workspaceFiles().stream().filter(name -> name.endsWith(".tmp")).toList(),
                "atomic writes leave no temporary files behind");
    }

    @Test
    void savingKeepsOnlyEntriesPeopleManageAndGivesEntriesWithoutIdOne() throws Exception {
        Brand brand = brand("acme", "Acme", BrandRole.OWN, entry("acme", EntryType.BRAND_NAME, "Acme"),
                entry("", EntryType.ALIAS, "Acme Corp"), entry("", EntryType.HASHTAG, "acme"),
                new KeywordEntry("robovac", EntryType.PRODUCT, "RoboVac", List.of(), MatchOptions.EXACT, Set.of(), "",
                        List.of(), "crm"),
                new KeywordEntry("imported", EntryType.PRODUCT, "RoboMop", List.of(), MatchOptions.EXACT, Set.of(),
                        "", List.of(), "import:core.csv"));
        Brand saved = registry.save(brand);
        assertEquals(List.of("acme", "acme-corp", "acme-2", "imported"),
                saved.entries().stream().map(KeywordEntry::id).toList(), "the plugin's entry is not stored");
        assertFalse(Files.readString(brandFile("acme")).contains("RoboVac"));
    }

    @Test
    void aBrokenBrandFileIsNeverOverwrittenAndTheMistakeNamesItsLine() throws Exception {
        Files.createDirectories(brandFile("acme").getParent());
        String broken = "{\n  \"id\": \"acme\",\n  \"role\": \"partner\"\n}\n";
        Files.writeString(brandFile("acme"), broken);
        RegistryException e = assertThrows(RegistryException.class, () -> registry.save(acme()));
        assertTrue(e.getMessage().startsWith(brandFile("acme") + ":3:11: role: this brand's file is broken, so Chorus"
                + " will not write over it"), e.getMessage());
        assertEquals(broken, Files.readString(brandFile("acme")));
        assertEquals(List.of(brandFile("acme") + ":3:11: role: \"partner\" is not one of \"own\", \"competitor\""),
                registry.problems());
        assertEquals(0, changes.get());
    }

    @Test
    void deletingMovesTheFileToTheDeletedFolderWithATimestamp() throws Exception {
        registry.save(acme());
        registry.delete("acme");
        assertEquals(List.of(), registry.brands());
        assertFalse(Files.exists(brandFile("acme")));
        assertTrue(Files.readString(workspace.resolve("registry/.deleted/acme-20261124-120000.json"))
                .contains("\"RoboVac\""), "the whole brand can be restored");
        assertEquals(2, changes.get());
        RegistryException again = assertThrows(RegistryException.class, () -> registry.delete("acme"));
        assertEquals("there is no brand \"acme\" in " + workspace.resolve("registry/brands"), again.getMessage());
    }

    // ---- brands and entries from plugins ------------------------------------------------------------------

    @Test
    void pluginEntriesJoinTheBrandPeopleManageAndPluginBrandsAppear() throws Exception {
        registry.save(acme());
        CatalogueProvider crm = new CatalogueProvider("crm", brand("acme", "ACME from the CRM", BrandRole.COMPETITOR,
                entry("acme", EntryType.BRAND_NAME, "ACME Inc."), entry("robomop", EntryType.PRODUCT, "RoboMop")),
                brand("globex", "Globex", BrandRole.COMPETITOR, entry("globex", EntryType.BRAND_NAME, "Globex")));
        registry.addProvider(crm);
        Brand merged = registry.brand("acme").orElseThrow();
        assertEquals("Acme Robotics", merged.name(), "the brand people manage keeps its name and role");
        assertEquals(BrandRole.OWN, merged.role());
        assertEquals(List.of("acme:user", "robovac:user", "crm:acme:crm", "robomop:crm"),
                merged.entries().stream().map(e -> e.id() + ":" + e.origin()).toList(),
                "a plugin's id that is taken is prefixed with the plugin's id");
        assertEquals(List.of("acme", "globex"), registry.brands().stream().map(Brand::id).toList());
        assertEquals("crm", registry.brand("globex").orElseThrow().entries().get(0).origin());
        assertFalse(Files.readString(brandFile("acme")).contains("RoboMop"), "plugin entries are never stored");
    }

    @Test
    void pluginChangesAreAnnouncedUntilThePluginLeaves() {
        CatalogueProvider crm = new CatalogueProvider("crm");
        registry.addProvider(crm);
        assertEquals(1, changes.get(), "a new plugin is a change");
        crm.publish(brand("globex", "Globex", BrandRole.OWN, entry("globex", EntryType.BRAND_NAME, "Globex")));
        assertEquals(2, changes.get());
        assertEquals(List.of("globex"), registry.brands().stream().map(Brand::id).toList());
        registry.removeProvider(crm);
        assertEquals(3, changes.get());
        assertEquals(0, crm.listenerCount(), "the registry lets go of the plugin");
        assertEquals(List.of(), registry.brands());
    }

    @Test
    void aFailingPluginIsLeftOutAndLoggedWithoutCostingTheOthers() throws Exception {
        registry.save(acme());
        registry.addProvider(new UnreachableProvider());
        assertEquals(List.of("acme"), registry.brands().stream().map(Brand::id).toList());
        assertTrue(log.errors().contains("The keyword provider crm-offline failed and is left out:"
                + " java.lang.IllegalStateException: connection refused"), log.lines().toString());
    }

    @Test
    void aPluginsBrandCannotBeDeletedAndTheMessageSaysWhy() {
        registry.addProvider(new CatalogueProvider("crm", brand("globex", "Globex", BrandRole.OWN)));
        RegistryException e = assertThrows(RegistryException.class, () -> registry.delete("globex"));
        assertTrue(e.getMessage().endsWith("; it comes from a plugin, which Chorus cannot delete"), e.getMessage());
    }

    // ---- variants -----------------------------------------------------------------------------------------

    @Test
    void generatedVariantsAreSuggestedMostLikelyFirstWithinTheBudgetAndSaved() throws Exception {
        registry.save(acme());
        registry.addGenerator(new SpellingGenerator());
        int before = changes.get();
        Brand brand = registry.generateVariants("acme", null, 3);
        assertEquals(List.of("AAcme:SUGGESTED", "Accme:SUGGESTED", "Acmme:SUGGESTED"), variants(brand, "acme"));
        assertEquals(List.of("RRoboVac:SUGGESTED", "RooboVac:SUGGESTED", "RobboVac:SUGGESTED"),
                variants(brand, "robovac"));
        assertEquals(new Variant("AAcme", "spelling", "'A' doubled", 0.5, VariantStatus.SUGGESTED),
                brand.entry("acme").orElseThrow().variants().get(0));
        assertEquals(before + 1, changes.get());
        assertEquals(brand, registry(workspace, log, 20).brand("acme").orElseThrow(), "saved at once");
        assertEquals(List.of("spelling"), registry.generatorNames());
    }

    @Test
    void aSuggestionThatOnlyChangesCaseIsTheEntryItselfAndNeverSuggested() throws Exception {
        registry.save(acme());
        registry.addGenerator(new RegistryFixtures.LowerCaseGenerator());
        registry.addGenerator(new SpellingGenerator());
        Brand brand = registry.generateVariants("acme", "acme", 2);
        assertEquals(List.of("AAcme:SUGGESTED", "Accme:SUGGESTED"), variants(brand, "acme"));
    }

    @Test
    void decisionsStandWhenVariantsAreGeneratedAgain() throws Exception {
        registry.save(acme());
        registry.addGenerator(new SpellingGenerator());
        registry.generateVariants("acme", "acme", 5);
        registry.decide("acme", "acme", "aacme", VariantStatus.REJECTED);
        registry.decide("acme", "acme", "Accme", VariantStatus.ACCEPTED);
        registry.decide("acme", "acme", "Acmme", VariantStatus.PINNED);
        Brand brand = registry.generateVariants("acme", "acme", 2);
        // Budget 2: the accepted variant takes one place, the pinned one takes none, the rejected one never returns.
        assertEquals(List.of("AAcme:REJECTED", "Accme:ACCEPTED", "Acmme:PINNED", "Acmee:SUGGESTED"),
                variants(brand, "acme"));
        assertEquals(List.of(), variants(brand, "robovac"), "only the entry asked for is regenerated");
    }

    @Test
    void rejectedSuggestionsMakeRoomForTheNextOnes() throws Exception {
        // People reject the first suggestions and ask again: they must get new ones, not an empty list.
        registry.save(acme());
        registry.addGenerator(new SpellingGenerator());
        registry.generateVariants("acme", "acme", 2);
        registry.decide("acme", "acme", "AAcme", VariantStatus.REJECTED);
        registry.decide("acme", "acme", "Accme", VariantStatus.REJECTED);
        Brand brand = registry.generateVariants("acme", "acme", 2);
        assertEquals(List.of("AAcme:REJECTED", "Accme:REJECTED", "Acmme:SUGGESTED", "Acmee:SUGGESTED"),
                variants(brand, "acme"));
    }

    @Test
    void aBudgetOfZeroClearsSuggestionsButKeepsDecisions() throws Exception {
        registry.save(acme());
        registry.addGenerator(new SpellingGenerator());
        registry.generateVariants("acme", "acme", 5);
        registry.decide("acme", "acme", "Akme", VariantStatus.ACCEPTED);
        assertEquals(List.of("Akme:ACCEPTED"), variants(registry.generateVariants("acme", "acme", 0), "acme"));
    }

    @Test
    void aFailingGeneratorIsSkippedAndLoggedAndTheOthersStillCount() throws Exception {
        registry.save(acme());
        registry.addGenerator(new BrokenGenerator());
        SpellingGenerator spelling = new SpellingGenerator();
        registry.addGenerator(spelling);
        Brand brand = registry.generateVariants("acme", "acme", 1);
        assertEquals(List.of("AAcme:SUGGESTED"), variants(brand, "acme"));
        assertEquals(List.of("The variant generator broken failed on \"Acme\" and is skipped:"
                + " java.lang.IllegalStateException: index out of range"), log.errors());
        registry.removeGenerator(spelling);
        assertEquals(List.of("broken"), registry.generatorNames());
    }

    @Test
    void unknownBrandsAndEntriesAreErrorsThatListWhatThereIs() throws Exception {
        registry.save(acme());
        assertEquals("there is no brand \"acmee\"; brands: acme", assertThrows(RegistryException.class,
                () -> registry.generateVariants("acmee", null, 5)).getMessage());
        assertEquals("brand acme has no entry \"robo\"; entries: acme, robovac", assertThrows(RegistryException.class,
                () -> registry.generateVariants("acme", "robo", 5)).getMessage());
        assertEquals("brand acme has no entry \"robo\"; entries: acme, robovac", assertThrows(RegistryException.class,
                () -> registry.decide("acme", "robo", "x", VariantStatus.ACCEPTED)).getMessage());
        assertEquals("a variant needs text", assertThrows(RegistryException.class,
                () -> registry.decide("acme", "acme", "  ", VariantStatus.ACCEPTED)).getMessage());
        assertEquals("\"ACME \" is the entry itself, not a variant", assertThrows(RegistryException.class,
                () -> registry.decide("acme", "acme", "ACME ", VariantStatus.ACCEPTED)).getMessage());
    }

    @Test
    void aPersonsOwnSpellingBecomesAManualVariant() throws Exception {
        registry.save(acme());
        Brand brand = registry.decide("acme", "acme", " Акме ", VariantStatus.PINNED);
        assertEquals(List.of(new Variant("Акме", Variant.MANUAL, "added by a person", 1.0, VariantStatus.PINNED)),
                brand.entry("acme").orElseThrow().variants());
    }

    @Test
    void variantsOfPluginEntriesAreKeptBesideTheBrandFilesAndSurviveARestart() throws Exception {
        registry.save(acme());
        CatalogueProvider crm = new CatalogueProvider("crm", brand("acme", "Acme", BrandRole.OWN,
                entry("robomop", EntryType.PRODUCT, "RoboMop")),
                brand("globex", "Globex", BrandRole.OWN, entry("globex", EntryType.BRAND_NAME, "Globex")));
        registry.addProvider(crm);
        registry.decide("acme", "robomop", "Robomopp", VariantStatus.ACCEPTED);
        registry.decide("globex", "globex", "Глобекс", VariantStatus.PINNED);
        assertTrue(Files.isRegularFile(workspace.resolve("registry/provided-variants.json")));
        assertFalse(Files.readString(brandFile("acme")).contains("Robomopp"), "the brand file holds only its own");
        assertFalse(Files.exists(brandFile("globex")), "a plugin's brand gets no file");

        KeywordRegistryService restarted = registry(workspace, log, 20);
        restarted.addProvider(crm);
        assertEquals(List.of("Robomopp:ACCEPTED"), variants(restarted.brand("acme").orElseThrow(), "robomop"));
        assertEquals(List.of("Глобекс:PINNED"), variants(restarted.brand("globex").orElseThrow(), "globex"));
    }

    @Test
    void aBrokenFileOfPluginVariantsIsReportedAndOnlyItsVariantsAreIgnored() throws Exception {
        registry.save(acme());
        Files.writeString(workspace.resolve("registry/provided-variants.json"), "{\"brands\": {\"acme\": []}}");
        registry.addProvider(new CatalogueProvider("crm", brand("acme", "Acme", BrandRole.OWN,
                entry("robomop", EntryType.PRODUCT, "RoboMop"))));
        assertEquals(3, registry.brand("acme").orElseThrow().entries().size());
        assertEquals(List.of(workspace.resolve("registry/provided-variants.json") + ":1:21: brands.acme: expected an"
                + " object of entry ids and their variants"), registry.problems());
        assertTrue(log.errors().get(0).endsWith("variants reviewed for entries of plugins are ignored until the file"
                + " is fixed"), log.errors().toString());
    }

    // ---- references ---------------------------------------------------------------------------------------

    @Test
    void groupReferencesExpandToManagedAndPluginEntriesWithUsedVariants() throws Exception {
        registry.save(acme());
        registry.decide("acme", "robovac", "Robovak", VariantStatus.ACCEPTED);
        registry.decide("acme", "robovac", "Robowak", VariantStatus.REJECTED);
        registry.addProvider(new CatalogueProvider("crm", brand("acme", "Acme", BrandRole.OWN,
                entry("robomop", EntryType.PRODUCT, "RoboMop 2"))));
        Query products = registry.resolve(new Reference("acme", "products", Span.NONE));
        assertEquals(new Query.Or(List.of(new Query.Term("RoboVac", Span.NONE), new Query.Term("Robovak", Span.NONE),
                new Query.Phrase("RoboMop 2", Span.NONE)), Span.NONE), products);
    }

    @Test
    void anUnknownBrandInAReferenceListsTheBrandsThereAre() throws Exception {
        registry.save(acme());
        UnknownReferenceException e = assertThrows(UnknownReferenceException.class,
                () -> registry.resolve(new Reference("acne", null, new Span(4, 9))));
        assertEquals(4, e.position());
        assertTrue(e.getMessage().contains("no brand \"acne\"") && e.getMessage().contains("brands: acme"),
                e.getMessage());
    }

    // ---- import and export --------------------------------------------------------------------------------

    @Test
    void aDryRunReportsWhatWouldChangeAndChangesNothing() throws Exception {
        registry.save(acme());
        Path csv = Files.writeString(workspace.resolve("core.csv"),
                "brand,type,text\nacme,brand-name,ACME\nacme,product,RoboMop\nglobex,brand-name,Globex\n");
        int before = changes.get();
        List<String> filesBefore = workspaceFiles();
        ImportReport report = registry.importFile(csv, true);
        assertEquals(new ImportReport(2, 1, 1, List.of(), false), report);
        assertEquals(filesBefore, workspaceFiles());
        assertEquals(before, changes.get());
        assertEquals(List.of("acme"), registry.brands().stream().map(Brand::id).toList());
    }

    @Test
    void anImportSavesEveryBrandItTouches() throws Exception {
        registry.save(acme());
        Path csv = Files.writeString(workspace.resolve("core.csv"),
                "brand,type,text\nacme,brand-name,ACME\nacme,product,RoboMop\nglobex,brand-name,Globex\n");
        ImportReport report = registry.importFile(csv, false);
        assertEquals(new ImportReport(2, 1, 1, List.of(), true), report);
        assertEquals(List.of("acme", "robovac", "robomop"),
                registry.brand("acme").orElseThrow().entries().stream().map(KeywordEntry::id).toList());
        assertEquals("import:core.csv", registry.brand("acme").orElseThrow().entry("robomop").orElseThrow().origin());
        assertTrue(Files.isRegularFile(brandFile("globex")));
    }

    @Test
    void anImportWithAMistakeChangesNothingAndListsEveryMistake() throws Exception {
        registry.save(acme());
        String before = Files.readString(brandFile("acme"));
        Path csv = Files.writeString(workspace.resolve("core.csv"),
                "brand,type,text,match\nacme,product,RoboMop,\nglobex,brand-name,Globex,fuzy\nacme,shop,X,\n");
        ImportReport report = registry.importFile(csv, false);
        assertFalse(report.applied());
        assertEquals(List.of(csv + ":3: match \"fuzy\" is not exact, stemmed, fuzzy or fuzzy:2",
                csv + ":4: type \"shop\" is not one of brand-name, alias, product, person, address, trademark,"
                        + " hashtag, competitor, intent, context, exclusion"), report.problems());
        assertEquals(before, Files.readString(brandFile("acme")));
        assertFalse(Files.exists(brandFile("globex")));
    }

    @Test
    void anImportThatWouldWriteOverABrokenBrandFileChangesNoBrandAtAll() throws Exception {
        // All or nothing: "globex" must not be saved when "acme" cannot be, or the import is half done.
        Files.createDirectories(brandFile("acme").getParent());
        Files.writeString(brandFile("acme"), "{\"id\": \"acme\", \"role\": \"partner\"}");
        Path csv = Files.writeString(workspace.resolve("core.csv"),
                "brand,type,text\nglobex,brand-name,Globex\nacme,brand-name,Acme\n");
        for (boolean dryRun : List.of(true, false)) {
            ImportReport report = registry.importFile(csv, dryRun);
            assertFalse(report.applied());
            assertEquals(1, report.problems().size(), report.problems().toString());
            assertTrue(report.problems().get(0).startsWith(brandFile("acme") + ":1:"), report.problems().get(0));
            assertTrue(report.problems().get(0).contains("will not write over it"), report.problems().get(0));
            assertFalse(Files.exists(brandFile("globex")), "dry run " + dryRun);
        }
    }

    @Test
    void jsonFilesAreRecognisedByTheirExtensionInAnyCase() throws Exception {
        registry.save(acme());
        Path json = Files.writeString(workspace.resolve("EXPORT.JSON"), registry.export(CoreFormat.JSON));
        ImportReport report = registry.importFile(json, true);
        assertEquals(List.of(), report.problems());
        assertEquals(2, report.updated());
    }

    @Test
    void aMissingFileIsAnErrorThatNamesIt() {
        Path missing = workspace.resolve("nope.csv");
        assertEquals("no such file: " + missing, assertThrows(RegistryException.class,
                () -> registry.importFile(missing, false)).getMessage());
    }

    @Test
    void anExportImportedIntoAnotherWorkspaceGivesTheSameBrands(@TempDir Path other) throws Exception {
        registry.save(RegistryFixtures.brand("sber", "Сбербанк", BrandRole.OWN,
                new KeywordEntry("sberbank", EntryType.BRAND_NAME, "Сбербанк", List.of("ru"), MatchOptions.STEMMED,
                        Set.of("smm"), "", List.of(new Variant("Sberbank", "transliteration", "Latin", 0.9,
                                VariantStatus.ACCEPTED)), KeywordEntry.USER)));
        registry.save(brand("sony", "ソニー", BrandRole.COMPETITOR, entry("soni", EntryType.BRAND_NAME, "ソニー")));
        registry.addGenerator(new SpellingGenerator());
        registry.generateVariants("sony", null, 2);
        for (CoreFormat format : CoreFormat.values()) {
            Path file = Files.writeString(Files.createDirectories(other.resolve(format.name()))
                    .resolve("core." + format.name().toLowerCase(java.util.Locale.ROOT)), registry.export(format));
            KeywordRegistryService target = registry(other.resolve(format.name()), log, 20);
            ImportReport report = target.importFile(file, false);
            assertEquals(List.of(), report.problems(), format.name());
            assertEquals(2, report.brandsCreated());
            List<Brand> imported = target.brands();
            assertEquals(registry.brands().stream().map(Brand::id).toList(),
                    imported.stream().map(Brand::id).toList());
            for (int i = 0; i < imported.size(); i++) {
                Brand was = registry.brands().get(i);
                Brand is = imported.get(i);
                assertEquals(was.entries().stream().map(e -> e.type() + " " + e.text() + " " + e.matchedTexts())
                        .toList(), is.entries().stream().map(e -> e.type() + " " + e.text() + " "
                                + e.matchedTexts()).toList(), format.name());
                if (format == CoreFormat.JSON) {
                    // JSON carries everything, suggestions included.
                    assertEquals(was, new Brand(is.id(), is.name(), is.role(), is.languages(), is.entries().stream()
                            .map(e -> new KeywordEntry(e.id(), e.type(), e.text(), e.languages(), e.match(),
                                    e.modules(), e.note(), e.variants(), KeywordEntry.USER)).toList(), is.rules(),
                            is.channels(), is.note()));
                }
            }
        }
    }

    // ---- listeners ----------------------------------------------------------------------------------------

    @Test
    void aFailingListenerIsLoggedAndDoesNotUndoOrHideTheChange() throws Exception {
        AtomicInteger later = new AtomicInteger();
        registry.addChangeListener(() -> {
            throw new IllegalStateException("view disposed");
        });
        registry.addChangeListener(later::incrementAndGet);
        registry.save(acme());
        assertEquals(1, later.get(), "listeners after the failing one are still told");
        assertTrue(Files.exists(brandFile("acme")));
        assertEquals(List.of("A listener of the keyword registry failed: java.lang.IllegalStateException: view"
                + " disposed"), log.errors());
    }

    @Test
    void aRemovedListenerHearsNothingMore() throws Exception {
        AtomicInteger heard = new AtomicInteger();
        Runnable listener = heard::incrementAndGet;
        registry.addChangeListener(listener);
        registry.save(acme());
        registry.removeChangeListener(listener);
        registry.delete("acme");
        assertEquals(1, heard.get());
    }
}
