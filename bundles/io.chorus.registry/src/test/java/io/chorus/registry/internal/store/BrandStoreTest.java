package io.chorus.registry.internal.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

class BrandStoreTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path workspace;

    private BrandStore store;

    @BeforeEach
    void store() {
        store = new BrandStore(workspace, CLOCK);
    }

    static Brand sberbank() {
        return new Brand("sber", "Сбербанк", BrandRole.OWN, List.of("ru", "en"), List.of(
                new KeywordEntry("sberbank", EntryType.BRAND_NAME, "Сбербанк", List.of("ru"), MatchOptions.STEMMED,
                        Set.of(), "", List.of(
                                new Variant("Sberbank", "transliteration", "Latin spelling", 0.9, VariantStatus.ACCEPTED),
                                new Variant("Cq,th,fyr", "keyboard-layout", "typed with the English layout", 0.3,
                                        VariantStatus.REJECTED)), KeywordEntry.USER),
                new KeywordEntry("sber-online", EntryType.PRODUCT, "Сбербанк Онлайн", List.of("ru"),
                        MatchOptions.fuzzy(1), Set.of("reputation"), "the app", List.of(), KeywordEntry.USER)),
                List.of(new Rule("app", "App complaints", "@sber.products AND (вылетает OR ошибка)",
                        Set.of("reputation"))),
                List.of(new Channel("vk", "vk", ChannelKind.OFFICIAL, "sberbank", "https://vk.com/sberbank", "", ""),
                        new Channel("pikabu-anna", "pikabu", ChannelKind.PERSONA, "anna_sber", "",
                                "Работаю в Сбере", "Europe/Moscow")),
                "");
    }

    @Test
    void roundTripsEveryFieldThroughAFilePeopleCanRead() throws Exception {
        store.save(sberbank());
        Path file = workspace.resolve("registry/brands/sber.json");
        String text = Files.readString(file);
        assertTrue(text.contains("\"type\" : \"brand-name\""), text);
        assertTrue(text.contains("\"match\" : \"stemmed\""), text);
        assertTrue(text.contains("\"status\" : \"rejected\""), text);
        assertTrue(text.contains("Сбербанк Онлайн"), "UTF-8 text as it is:\n" + text);
        assertEquals(sberbank(), new BrandStore(workspace, CLOCK).brands().get("sber"));
    }

    @Test
    void aBrokenFileNamesLineAndFieldAndCostsOnlyItsBrand() throws Exception {
        store.save(sberbank());
        Path broken = Files.writeString(workspace.resolve("registry/brands/acme.json"), """
                {
                  "schema": 1,
                  "id": "acme",
                  "entries": [
                    {"type": "brand-name", "text": "Acme"},
                    {"type": "product", "text": "RoboVac", "match": "fuzy"}
                  ]
                }
                """);
        assertEquals(Set.of("sber"), store.brands().keySet());
        FileFormatException problem = store.problems().get(0);
        assertEquals(6, problem.line(), problem.describe());
        assertEquals("entries[1].match", problem.field());
        assertTrue(problem.describe().startsWith(broken + ":6:"), problem.describe());
        assertTrue(problem.getMessage().contains("\"fuzy\" is not a way of matching"), problem.getMessage());

        Brand acme = new Brand("acme", "Acme", BrandRole.OWN, List.of(), List.of(), List.of(), List.of(), "");
        FileFormatException refused = assertThrows(FileFormatException.class, () -> store.save(acme));
        assertTrue(refused.getMessage().contains("will not write over it"), refused.getMessage());
        assertTrue(Files.readString(broken).contains("fuzy"), "the person's file is untouched");
    }

    @Test
    void syntaxErrorsAndWrongTypesAreExplained() throws Exception {
        Files.createDirectories(workspace.resolve("registry/brands"));
        Files.writeString(workspace.resolve("registry/brands/a.json"), "{\n  \"id\": \"a\",\n  \"entries\": [\n");
        Files.writeString(workspace.resolve("registry/brands/b.json"), "{\"id\": \"b\", \"languages\": \"ru\"}");
        Files.writeString(workspace.resolve("registry/brands/c.json"), "{\"id\": \"Big Co\"}");
        Files.writeString(workspace.resolve("registry/brands/d.json"),
                "{\"id\": \"d\", \"channels\": [{\"platform\": \"reddit\", \"kind\": \"persona\", \"handle\": \"x\"}]}");
        List<String> problems = store.problems().stream().map(FileFormatException::describe).toList();
        assertEquals(4, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("a.json:") && problems.get(0).contains("not valid JSON"), problems.get(0));
        assertTrue(problems.get(1).contains("b.json:1:") && problems.get(1).contains("languages: expected a list of"
                + " strings like [\"en\", \"ru\"], found the string \"ru\""), problems.get(1));
        assertTrue(problems.get(2).contains("\"Big Co\" is not a brand id"), problems.get(2));
        assertTrue(problems.get(3).contains("channels[0].disclosure: persona x needs an affiliation disclosure"),
                problems.get(3));
    }

    @Test
    void handEditsAreReadOnTheNextAccess() throws Exception {
        store.save(sberbank());
        Path file = workspace.resolve("registry/brands/sber.json");
        Files.writeString(file, Files.readString(file).replace("\"name\" : \"Сбербанк\"", "\"name\" : \"Сбер\""));
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));
        assertEquals("Сбер", store.brands().get("sber").name());
    }

    @Test
    void deletingKeepsACopyAside() throws Exception {
        store.save(sberbank());
        assertTrue(store.delete("sber"));
        assertFalse(store.brands().containsKey("sber"));
        assertTrue(Files.exists(workspace.resolve("registry/.deleted/sber-20261124-120000.json")));
        assertFalse(store.delete("sber"));
    }

    @Test
    void entryIdsAreReadableSlugs() {
        assertEquals("sberbank-onlain", EntryIds.slug("Sberbank Onlain!"));
        assertEquals("sberbank-onlajn", EntryIds.slug("Сбербанк Онлайн"));
        assertEquals("soni", EntryIds.slug("ソニー"));
        assertEquals("nestle-cafe", EntryIds.slug("Nestlé Café"));
        assertEquals("acme-2", EntryIds.unique("Acme", Set.of("acme")));
        assertEquals("entry", EntryIds.slug("!!!"));
    }
}
