package io.chorus.registry.internal.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.chorus.api.platform.Channel;
import io.chorus.api.platform.ChannelKind;
import io.chorus.api.registry.Brand;
import io.chorus.api.registry.BrandRole;
import io.chorus.api.registry.EntryType;
import io.chorus.api.registry.KeywordEntry;
import io.chorus.api.registry.MatchOptions;
import io.chorus.api.registry.Rule;
import io.chorus.api.registry.Variant;
import io.chorus.api.registry.VariantStatus;
import io.chorus.registry.internal.store.JsonDocument;
import tools.jackson.databind.JsonNode;

class SemanticCoreTransferTest {

    private static final Path CSV = Path.of("/clients/acme/core.csv");
    private static final Path JSON = Path.of("/clients/acme/core.json");

    private static KeywordEntry entry(String id, EntryType type, String text, List<String> languages,
                                      MatchOptions match, Set<String> modules, String note, Variant... variants) {
        return new KeywordEntry(id, type, text, languages, match, modules, note, List.of(variants), KeywordEntry.USER);
    }

    private static Variant variant(String text, VariantStatus status) {
        return new Variant(text, "typo", "a typo", 0.5, status);
    }

    /** A brand with every kind of field an export has to carry. */
    static Brand sber() {
        return new Brand("sber", "Сбербанк", BrandRole.OWN, List.of("ru", "en"), List.of(
                entry("sberbank", EntryType.BRAND_NAME, "Сбербанк", List.of("ru"), MatchOptions.STEMMED, Set.of(), "",
                        new Variant("Sberbank", "transliteration", "Latin", 0.9, VariantStatus.ACCEPTED),
                        new Variant("C,th,fyr", "keyboard-layout", "English layout", 0.3, VariantStatus.PINNED),
                        new Variant("Сбербнк", "typo", "dropped letter", 0.2, VariantStatus.REJECTED),
                        new Variant("Сбербанкк", "typo", "doubled letter", 0.1, VariantStatus.SUGGESTED)),
                entry("online", EntryType.PRODUCT, "Сбербанк Онлайн", List.of("ru"), MatchOptions.fuzzy(2),
                        Set.of("smm", "reputation"), "the app, \"not\" the site\nsecond line"),
                entry("card", EntryType.INTENT, "какую карту выбрать", List.of(), MatchOptions.fuzzy(1), Set.of("crowd"),
                        "")),
                List.of(new Rule("app", "App complaints", "@sber.products AND вылетает", Set.of("reputation"))),
                List.of(new Channel("vk", "vk", ChannelKind.OFFICIAL, "sberbank", "https://vk.com/sberbank", "", ""),
                        new Channel("pikabu-anna", "pikabu", ChannelKind.PERSONA, "anna", "", "Работаю в Сбере",
                                "Europe/Moscow")),
                "a client since 2024");
    }

    static Brand sony() {
        return new Brand("sony", "ソニー", BrandRole.COMPETITOR, List.of("ja"), List.of(
                entry("sony", EntryType.BRAND_NAME, "ソニー", List.of("ja"), MatchOptions.EXACT, Set.of(), "",
                        new Variant("ｿﾆｰ", "japanese", "half-width", 0.7, VariantStatus.ACCEPTED))),
                List.of(), List.of(), "");
    }

    /** Entries as they come back from an import: same content, origin of the import. */
    private static Brand withOrigin(Brand brand, String origin) {
        return brand.withEntries(brand.entries().stream().map(e -> new KeywordEntry(e.id(), e.type(), e.text(),
                e.languages(), e.match(), e.modules(), e.note(), e.variants(), origin)).toList());
    }

    // ---- CSV import ---------------------------------------------------------------------------------------

