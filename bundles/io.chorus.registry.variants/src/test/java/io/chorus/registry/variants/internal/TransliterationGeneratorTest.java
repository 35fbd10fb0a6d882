package io.chorus.registry.variants.internal;

import static io.chorus.registry.variants.internal.Entries.entry;
import static io.chorus.registry.variants.internal.Entries.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.chorus.api.registry.Variant;

class TransliterationGeneratorTest {

    private final TransliterationGenerator generator = new TransliterationGenerator();

    @Test
    void namedTransliteration() {
        assertEquals("transliteration", generator.name());
    }

    @Test
    void englishBrandsByTheirSound() {
        assertEquals("Билайн", best("Beeline"));
        assertEquals("Самсунг", best("Samsung"));
        assertEquals("Дайсон", best("Dyson"));
        assertTrue(top("Wildberries", 5).contains("Вайлдберриз"), top("Wildberries", 5).toString());
        assertTrue(top("Xiaomi", 5).containsAll(List.of("Сяоми", "Ксиаоми")), top("Xiaomi", 5).toString());
        assertTrue(top("Apple", 10).containsAll(List.of("Эппл", "Эпл")), top("Apple", 10).toString());
    }

    @Test
    void romanisedRussianReadBack() {
        assertEquals("Тинкофф", best("Tinkoff"));
        assertTrue(top("Tinkoff", 5).contains("Тинькофф"), top("Tinkoff", 5).toString());
        assertEquals("Яндекс", best("Yandex"));
        assertTrue(top("Zhukovsky", 5).contains("Жуковский"), top("Zhukovsky", 5).toString());
    }

    @Test
    void russianInLatin() {
        assertEquals("Sberbank", best("Сбербанк"));
        assertTrue(top("Яндекс", 5).containsAll(List.of("Yandex", "Yandeks")), top("Яндекс", 5).toString());
        assertTrue(top("Тинькофф", 5).contains("Tinkoff"), top("Тинькофф", 5).toString());
        assertTrue(top("Достоевский", 5).contains("Dostoevsky"), top("Достоевский", 5).toString());
    }

    @Test
    void schemesAreNamedAndRanked() {
        List<Variant> variants = generator.generate(entry("Яндекс"), 20);
        Variant passport = find(variants, "Iandeks");
        Variant iso9 = find(variants, "Ândeks");

        assertEquals("Russian passport transliteration", passport.reason());
        assertEquals("ICU scientific transliteration (ISO 9)", iso9.reason());
        assertTrue(passport.likelihood() > iso9.likelihood());
        assertTrue(find(variants, "Yandeks").likelihood() > passport.likelihood());
    }

    @Test
    void severalWordsEachInItsCase() {
        assertEquals("Sberbank Onlayn", best("Сбербанк Онлайн"));
        assertEquals("SBERBANK", best("СБЕРБАНК"));
        assertEquals("Sberbank Online", best("Сбербанк Online"));
    }

    @Test
    void noMixedScripts() {
        for (String name : List.of("Xiaomi", "Beeline", "Wildberries", "Qwerty")) {
            for (String variant : top(name, 50)) {
                assertFalse(Script.LATIN.occursIn(variant), variant);
            }
        }
        for (String variant : top("Щёлково", 50)) {
            assertFalse(Script.CYRILLIC.occursIn(variant), variant);
        }
    }

    @Test
    void onlyIntoScriptsTheEntryAllows() {
        assertTrue(generator.generate(entry("Samsung", "en"), 20).isEmpty());
        assertEquals("Самсунг", generator.generate(entry("Samsung", "en", "ru"), 20).getFirst().text());
        assertTrue(generator.generate(entry("Сбербанк", "ru"), 20).isEmpty());
        assertTrue(generator.generate(entry("ソニー"), 20).isEmpty());
    }

    private String best(String text) {
        return generator.generate(entry(text), 1).getFirst().text();
    }

    private List<String> top(String text, int limit) {
        return texts(generator.generate(entry(text), limit));
    }

    private static Variant find(List<Variant> variants, String text) {
        return variants.stream().filter(variant -> variant.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError(text + " not in " + texts(variants)));
    }
}
