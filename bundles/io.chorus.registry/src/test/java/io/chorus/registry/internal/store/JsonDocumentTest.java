package io.chorus.registry.internal.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.chorus.api.registry.EntryType;
import io.chorus.api.registry.MatchMode;
import tools.jackson.databind.node.ObjectNode;

class JsonDocumentTest {

    private static final Path FILE = Path.of("registry/brands/acme.json");

    private static final String ACME = """
            {
              "schema": 1,
              "id": "acme",
              "languages": ["en", 7],
              "entries": [
                {"type": "brand-name", "text": "Acme"},
                {"type": "product",
                 "text": "RoboVac",
                 "match": {"mode": "fuzzy", "maxEdits": "two"}}
              ],
              "count": 1.5,
              "flag": true
            }
            """;

    private static JsonDocument acme() throws FileFormatException {
        return JsonDocument.parse(FILE, ACME);
    }

    @Test
    void syntaxErrorsNameLineAndColumnInOneLine() {
        FileFormatException e = assertThrows(FileFormatException.class, () -> JsonDocument.parse(FILE,
                "{\n  \"id\": \"acme\",\n  \"name\": \"Сбербанк\" \"role\": \"own\"\n}"));
        assertEquals(3, e.line());
        assertEquals(22, e.column(), "columns count characters, not the bytes of the Cyrillic name");
        assertEquals("", e.field());
        assertTrue(e.getMessage().startsWith("not valid JSON: Unexpected character"), e.getMessage());
        assertTrue(!e.getMessage().contains("\n"), "one line, without Jackson's source excerpt: " + e.getMessage());
        assertTrue(e.describe().startsWith("registry/brands/acme.json:3:22: not valid JSON"), e.describe());
    }

    @Test
    void anUnfinishedFileIsASyntaxErrorAtItsEnd() {
        FileFormatException e = assertThrows(FileFormatException.class,
                () -> JsonDocument.parse(FILE, "{\n  \"id\": \"acme\",\n  \"entries\": [\n"));
        assertEquals(4, e.line(), e.describe());
        assertTrue(e.getMessage().startsWith("not valid JSON:"), e.getMessage());
    }

    @Test
    void aSecondValueAfterTheObjectIsAMistake() {
        // Two objects pasted one after the other must not silently lose the second.
        FileFormatException e = assertThrows(FileFormatException.class,
                () -> JsonDocument.parse(FILE, "{\"id\": \"a\"}\n{\"id\": \"b\"}"));
        assertEquals(2, e.line());
    }

    @Test
    void aKeyWrittenTwiceIsAMistakeAtItsSecondPlace() {
        // A hand edit that adds "match" again must not silently replace the first one.
        FileFormatException e = assertThrows(FileFormatException.class,
                () -> JsonDocument.parse(FILE, "{\"id\": \"a\",\n \"id\": \"b\"}"));
        assertEquals(2, e.line(), e.describe());
        assertTrue(e.getMessage().contains("Duplicate") && e.getMessage().contains("id"), e.getMessage());
    }

    @Test
    void anEmptyFileSaysWhatToDo() {
        for (String empty : List.of("", "  \n\t")) {
            FileFormatException e = assertThrows(FileFormatException.class, () -> JsonDocument.parse(FILE, empty));
            assertEquals("registry/brands/acme.json:1:1: the file is empty; restore it from a backup or delete it",
                    e.describe());
        }
    }

    @Test
    void commentsAndTrailingCommasOfHandEditedFilesAreAccepted() throws Exception {
        JsonDocument document = JsonDocument.parse(FILE, """
                {
                  // the client's own brand
                  "id": "acme", /* lower case */
                  "languages": ["en", "ru",],
                }
                """);
        assertEquals(List.of("en", "ru"), document.strings(document.object(), "", "languages"));
    }

    @Test
    void theRootMustBeAnObject() {
        FileFormatException e = assertThrows(FileFormatException.class,
                () -> JsonDocument.parse(FILE, "[{\"id\": \"acme\"}]").object());
        assertEquals("the file must hold one JSON object, not a list", e.getMessage());
        assertEquals(1, e.line());
    }

    @Test
    void fieldPathsAreLocatedAtTheirValue() throws Exception {
        JsonDocument document = acme();
        assertArrayEquals(new int[] {3, 9}, document.locate("id"));
        assertArrayEquals(new int[] {4, 23}, document.locate("languages[1]"));
        assertArrayEquals(new int[] {6, 5}, document.locate("entries[0]"));
        assertArrayEquals(new int[] {6, 36}, document.locate("entries[0].text"));
        assertArrayEquals(new int[] {9, 15}, document.locate("entries[1].match"));
        assertArrayEquals(new int[] {9, 45}, document.locate("entries[1].match.maxEdits"));
        assertArrayEquals(new int[] {1, 1}, document.locate(""));
    }