    @Test
    void csvColumnsMayComeInAnyOrderWithNamesInAnyCase() {
        SemanticCoreTransfer.ImportPlan plan = SemanticCoreTransfer.importCsv(CSV, """
                Text,TYPE,Brand,Brand Name,Role,languages,match,modules,note,variants
                RoboVac X,product,ACME,Acme Robotics,competitor,"en;ru,de",fuzzy:2,"crowd; smm",flagship,Robovac;Робовак
                """, List.of());
        assertEquals(List.of(), plan.problems());
        assertEquals(1, plan.added());
        assertEquals(0, plan.updated());
        assertEquals(1, plan.brandsCreated());
        Brand acme = plan.brands().get(0);
        assertEquals("acme", acme.id(), "brand ids are lower-cased");
        assertEquals("Acme Robotics", acme.name());
        assertEquals(BrandRole.COMPETITOR, acme.role());
        KeywordEntry robovac = acme.entries().get(0);
        assertEquals(new KeywordEntry("robovac-x", EntryType.PRODUCT, "RoboVac X", List.of("en", "ru", "de"),
                MatchOptions.fuzzy(2), Set.of("crowd", "smm"), "flagship", List.of(
                        new Variant("Robovac", Variant.MANUAL, "imported", 1.0, VariantStatus.ACCEPTED),
                        new Variant("Робовак", Variant.MANUAL, "imported", 1.0, VariantStatus.ACCEPTED)),
                "import:core.csv"), robovac);
    }

    @Test
    void typesMayBeWrittenAsInFilesWithUnderscoresOrAsTheirQueryGroup() {
        SemanticCoreTransfer.ImportPlan plan = SemanticCoreTransfer.importCsv(CSV, """
                brand,type,text
                acme,brand-name,Acme
                acme,Brand_Name,Acme Robotics
                acme,brand name,ACME Corp
                acme,products,RoboVac
                acme,exclusions,acme anvil
                acme,context,robot
                acme,HASHTAG,#acme
                """, List.of());
        assertEquals(List.of(), plan.problems());
        assertEquals(List.of(EntryType.BRAND_NAME, EntryType.BRAND_NAME, EntryType.BRAND_NAME, EntryType.PRODUCT,
                EntryType.EXCLUSION, EntryType.CONTEXT, EntryType.HASHTAG),
                plan.brands().get(0).entries().stream().map(KeywordEntry::type).toList());
    }

    @Test
    void everyWrongRowIsListedWithFileLineAndWhatToDoAndNothingIsPlanned() {
        SemanticCoreTransfer.ImportPlan plan = SemanticCoreTransfer.importCsv(CSV, """
                brand,type,text,match,role
                acme,brand-name,Acme,,
                acme,shop,Main Street 1,,
                acme,product,RoboVac,fuzy,
                acme,product,,,
                ,product,RoboMop,,
                Big Co,product,Anvil,,
                acme,product,Hammer,,partner
                acme,product,Rope,fuzzy:3,
                """, List.of());
        assertFalse(plan.isValid());
        assertEquals(List.of(), plan.brands(), "all or nothing: a plan with mistakes changes no brand");
        List<String> problems = plan.problems();
        assertEquals(7, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith(CSV + ":3: type \"shop\" is not one of brand-name, alias, product"),
                problems.get(0));
        assertTrue(problems.get(1).startsWith(CSV + ":4: match \"fuzy\" is not exact, stemmed, fuzzy or fuzzy:2"),
                problems.get(1));
        assertEquals(CSV + ":5: the text is empty", problems.get(2));
        assertEquals(CSV + ":6: the brand is empty", problems.get(3));
        assertTrue(problems.get(4).startsWith(CSV + ":7: brand \"big co\" is not a brand id")
                && problems.get(4).contains("put the display name in the column brand_name"), problems.get(4));
        assertEquals(CSV + ":8: role \"partner\" is not own or competitor", problems.get(5));
        assertTrue(problems.get(6).startsWith(CSV + ":9: match \"fuzzy:3\""), problems.get(6));
    }

    @Test
    void unknownAndMissingColumnsAreReportedOnTheHeaderLine() {
        SemanticCoreTransfer.ImportPlan plan = SemanticCoreTransfer.importCsv(CSV, "brand,kind,text\nacme,x,y\n",
                List.of());
        assertEquals(List.of(CSV + ":1: unknown column \"kind\"; columns are brand, brand_name, role, type, text,"
                + " languages, match, modules, note, variants", CSV + ":1: the column \"type\" is missing"),
                plan.problems());
        assertEquals(List.of(), plan.brands());
    }

    @Test
    void anEmptyFileSaysWhichColumnsTheFirstLineNames() {
        for (String empty : List.of("", "\uFEFF", "\n\n", ",,\n")) {
            SemanticCoreTransfer.ImportPlan plan = SemanticCoreTransfer.importCsv(CSV, empty, List.of());
            assertEquals(1, plan.problems().size());
            assertTrue(plan.problems().get(0).startsWith(CSV + ": the file is empty; the first line names the"
                    + " columns: brand,brand_name"), plan.problems().get(0));
        }
    }

