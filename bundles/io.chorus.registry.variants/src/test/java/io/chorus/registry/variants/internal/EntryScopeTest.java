package io.chorus.registry.variants.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class EntryScopeTest {

    @Test
    void withoutLanguagesLatinAndCyrillicCrossOver() {
        EntryScope latin = EntryScope.of("Samsung", List.of());
        EntryScope cyrillic = EntryScope.of("Сбербанк", List.of());

        assertEquals(Script.LATIN, latin.script());
        assertTrue(latin.allows(Script.CYRILLIC));
        assertFalse(latin.allows(Script.JAPANESE));
        assertTrue(cyrillic.allows(Script.LATIN));
        assertTrue(EntryScope.of("ソニー", List.of()).allows(Script.LATIN));
        assertFalse(EntryScope.of("ソニー", List.of()).allows(Script.CYRILLIC));
    }

    @Test
    void languagesDecide() {
        assertFalse(EntryScope.of("Samsung", List.of("en")).allows(Script.CYRILLIC));
        assertTrue(EntryScope.of("Samsung", List.of("en", "RU")).allows(Script.CYRILLIC));
        assertTrue(EntryScope.of("Sony", List.of("ja")).allows(Script.JAPANESE));
        assertTrue(EntryScope.of("ソニー", List.of("ja")).allows(Script.LATIN), "romaji");
        assertTrue(EntryScope.of("Samsung", List.of("en")).allows(Script.LATIN), "its own script always");
    }

    @Test
    void russianKeyboards() {
        assertTrue(EntryScope.of("Samsung", List.of()).usesCyrillicKeyboard());
        assertTrue(EntryScope.of("Samsung", List.of("uk")).usesCyrillicKeyboard());
        assertFalse(EntryScope.of("Samsung", List.of("en", "de")).usesCyrillicKeyboard());
        assertTrue(EntryScope.of("привет", List.of("ru")).usesCyrillicKeyboard());
    }

    @Test
    void scriptOfMixedText() {
        assertEquals(Script.JAPANESE, Script.dominant("トヨタ自動車"));
        assertEquals(Script.HAN, Script.dominant("任天堂"));
        assertEquals(Script.CYRILLIC, Script.dominant("Сбербанк Online"));
        assertEquals(Script.NONE, Script.dominant("2024"));
    }
}
