package io.chorus.registry.internal.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class BrandFormatTest {

    private static final Path FILE = Path.of("registry/brands/acme.json");

    private static Brand read(String json) throws FileFormatException {
        return BrandFormat.read(JsonDocument.parse(FILE, json));
    }

    private static FileFormatException mistake(String json) {
        return assertThrows(FileFormatException.class, () -> read(json));
    }

    @Test
    void aMinimalHandWrittenFileGetsSensibleDefaults() throws Exception {
        Brand brand = read("""
                {"id": "acme",
                 "entries": [{"type": "brand-name", "text": "Acme Robotics",
                              "variants": [{"text": "Akme"}]}],
                 "rules": [{"id": "delivery", "query": "@acme AND delivery"}],
                 "channels": [{"platform": "vk", "handle": "acme_official"}]}
                """);
        assertEquals(new Brand("acme", "acme", BrandRole.OWN, List.of(), List.of(
                new KeywordEntry("acme-robotics", EntryType.BRAND_NAME, "Acme Robotics", List.of(), MatchOptions.EXACT,
                        Set.of(), "", List.of(new Variant("Akme", Variant.MANUAL, "", 1.0, VariantStatus.ACCEPTED)),
                        KeywordEntry.USER)),
                List.of(new Rule("delivery", "delivery", "@acme AND delivery", Set.of())),
                List.of(new Channel("vk-acme_official", "vk", ChannelKind.OFFICIAL, "acme_official", "", "", "")), ""),
                brand);
    }

    @Test
    void everyFieldSurvivesWritingAndReading() throws Exception {
        Brand brand = new Brand("sber", "Сбербанк", BrandRole.COMPETITOR, List.of("ru", "en"), List.of(
                new KeywordEntry("sberbank", EntryType.BRAND_NAME, "Сбербанк", List.of("ru"), MatchOptions.STEMMED,
                        Set.of("smm", "crowd"), "main name", List.of(
                                new Variant("Sberbank", "transliteration", "Latin", 0.9, VariantStatus.PINNED),
                                new Variant("Cq,th,fyr", "keyboard-layout", "", 0.25, VariantStatus.REJECTED),
                                new Variant("Сбербанкк", "typo", "doubled", 0.125, VariantStatus.SUGGESTED)),
                        KeywordEntry.USER),
                new KeywordEntry("crm:online", EntryType.PRODUCT, "Сбербанк Онлайн", List.of(), MatchOptions.fuzzy(2),
                        Set.of(), "", List.of(), "import:core.csv")),
                List.of(new Rule("app", "App", "@sber.products AND ошибка", Set.of("reputation", "smm"))),
                List.of(new Channel("anna", "pikabu", ChannelKind.PERSONA, "anna", "https://pikabu.ru/@anna",
                        "Работаю в Сбере", "Europe/Moscow")),
                "a note \"quoted\"\nover two lines");
        String text = JsonDocument.write(BrandFormat.write(brand));
        assertEquals(brand, read(text));
    }

    @Test
    void writtenFilesAreCompactForPeople() throws Exception {
        Brand brand = read("""
                {"id": "acme", "name": "Acme",
                 "entries": [{"type": "product", "text": "RoboVac", "match": {"mode": "fuzzy", "maxEdits": 2},
                              "modules": ["smm", "crowd"],
                              "variants": [{"text": "Robovak", "generator": "typo", "likelihood": 0.123456}]}]}
                """);
        ObjectNode root = BrandFormat.write(brand);
        assertEquals(1, root.get("schema").asInt());
        assertFalse(root.has("note"), "an empty note is left out");
        JsonNode entry = root.get("entries").get(0);
        assertEquals("product", entry.get("type").asString());
        assertEquals("fuzzy", entry.get("match").get("mode").asString());
        assertEquals(2, entry.get("match").get("maxEdits").asInt());
        assertEquals("[\"crowd\",\"smm\"]", entry.get("modules").toString(), "sets are written sorted, for diffs");
        assertFalse(entry.has("origin"), "the usual origin is left out");
        assertEquals(0.123, entry.get("variants").get(0).get("likelihood").asDouble(), "three decimals are enough");
        assertFalse(entry.get("variants").get(0).has("reason"));
        assertEquals("exact", BrandFormat.writeEntry(new KeywordEntry("a", EntryType.ALIAS, "a", List.of(),
                MatchOptions.EXACT, Set.of(), "", List.of(), "crm")).get("match").asString());
        assertEquals("crm", BrandFormat.writeEntry(new KeywordEntry("a", EntryType.ALIAS, "a", List.of(),
                MatchOptions.EXACT, Set.of(), "", List.of(), "crm")).get("origin").asString());
    }

    @Test
    void matchIsAWordOrAnObject() throws Exception {
        Brand brand = read("""
                {"id": "acme", "entries": [
                  {"id": "a", "type": "alias", "text": "a", "match": "STEMMED"},
                  {"id": "b", "type": "alias", "text": "b", "match": "fuzzy"},
                  {"id": "c", "type": "alias", "text": "c", "match": {"mode": "fuzzy"}},
                  {"id": "d", "type": "alias", "text": "d", "match": {"mode": "fuzzy", "maxEdits": 2}},
                  {"id": "e", "type": "alias", "text": "e", "match": null}
                ]}
                """);
        assertEquals(List.of(MatchOptions.STEMMED, MatchOptions.fuzzy(1), MatchOptions.fuzzy(1), MatchOptions.fuzzy(2),
                MatchOptions.EXACT), brand.entries().stream().map(KeywordEntry::match).toList());
    }

    @Test
    void wrongMatchingIsExplainedAtItsPlace() {
        FileFormatException word = mistake("""
                {"id": "acme", "entries": [
                  {"type": "alias", "text": "a", "match": "fuzy"}]}
                """);
        assertEquals("registry/brands/acme.json:2:43: entries[0].match: \"fuzy\" is not a way of matching; write"
                + " \"exact\", \"stemmed\", \"fuzzy\" or {\"mode\": \"fuzzy\", \"maxEdits\": 2}", word.describe());
        FileFormatException edits = mistake("""
                {"id": "acme", "entries": [
                  {"type": "alias", "text": "a", "match": {"mode": "fuzzy", "maxEdits": 3}}]}
                """);
        assertEquals("entries[0].match.maxEdits", edits.field());
        assertEquals("fuzzy matching allows 1 or 2 edits, not 3", edits.getMessage());
        assertEquals(2, edits.line());
        assertEquals("expected \"exact\", \"stemmed\", \"fuzzy\" or {\"mode\": \"fuzzy\", \"maxEdits\": 2}, found the"
                + " number 1", mistake("{\"id\": \"a\", \"entries\": [{\"type\": \"alias\", \"text\": \"a\","
                        + " \"match\": 1}]}").getMessage());
        assertEquals("\"mode\" is missing; add it as a string", mistake("{\"id\": \"a\", \"entries\": [{\"type\":"
                + " \"alias\", \"text\": \"a\", \"match\": {}}]}").getMessage());
    }

    @Test
    void aFileFromANewerChorusIsRefusedWithWhatToDo() {
        FileFormatException e = mistake("{\"schema\": 2, \"id\": \"acme\"}");
        assertEquals("schema", e.field());
        assertTrue(e.getMessage().contains("newer Chorus (schema 2); update Chorus"), e.getMessage());
    }

    @Test
    void brandIdsMustBeUsableInQueries() {
        FileFormatException e = mistake("{\"id\": \"Acme Co\"}");
        assertEquals("id", e.field());
        assertEquals("\"Acme Co\" is not a brand id: use lower-case letters, digits, '-' and '_' (it is typed in"
                + " queries as @acme co)", e.getMessage());
        assertEquals("\"id\" is missing; add it as a string", mistake("{\"name\": \"Acme\"}").getMessage());
    }

    @Test
    void entriesNeedTypeAndTextAndTheirOwnIds() {
        assertEquals("\"type\" is missing; add it as a string",
                mistake("{\"id\": \"a\", \"entries\": [{\"text\": \"x\"}]}").getMessage());
        assertEquals("\"text\" is missing; add it as a string",
                mistake("{\"id\": \"a\", \"entries\": [{\"type\": \"alias\"}]}").getMessage());
        FileFormatException blank = mistake("{\"id\": \"a\", \"entries\": [{\"type\": \"alias\", \"text\": \"  \"}]}");
        assertEquals("entries[0].text", blank.field());
        assertEquals("an entry needs text", blank.getMessage());
        assertTrue(mistake("{\"id\": \"a\", \"entries\": [{\"type\": \"shop\", \"text\": \"x\"}]}").getMessage()
                .startsWith("\"shop\" is not one of \"brand-name\", \"alias\", \"product\""));
        // Two entries without ids but with the same text would share the id derived from it.
        FileFormatException duplicate = mistake("""
                {"id": "a", "entries": [
                  {"type": "brand-name", "text": "Acme"},
                  {"type": "hashtag", "text": "acme"}]}
                """);
        assertEquals("entries[1].id", duplicate.field());
        assertEquals("a second entry with id \"acme\"; give each entry its own id", duplicate.getMessage());
        assertEquals(3, duplicate.line(), "placed at the entry, since it has no id field");
    }

    @Test
    void variantsNeedTextAndALikelihoodBetweenZeroAndOne() {
        FileFormatException likelihood = mistake("""
                {"id": "a", "entries": [{"type": "alias", "text": "x",
                  "variants": [{"text": "y", "likelihood": 1.5}]}]}
                """);
        assertEquals("entries[0].variants[0].likelihood", likelihood.field());
        assertEquals("must be between 0 and 1", likelihood.getMessage());
        assertEquals(2, likelihood.line());
        assertEquals("a variant needs text", mistake("{\"id\": \"a\", \"entries\": [{\"type\": \"alias\", \"text\":"
                + " \"x\", \"variants\": [{\"text\": \"\"}]}]}").getMessage());
        assertTrue(mistake("{\"id\": \"a\", \"entries\": [{\"type\": \"alias\", \"text\": \"x\", \"variants\":"
                + " [{\"text\": \"y\", \"status\": \"maybe\"}]}]}").getMessage()
                .startsWith("\"maybe\" is not one of \"suggested\", \"accepted\", \"rejected\", \"pinned\""));
    }

    @Test
    void aPersonaWithoutDisclosureIsRefusedAtItsPlace() {
        // Crowd marketing through undisclosed personas is astroturfing; the file must not allow it.
        for (String disclosure : List.of("", ", \"disclosure\": \"\"", ", \"disclosure\": \"   \"")) {
            FileFormatException e = mistake("{\"id\": \"acme\",\n \"channels\": [\n  {\"platform\": \"reddit\","
                    + " \"kind\": \"persona\", \"handle\": \"anna\"" + disclosure + "}]}");
            assertEquals("channels[0].disclosure", e.field());
            assertTrue(e.getMessage().startsWith("persona anna needs an affiliation disclosure, for example \"I work"
                    + " for Acme\""), e.getMessage());
            assertEquals(3, e.line(), e.describe());
        }
    }

    @Test
    void officialChannelsNeedNoDisclosureAndChannelsNeedPlatformAndHandle() throws Exception {
        Brand brand = read("{\"id\": \"acme\", \"channels\": [{\"id\": \"main\", \"platform\": \"vk\", \"kind\":"
                + " \"OFFICIAL\", \"handle\": \"acme\"}]}");
        assertEquals(new Channel("main", "vk", ChannelKind.OFFICIAL, "acme", "", "", ""), brand.channels().get(0));
        assertEquals("\"platform\" is missing; add it as a string", mistake("{\"id\": \"acme\", \"channels\":"
                + " [{\"handle\": \"acme\"}]}").getMessage());
        assertEquals("\"handle\" is missing; add it as a string", mistake("{\"id\": \"acme\", \"channels\":"
                + " [{\"platform\": \"vk\"}]}").getMessage());
    }
}