    @Test
    void csvSyntaxErrorsBecomeProblemsWithTheirLine() {
        SemanticCoreTransfer.ImportPlan plan = SemanticCoreTransfer.importCsv(CSV,
                "brand,type,text\nacme,product,\"RoboVac\nacme,product,RoboMop\n", List.of());
        assertEquals(List.of(CSV + ":2: a quoted cell is never closed; add the closing quote"), plan.problems());
    }

    @Test
    void aRowWithMoreCellsThanTheHeaderIsAMistakeNotASilentlyCutText() {
        // "Acme, Inc." without quotes is two cells; taking "Acme" and dropping " Inc." would lose data unseen.
        SemanticCoreTransfer.ImportPlan plan = SemanticCoreTransfer.importCsv(CSV,
                "brand,type,text\nacme,brand-name,Acme, Inc.\nacme,product,RoboVac,\n", List.of());
        assertEquals(1, plan.problems().size(), plan.problems().toString());
        assertTrue(plan.problems().get(0).startsWith(CSV + ":2: 4 cells, but the header names 3 columns"),
                plan.problems().get(0));
        assertTrue(plan.problems().get(0).contains("quotes"), "says what to do: " + plan.problems().get(0));
    }

    @Test
    void rowsWithTrailingCellsLeftOutReadThemAsEmpty() {
        // Hand-written files often stop after the last filled cell.
        SemanticCoreTransfer.ImportPlan plan = SemanticCoreTransfer.importCsv(CSV,
                "brand,type,text,languages,note\nacme,product,RoboVac\n", List.of());
        assertEquals(List.of(), plan.problems());
        KeywordEntry entry = plan.brands().get(0).entries().get(0);
        assertEquals(List.of(), entry.languages());
        assertEquals("", entry.note());
    }

    @Test
    void excelFilesWithBomSemicolonsAndCrlfImportCyrillicAndJapanese() {
        String excel = "\uFEFFbrand;brand_name;type;text;languages;variants\r\n"
                + "sber;Сбербанк;brand-name;Сбербанк;ru;Sberbank;Сбер банк\r\n"
                + "sony;ソニー;brand-name;ソニー;ja;\r\n";
        // With ';' as separator the variants cell cannot hold ';': its second value is a cell of its own...
        SemanticCoreTransfer.ImportPlan wrong = SemanticCoreTransfer.importCsv(CSV, excel, List.of());
        assertEquals(1, wrong.problems().size(), wrong.problems().toString());
        // ...so Excel quotes it.
        SemanticCoreTransfer.ImportPlan plan = SemanticCoreTransfer.importCsv(CSV,
                excel.replace("Sberbank;Сбер банк", "\"Sberbank;Сбер банк\""), List.of());
        assertEquals(List.of(), plan.problems());
        assertEquals(2, plan.brandsCreated());
        Brand sber = plan.brands().get(0);
        assertEquals("Сбербанк", sber.name());
        assertEquals(List.of("Sberbank", "Сбер банк"),
                sber.entries().get(0).variants().stream().map(Variant::text).toList());
        assertEquals("ソニー", plan.brands().get(1).entries().get(0).text());
        assertEquals("soni", plan.brands().get(1).entries().get(0).id(), "ids are ASCII, to type in commands");
    }

    @Test
    void aRowUpdatesTheEntryOfTheSameBrandTypeAndTextIgnoringCase() {
        Brand existing = sber();
        SemanticCoreTransfer.ImportPlan plan = SemanticCoreTransfer.importCsv(CSV, """
                brand,brand_name,type,text,languages,match,modules,note,variants
                sber,Another Name,brand-name,СБЕРБАНК,,,,main name,SBERBANK;Сбер-банк
                sber,,product,Сбербанк Онлайн,en,,,,
                """, List.of(existing));
        assertEquals(List.of(), plan.problems());
        assertEquals(0, plan.added());
        assertEquals(2, plan.updated());
        assertEquals(0, plan.brandsCreated());
        Brand sber = plan.brands().get(0);
        assertEquals("Сбербанк", sber.name(), "an existing brand keeps its name");
        assertEquals(List.of("ru", "en"), sber.languages());
        assertEquals(existing.rules(), sber.rules());
        assertEquals(existing.channels(), sber.channels());
        KeywordEntry name = sber.entry("sberbank").orElseThrow();
        assertEquals("Сбербанк", name.text(), "the entry keeps its own spelling");
        assertEquals(List.of("ru"), name.languages(), "an empty cell keeps what was there");
        assertEquals(MatchOptions.STEMMED, name.match(), "an empty match keeps what was there");
        assertEquals("main name", name.note());
        assertEquals(KeywordEntry.USER, name.origin());
        // "SBERBANK" is the accepted "Sberbank" already; only the new spelling is added, and decisions stand.
        assertEquals(List.of("Sberbank:ACCEPTED", "C,th,fyr:PINNED", "Сбербнк:REJECTED", "Сбербанкк:SUGGESTED",
                "Сбер-банк:ACCEPTED"), name.variants().stream().map(v -> v.text() + ":" + v.status()).toList());
        KeywordEntry online = sber.entry("online").orElseThrow();
        assertEquals(List.of("en"), online.languages());
        assertEquals(MatchOptions.fuzzy(2), online.match());
        assertEquals(Set.of("smm", "reputation"), online.modules());
    }