    @Test
    void aFieldThatIsNotThereIsPlacedAtTheClosestEnclosingValue() throws Exception {
        JsonDocument document = acme();
        assertArrayEquals(new int[] {6, 5}, document.locate("entries[0].match"), "the entry that lacks it");
        assertArrayEquals(new int[] {1, 1}, document.locate("name"), "the whole object");
        // "entries[1]" is not an enclosing value of "entries[10]".
        assertArrayEquals(new int[] {5, 14}, document.locate("entries[10].text"));
    }

    @Test
    void wrongValuesSayWhatWasExpectedAndWhatWasFound() throws Exception {
        JsonDocument document = acme();
        ObjectNode root = document.object();
        FileFormatException languages = assertThrows(FileFormatException.class,
                () -> document.strings(root, "", "languages"));
        assertEquals("languages[1]", languages.field());
        assertEquals("expected a string, found the number 7", languages.getMessage());
        assertEquals(4, languages.line());

        ObjectNode match = (ObjectNode) document.objects(root, "", "entries").get(1).get("match");
        FileFormatException edits = assertThrows(FileFormatException.class,
                () -> document.integer(match, "entries[1].match", "maxEdits", 1));
        assertEquals("registry/brands/acme.json:9:45: entries[1].match.maxEdits: expected a whole number, found the"
                + " string \"two\"", edits.describe());

        assertEquals("expected a string, found a list", assertThrows(FileFormatException.class,
                () -> document.text(root, "", "entries", true)).getMessage());
        assertEquals("expected a whole number, found the number 1.5", assertThrows(FileFormatException.class,
                () -> document.integer(root, "", "count", 0)).getMessage());
        assertEquals("expected a number, found true", assertThrows(FileFormatException.class,
                () -> document.number(root, "", "flag", 0)).getMessage());
        assertEquals("expected a list of objects, found the string \"acme\"", assertThrows(FileFormatException.class,
                () -> document.objects(root, "", "id")).getMessage());
        FileFormatException notObject = assertThrows(FileFormatException.class,
                () -> document.objects(root, "", "languages"));
        assertEquals("languages[0]", notObject.field());
        assertEquals("expected an object, found the string \"en\"", notObject.getMessage());
    }

    @Test
    void missingValuesAreEitherRequiredOrTheirDefault() throws Exception {
        JsonDocument document = JsonDocument.parse(FILE, "{\"id\": \"acme\", \"note\": null}");
        ObjectNode root = document.object();
        assertEquals("", document.text(root, "", "note", false));
        assertEquals(3, document.integer(root, "", "schema", 3));
        assertEquals(0.5, document.number(root, "", "likelihood", 0.5));
        assertEquals(List.of(), document.strings(root, "", "languages"));
        assertEquals(List.of(), document.objects(root, "", "entries"));
        FileFormatException name = assertThrows(FileFormatException.class,
                () -> document.text(root, "", "name", true));
        assertEquals("\"name\" is missing; add it as a string", name.getMessage());
        assertEquals("", name.field(), "reported at the object that lacks it");
    }

    @Test
    void enumsAreWrittenInLowerCaseWithHyphensAndReadIgnoringCase() throws Exception {
        assertEquals("brand-name", JsonDocument.spelling(EntryType.BRAND_NAME));
        JsonDocument document = JsonDocument.parse(FILE,
                "{\"a\": \"Brand-Name\", \"b\": \"brand_name\", \"c\": \"\"}");
        ObjectNode root = document.object();
        assertEquals(EntryType.BRAND_NAME, document.choice(root, "", "a", EntryType.class, null));
        FileFormatException underscore = assertThrows(FileFormatException.class,
                () -> document.choice(root, "", "b", EntryType.class, null));
        assertTrue(underscore.getMessage().startsWith("\"brand_name\" is not one of \"brand-name\", \"alias\","),
                underscore.getMessage());
        assertEquals(MatchMode.STEMMED, document.choice(root, "", "c", MatchMode.class, MatchMode.STEMMED),
                "an empty value takes the default");
        assertEquals(MatchMode.STEMMED, document.choice(root, "", "missing", MatchMode.class, MatchMode.STEMMED));
        assertEquals("\"missing\" is missing; add it as a string", assertThrows(FileFormatException.class,
                () -> document.choice(root, "", "missing", MatchMode.class, null)).getMessage());
    }

    @Test
    void writtenJsonIsPrettyEndsWithALineBreakAndReadsBack() throws Exception {
        ObjectNode node = JsonDocument.newObject();
        node.put("name", "Сбербанк ソニー");
        node.putArray("languages").add("ru").add("ja");
        String text = JsonDocument.write(node);
        assertTrue(text.contains("\"name\" : \"Сбербанк ソニー\""), text);
        assertTrue(text.endsWith(System.lineSeparator()), "a final line break keeps diffs clean");
        assertEquals(node, JsonDocument.parse(FILE, text).root());
    }

    @Test
    void joinBuildsFieldPaths() {
        assertEquals("id", JsonDocument.join("", "id"));
        assertEquals("entries[2].match", JsonDocument.join("entries[2]", "match"));
    }
}
