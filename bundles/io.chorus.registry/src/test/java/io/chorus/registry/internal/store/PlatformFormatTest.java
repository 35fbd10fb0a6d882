package io.chorus.registry.internal.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.chorus.api.platform.Capability;
import io.chorus.api.platform.Platform;
import io.chorus.api.platform.PlatformKind;

class PlatformFormatTest {

    private static final Path FILE = Path.of("registry/platforms.json");

    private static List<Platform> read(String json) throws FileFormatException {
        return PlatformFormat.read(JsonDocument.parse(FILE, json));
    }

    private static FileFormatException mistake(String json) {
        return assertThrows(FileFormatException.class, () -> read(json));
    }

    @Test
    void platformsPeopleDefineReadBackAsWritten() throws Exception {
        List<Platform> platforms = List.of(
                new Platform("forum.ixbt.com", "iXBT", PlatformKind.FORUM, List.of("RU"), List.of("ru"),
                        Set.of(Capability.MONITOR, Capability.READ_METRICS), List.of("forum.ixbt.com"), 0,
                        "Links need a reason.", PlatformFormat.USER),
                new Platform("kakaku", "価格.com", PlatformKind.REVIEW_SITE, List.of(), List.of(), Set.of(), List.of(),
                        1000, "", PlatformFormat.USER));
        String text = JsonDocument.write(PlatformFormat.write(platforms));
        assertTrue(text.contains("\"kind\" : \"review-site\""), text);
        assertTrue(text.contains("\"capabilities\" : [ \"monitor\", \"read-metrics\" ]"), text);
        assertEquals(platforms, read(text));
    }

    @Test
    void aMinimalEntryNeedsOnlyAnId() throws Exception {
        assertEquals(List.of(new Platform("forum.example", "forum.example", PlatformKind.OTHER, List.of(), List.of(),
                Set.of(), List.of(), 0, "", PlatformFormat.USER)), read("{\"platforms\": [{\"id\": \"forum.example\"}]}"));
        assertEquals(List.of(), read("{\"schema\": 1}"));
    }

    @Test
    void whatEveryFieldMustBeIsSaidAtItsPlace() {
        FileFormatException id = mistake("{\"platforms\": [\n {\"id\": \"Forum Example\"}]}");
        assertEquals("platforms[0].id", id.field());
        assertEquals(2, id.line());
        assertTrue(id.getMessage().startsWith("\"Forum Example\" is not a platform id"), id.getMessage());

        FileFormatException twice = mistake("{\"platforms\": [{\"id\": \"a\"},\n {\"id\": \"a\"}]}");
        assertEquals("platforms[1].id", twice.field());
        assertEquals(2, twice.line());
        assertEquals("a second platform \"a\"", twice.getMessage());

        FileFormatException capability = mistake("{\"platforms\": [{\"id\": \"a\", \"capabilities\": [\"post\"]}]}");
        assertEquals("platforms[0].capabilities", capability.field());
        assertEquals("\"post\" is not one of \"monitor\", \"publish\", \"reply\", \"read-metrics\"",
                capability.getMessage());

        assertEquals("must be 0 (unknown) or more",
                mistake("{\"platforms\": [{\"id\": \"a\", \"maxPostLength\": -1}]}").getMessage());
        assertTrue(mistake("{\"platforms\": [{\"id\": \"a\", \"kind\": \"chat\"}]}").getMessage()
                .startsWith("\"chat\" is not one of \"social-network\", \"forum\""));
        assertTrue(mistake("{\"schema\": 9, \"platforms\": []}").getMessage().contains("newer Chorus (schema 9)"));
    }

    @Test
    void capabilitiesAreReadIgnoringCaseAndWithEitherSeparator() throws Exception {
        assertEquals(Set.of(Capability.READ_METRICS, Capability.PUBLISH), read("{\"platforms\": [{\"id\": \"a\","
                + " \"capabilities\": [\"READ_METRICS\", \"Publish\"]}]}").get(0).capabilities());
    }
}