    @Test
    void anEntryWhoseIdIsTakenGetsTheNextFreeOne() {
        SemanticCoreTransfer.ImportPlan plan = SemanticCoreTransfer.importCsv(CSV, """
                brand,type,text
                acme,brand-name,Acme
                acme,hashtag,Acme
                acme,context,acme!
                """, List.of());
        assertEquals(List.of("acme", "acme-2", "acme-3"),
                plan.brands().get(0).entries().stream().map(KeywordEntry::id).toList());
        assertEquals(3, plan.added());
    }

    @Test
    void aRepeatedRowUpdatesTheEntryItsFirstCopyAdded() {
        SemanticCoreTransfer.ImportPlan plan = SemanticCoreTransfer.importCsv(CSV, """
                brand,type,text,note
                acme,brand-name,Acme,
                acme,brand-name,acme,the second says this
                """, List.of());
        assertEquals(1, plan.brands().get(0).entries().size());
        assertEquals("the second says this", plan.brands().get(0).entries().get(0).note());
        assertEquals(1, plan.added());
        assertEquals(1, plan.updated());
    }

    @Test
    void untouchedBrandsAreNotPartOfThePlan() {
        SemanticCoreTransfer.ImportPlan plan = SemanticCoreTransfer.importCsv(CSV,
                "brand,type,text\nacme,brand-name,Acme\n", List.of(sber(), sony()));
        assertEquals(List.of("acme"), plan.brands().stream().map(Brand::id).toList());
    }

    // ---- JSON import --------------------------------------------------------------------------------------

    @Test
    void aJsonExportImportsIntoAnEmptyWorkspaceAsTheSameBrands() {
        String exported = SemanticCoreTransfer.exportJson(List.of(sber(), sony()));
        SemanticCoreTransfer.ImportPlan plan = SemanticCoreTransfer.importJson(JSON, exported, List.of());
        assertEquals(List.of(), plan.problems());
        assertEquals(4, plan.added());
        assertEquals(2, plan.brandsCreated());
        // Everything survives, decisions included; only the origin says where the entries came from.
        assertEquals(List.of(withOrigin(sber(), "import:core.json"), withOrigin(sony(), "import:core.json")),
                plan.brands());
    }

    @Test
    void reimportingAnExportChangesNothing() {
        SemanticCoreTransfer.ImportPlan json = SemanticCoreTransfer.importJson(JSON,
                SemanticCoreTransfer.exportJson(List.of(sber(), sony())), List.of(sber(), sony()));
        assertEquals(List.of(), json.problems());
        assertEquals(0, json.added());
        assertEquals(4, json.updated());
        assertEquals(List.of(sber(), sony()), json.brands());

        SemanticCoreTransfer.ImportPlan csv = SemanticCoreTransfer.importCsv(CSV,
                SemanticCoreTransfer.exportCsv(List.of(sber(), sony())), List.of(sber(), sony()));
        assertEquals(List.of(), csv.problems());
        assertEquals(4, csv.updated());
        assertEquals(List.of(sber(), sony()), csv.brands());
    }

    @Test
    void aSingleBrandFileImportsToo() {
        String file = JsonDocument.write(io.chorus.registry.internal.store.BrandFormat.write(sony()));
        SemanticCoreTransfer.ImportPlan plan = SemanticCoreTransfer.importJson(JSON, file, List.of());
        assertEquals(List.of(withOrigin(sony(), "import:core.json")), plan.brands());
    }

