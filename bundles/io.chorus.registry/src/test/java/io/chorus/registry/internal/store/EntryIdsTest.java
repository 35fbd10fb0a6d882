package io.chorus.registry.internal.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class EntryIdsTest {

    @Test
    void slugsAreAsciiSoPeopleCanTypeThemOnAnyKeyboard() {
        assertEquals("robovac-x-2000", EntryIds.slug("  RoboVac X  2000!! "));
        assertEquals("soni", EntryIds.slug("ソニー"));
        assertEquals("gandamu", EntryIds.slug("ガンダム"), "voiced kana keep their sound");
        assertEquals("kakuu-kartu-vybrat", EntryIds.slug("Какую карту выбрать?"));
        assertEquals("cafe-creme", EntryIds.slug("Café Crème"));
        assertEquals("acme", EntryIds.slug("#acme"));
        assertEquals("entry", EntryIds.slug("   "));
        assertEquals("entry", EntryIds.slug("\uD83D\uDE80"), "an emoji alone leaves nothing to keep");
    }

    @Test
    void slugsOfLongTextsStayShortAndNeverEndWithAHyphen() {
        String slug = EntryIds.slug("which robot vacuum cleaner should I buy for a flat with two cats and a dog");
        assertTrue(slug.length() <= 48, slug);
        assertTrue(!slug.endsWith("-"), slug);
        assertEquals("a".repeat(47), EntryIds.slug("a".repeat(47) + " b"));
    }

    @Test
    void uniqueIdsCountUpFromTwo() {
        assertEquals("acme", EntryIds.unique("Acme", Set.of("robovac")));
        assertEquals("acme-3", EntryIds.unique("ACME", List.of("acme", "acme-2")));
    }

    @Test
    void fileFormatExceptionsDescribeThemselvesAsEditorsExpect() {
        Path file = Path.of("registry", "brands", "acme.json");
        assertEquals(file + ":12:9: entries[2].match: wrong",
                new FileFormatException(file, 12, 9, "entries[2].match", "wrong").describe());
        assertEquals(file + ":12: wrong", new FileFormatException(file, 12, 0, "", "wrong").describe());
        assertEquals(file + ": id: wrong", new FileFormatException(file, 0, 0, "id", "wrong").describe());
        assertEquals(file + ": wrong", new FileFormatException(file, 0, 5, "", "wrong").toString(),
                "a column without a line means nothing");
    }
}
