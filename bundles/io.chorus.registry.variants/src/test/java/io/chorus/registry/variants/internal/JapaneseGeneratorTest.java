package io.chorus.registry.variants.internal;

import static io.chorus.registry.variants.internal.Entries.entry;
import static io.chorus.registry.variants.internal.Entries.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class JapaneseGeneratorTest {

    private final JapaneseGenerator generator = new JapaneseGenerator();

    @Test
    void namedJapanese() {
        assertEquals("japanese", generator.name());
    }

    @Test
    void katakanaInRomajiAndHalfWidth() {
        List<String> variants = top("ソニー", 10);

        assertEquals("soni", variants.getFirst());
        assertTrue(variants.containsAll(List.of("sonii", "sony", "sonī", "ｿﾆｰ", "そにー")), variants.toString());
    }

    @Test
    void longVowelsTheWaysPeopleWriteThem() {
        List<String> variants = top("トウキョウ", 50);

        assertEquals("tokyo", variants.getFirst());
        assertTrue(variants.containsAll(List.of("toukyou", "tōkyō", "tookyoo", "tohkyoh")), variants.toString());
    }

    @Test
    void hepburnDetails() {
        assertEquals("matchi", top("マッチ", 1).getFirst());
        assertTrue(top("シンブン", 10).containsAll(List.of("shinbun", "shimbun")));
        assertEquals("sensei", top("センセイ", 1).getFirst());
        assertEquals("fairu", top("ファイル", 1).getFirst());
    }

    @Test
    void hiraganaAndKatakana() {
        List<String> variants = top("ぷよぷよ", 10);

        assertTrue(variants.containsAll(List.of("puyopuyo", "プヨプヨ", "ﾌﾟﾖﾌﾟﾖ")), variants.toString());
    }

    @Test
    void widths() {
        assertEquals("ソニー", top("ｿﾆｰ", 1).getFirst());
        assertEquals("SONY", top("ＳＯＮＹ", 1).getFirst());
        assertTrue(top("ガンダム", 10).contains("ｶﾞﾝﾀﾞﾑ"));
    }

    @Test
    void latinNamesReadAsRomajiWhenTheEntryIsJapanese() {
        List<String> sony = texts(generator.generate(entry("Sony", "ja"), 10));
        assertEquals("ソニー", sony.getFirst());
        assertTrue(sony.contains("Ｓｏｎｙ"));
        assertEquals("トヨタ", texts(generator.generate(entry("Toyota", "ja", "en"), 10)).getFirst());
        assertFalse(texts(generator.generate(entry("Dyson", "ja"), 10)).stream()
                .anyMatch(text -> Script.JAPANESE.occursIn(text)), "Dyson does not read as romaji");
        assertTrue(generator.generate(entry("Sony"), 10).isEmpty(), "no Japanese unless the entry says so");
    }

    @Test
    void kanjiGetOnlyTheFormsOfTheirKana() {
        List<String> variants = top("トヨタ自動車", 10);

        assertTrue(variants.contains("ﾄﾖﾀ自動車"), variants.toString());
        assertTrue(variants.stream().noneMatch(Script.LATIN::occursIn), variants.toString());
    }

    @Test
    void nothingForOtherScripts() {
        assertTrue(top("Samsung", 10).isEmpty());
        assertTrue(top("Сбербанк", 10).isEmpty());
    }

    private List<String> top(String text, int limit) {
        return texts(generator.generate(entry(text), limit));
    }
}