    @Test
    void importedRulesAndChannelsReplaceThoseWithTheSameIdAndAddTheRest() {
        Brand existing = new Brand("sber", "Сбер (ours)", BrandRole.OWN, List.of("ru"), List.of(),
                List.of(new Rule("app", "old", "@sber", Set.of()), new Rule("mine", "Mine", "@sber AND x", Set.of())),
                List.of(), "ours");
        SemanticCoreTransfer.ImportPlan plan = SemanticCoreTransfer.importJson(JSON,
                SemanticCoreTransfer.exportJson(List.of(sber())), List.of(existing));
        Brand merged = plan.brands().get(0);
        assertEquals("Сбер (ours)", merged.name(), "an existing brand keeps its name, role and note");
        assertEquals("ours", merged.note());
        assertEquals(List.of("mine", "app"), merged.rules().stream().map(Rule::id).toList());
        assertEquals("App complaints", merged.rules().get(1).name());
        assertEquals(sber().channels(), merged.channels());
        assertEquals(0, plan.brandsCreated());
        assertEquals(3, plan.added());
    }

    @Test
    void aJsonSyntaxErrorNamesFileLineAndColumn() {
        SemanticCoreTransfer.ImportPlan plan = SemanticCoreTransfer.importJson(JSON, """
                {"schema": 1, "brands": [
                  {"id": "acme", "entries": [
                    {"type": "brand-name" "text": "Acme"}
                  ]}
                ]}
                """, List.of());
        assertEquals(1, plan.problems().size());
        assertTrue(plan.problems().get(0).startsWith(JSON + ":3:27: not valid JSON:"), plan.problems().get(0));
        assertEquals(List.of(), plan.brands());
    }

    @Test
    void aMistakeInsideOneOfSeveralBrandsIsPlacedInTheFileAsWritten() {
        // Nested brands are re-read one by one; the position must still be that of the original file.
        SemanticCoreTransfer.ImportPlan plan = SemanticCoreTransfer.importJson(JSON, """
                {
                  "schema": 1,
                  "brands": [
                    {"id": "acme", "entries": [{"type": "brand-name", "text": "Acme"}]},
                    {"id": "sber",
                     "entries": [
                       {"type": "brand-name", "text": "Сбербанк"},
                       {"type": "product", "text": "Онлайн", "match": "fuzy"}
                     ]}
                  ]
                }
                """, List.of());
        assertEquals(1, plan.problems().size());
        String problem = plan.problems().get(0);
        assertTrue(problem.startsWith(JSON + ":8:55: brands[1].entries[1].match: \"fuzy\" is not a way of matching"),
                problem);
        assertEquals(0, plan.added(), "a plan with mistakes counts nothing");
    }

    @Test
    void duplicateEntryIdsAndMissingFieldsInJsonAreLocated() {
        SemanticCoreTransfer.ImportPlan duplicate = SemanticCoreTransfer.importJson(JSON, """
                {"brands": [
                  {"id": "acme", "entries": [
                    {"id": "acme", "type": "brand-name", "text": "Acme"},
                    {"id": "acme", "type": "alias", "text": "ACME Corp"}
                  ]}
                ]}
                """, List.of());
        assertTrue(duplicate.problems().get(0).startsWith(JSON + ":4:12: brands[0].entries[1].id: a second entry"
                + " with id \"acme\"; give each entry its own id"), duplicate.problems().toString());

        SemanticCoreTransfer.ImportPlan missing = SemanticCoreTransfer.importJson(JSON,
                "{\"brands\": [\n  {\"name\": \"No id\"}\n]}", List.of());
        assertTrue(missing.problems().get(0).startsWith(JSON + ":2:3: brands[0]: \"id\" is missing; add it as a"
                + " string"), missing.problems().toString());
    }

    // ---- export -------------------------------------------------------------------------------------------

