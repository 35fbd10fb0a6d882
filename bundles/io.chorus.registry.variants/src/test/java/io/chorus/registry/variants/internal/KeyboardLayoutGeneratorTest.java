package io.chorus.registry.variants.internal;

import static io.chorus.registry.variants.internal.Entries.entry;
import static io.chorus.registry.variants.internal.Entries.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.chorus.api.registry.EntryType;
import io.chorus.api.registry.Variant;

class KeyboardLayoutGeneratorTest {

    private final KeyboardLayoutGenerator generator = new KeyboardLayoutGenerator();

    @Test
    void namedKeyboardLayout() {
        assertEquals("keyboard-layout", generator.name());
    }

    @Test
    void russianTypedWithTheEnglishLayout() {
        assertEquals(List.of("ghbdtn"), texts(generator.generate(entry("привет"), 10)));
    }

    @Test
    void punctuationKeysAndCapitals() {
        Variant variant = generator.generate(entry("Сбербанк"), 10).getFirst();

        assertEquals("C,th,fyr", variant.text());
        assertEquals("'Сбербанк' typed with the English layout", variant.reason());
        assertEquals(";fk.pb", generator.generate(entry("жалюзи"), 10).getFirst().text());
        assertEquals("'k.;", generator.generate(entry("элюж"), 10).getFirst().text());
        assertEquals("[kt,", generator.generate(entry("хлеб"), 10).getFirst().text());
    }

    @Test
    void englishTypedWithTheRussianLayout() {
        assertEquals("ыуфкср", generator.generate(entry("search"), 10).getFirst().text());
        assertEquals("Ыфьыгтп", generator.generate(entry("Samsung"), 10).getFirst().text());
    }

    @Test
    void theMacLayoutWhereItDiffers() {
        List<String> variants = texts(generator.generate(entry("ёлка"), 10));

        assertEquals(List.of("`krf", "\\krf"), variants);
        assertEquals(List.of("ghbdtn"), texts(generator.generate(entry("привет"), 10)), "no Mac duplicate");
    }

    @Test
    void oneWordOfSeveralRanksBelowTheWhole() {
        List<Variant> variants = generator.generate(entry("Сбербанк Онлайн"), 10);

        assertEquals("C,th,fyr Jykfqy", variants.getFirst().text());
        assertTrue(texts(variants).contains("Сбербанк Jykfqy"));
        assertTrue(variants.get(1).likelihood() < variants.getFirst().likelihood());
    }

    @Test
    void onlyForWritersWithARussianLayout() {
        assertTrue(generator.generate(entry("search", "en"), 10).isEmpty());
        assertEquals("ыуфкср", generator.generate(entry("search", "ru"), 10).getFirst().text());
        assertEquals("ghbdtn", generator.generate(entry("привет", "ru"), 10).getFirst().text());
    }

    @Test
    void lettersTheLayoutCannotTypeAreNotMistyped() {
        assertTrue(generator.generate(entry("Nestlé"), 10).isEmpty());
    }

    @Test
    void hashtagsKeepTheirSign() {
        assertEquals("#C,th,fyr", generator.generate(entry(EntryType.HASHTAG, "#Сбербанк"), 10).getFirst().text());
    }
}