    @Test
    void csvExportHasOneRowPerEntryWithOnlyTheVariantsUsedForMatching() throws Exception {
        String csv = SemanticCoreTransfer.exportCsv(List.of(sber(), sony()));
        List<CsvTable.Row> rows = CsvTable.parse(csv);
        assertEquals(SemanticCoreTransfer.COLUMNS, rows.get(0).cells());
        assertEquals(5, rows.size());
        assertEquals(List.of("sber", "Сбербанк", "own", "brand-name", "Сбербанк", "ru", "stemmed", "", "",
                "Sberbank;C,th,fyr"), rows.get(1).cells(), "accepted and pinned, not rejected or suggested");
        assertEquals(List.of("sber", "Сбербанк", "own", "product", "Сбербанк Онлайн", "ru", "fuzzy:2",
                "reputation;smm", "the app, \"not\" the site\nsecond line", ""), rows.get(2).cells());
        assertEquals("fuzzy", rows.get(3).cells().get(6));
        assertEquals(List.of("sony", "ソニー", "competitor", "brand-name", "ソニー", "ja", "exact", "", "", "ｿﾆｰ"),
                rows.get(4).cells());
    }

    @Test
    void aCsvExportImportsIntoAnEmptyWorkspaceWithEverythingACsvCanHold() {
        SemanticCoreTransfer.ImportPlan plan = SemanticCoreTransfer.importCsv(CSV,
                SemanticCoreTransfer.exportCsv(List.of(sber(), sony())), List.of());
        assertEquals(List.of(), plan.problems());
        assertEquals(2, plan.brandsCreated());
        assertEquals(4, plan.added());
        for (Brand original : List.of(sber(), sony())) {
            Brand back = plan.brands().stream().filter(b -> b.id().equals(original.id())).findFirst().orElseThrow();
            assertEquals(original.name(), back.name());
            assertEquals(original.role(), back.role());
            assertEquals(original.entries().size(), back.entries().size());
            for (int i = 0; i < original.entries().size(); i++) {
                KeywordEntry was = original.entries().get(i);
                KeywordEntry is = back.entries().get(i);
                assertEquals(List.of(was.type(), was.text(), was.languages(), was.match(), was.modules(), was.note(),
                        was.matchedTexts()), List.of(is.type(), is.text(), is.languages(), is.match(), is.modules(),
                        is.note(), is.matchedTexts()), was.text());
            }
        }
    }

    @Test
    void anExportOfANewerChorusIsRefusedAtItsSchema() {
        SemanticCoreTransfer.ImportPlan plan = SemanticCoreTransfer.importJson(JSON,
                "{\n  \"schema\": 7,\n  \"brands\": []\n}", List.of());
        assertEquals(List.of("core.json:2:13: schema: this file was written by a newer Chorus (schema 7); update Chorus to "
                + "import it"), plan.problems().stream().map(p -> p.replaceFirst("^.*core\\.json", "core.json"))
                .toList());
    }

    @Test
    void aSemicolonInsideAVariantSurvivesTheRoundTrip() {
        // "Жук" typed on the English layout is ";er": read as two variants it would become "er", which matches a lot
        assertEquals(List.of(";er", "a\\b", "Жук"), SemanticCoreTransfer.variants("\\;er; a\\\\b ;;Жук"));
        assertEquals("\\;er;a\\\\b;Жук", SemanticCoreTransfer.variantsCell(List.of(";er", "a\\b", "Жук")));
        assertEquals(List.of("C:\\x"), SemanticCoreTransfer.variants("C:\\x"), "other backslashes are text");
        Brand zhuk = new Brand("zhuk", "Жук", BrandRole.OWN, List.of("ru"), List.of(entry("zhuk", EntryType.BRAND_NAME,
                "Жук", List.of("ru"), MatchOptions.EXACT, Set.of(), "",
                new Variant(";er", "keyboard-layout", "", 0.5, VariantStatus.ACCEPTED))), List.of(), List.of(), "");
        SemanticCoreTransfer.ImportPlan plan = SemanticCoreTransfer.importCsv(CSV,
                SemanticCoreTransfer.exportCsv(List.of(zhuk)), List.of());
        assertEquals(List.of("Жук", ";er"), plan.brands().get(0).entries().get(0).matchedTexts());
    }

    @Test
    void jsonExportIsOneVersionedDocumentWithEveryBrand() throws Exception {
        String json = SemanticCoreTransfer.exportJson(List.of(sber(), sony()));
        JsonNode root = JsonDocument.parse(JSON, json).root();
        assertEquals(1, root.get("schema").asInt());
        assertEquals(2, root.get("brands").size());
        assertEquals("sber", root.get("brands").get(0).get("id").asString());
        assertEquals("ソニー", root.get("brands").get(1).get("name").asString());
        assertTrue(json.contains("\"name\" : \"ソニー\""), "written as readable text, not escapes:\n" + json);
    }
}
