package io.chorus.registry.variants.internal;

import static io.chorus.registry.variants.internal.Entries.entry;
import static io.chorus.registry.variants.internal.Entries.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.chorus.api.registry.EntryType;
import io.chorus.api.registry.Variant;

class TypoGeneratorTest {

    private final TypoGenerator generator = new TypoGenerator();

    @Test
    void namedTypo() {
        assertEquals("typo", generator.name());
    }

    @Test
    void ieForEiIsTheLikeliestTypoOfReceive() {
        List<Variant> variants = generator.generate(entry("receive"), 10);

        assertEquals("recieve", variants.getFirst().text());
        assertEquals("'ei' written as 'ie'", variants.getFirst().reason());
        assertTrue(texts(variants).containsAll(List.of("recive", "receve")), texts(variants).toString());
    }

    @Test
    void singleLetterForDoubleComesFirst() {
        assertEquals("ocasion", generator.generate(entry("occasion"), 5).getFirst().text());
    }

    @Test
    void typingMistakesOfEveryKind() {
        List<String> variants = texts(generator.generate(entry("search"), 200));

        assertTrue(variants.contains("serch"), "deletion");
        assertTrue(variants.contains("searrch"), "doubled letter");
        assertTrue(variants.contains("saerch"), "transposition");
        assertTrue(variants.contains("seadch"), "r and d are neighbouring keys");
        assertTrue(variants.contains("searcxh"), "x next to c pressed as well");
        assertFalse(variants.contains("seaxch"), "x is not next to r");
    }

    @Test
    void transpositionIsNamed() {
        Variant transposed = generator.generate(entry("search"), 200).stream()
                .filter(variant -> variant.text().equals("saerch")).findFirst().orElseThrow();

        assertEquals("transposed 'e' and 'a'", transposed.reason());
    }

    @Test
    void spellingConfusionsOfEnglish() {
        assertTrue(texts(generator.generate(entry("pharmacy"), 50)).contains("farmacy"));
        assertTrue(texts(generator.generate(entry("center"), 50)).contains("centre"));
        assertTrue(texts(generator.generate(entry("Kodak"), 200)).contains("Codak"));
    }

    @Test
    void keepsTheCapitalisation() {
        List<String> variants = texts(generator.generate(entry("Samsung"), 30));

        assertTrue(variants.contains("Samsng"), variants.toString());
        assertTrue(variants.stream().allMatch(text -> Character.isUpperCase(text.charAt(0))), variants.toString());
    }

    @Test
    void diacriticsLeftOut() {
        assertEquals("Nestle", generator.generate(entry("Nestlé"), 5).getFirst().text());
        List<String> muller = texts(generator.generate(entry("Müller"), 5));
        assertTrue(muller.containsAll(List.of("Muller", "Mueller")), muller.toString());
    }

    @Test
    void yoWrittenAsYe() {
        assertEquals("Пятерочка", generator.generate(entry("Пятёрочка"), 5).getFirst().text());
    }

    @Test
    void russianSpellingConfusions() {
        assertTrue(texts(generator.generate(entry("кажется"), 20)).contains("кажеться"));
        assertTrue(texts(generator.generate(entry("жизнь"), 50)).contains("жызнь"));
        assertTrue(texts(generator.generate(entry("молоко"), 50)).contains("малоко"), "unstressed о as а");
        assertTrue(texts(generator.generate(entry("Аэрофлот"), 50)).contains("Аэрафлот"));
        assertTrue(texts(generator.generate(entry("Касса"), 20)).contains("Каса"), "double consonant single");
    }

    @Test
    void russianNeighbouringKeysAreOnTheRussianLayout() {
        List<String> variants = texts(generator.generate(entry("привет"), 200));

        assertTrue(variants.contains("привеи"), "т and и are neighbours on ЙЦУКЕН");
        assertFalse(variants.contains("привеy"), "no Latin letters in Russian typos");
    }

    @Test
    void eachWordOfSeveralAndTheWordsRunTogether() {
        List<Variant> variants = generator.generate(entry("semantic core"), 50);

        assertEquals("semanticcore", variants.getFirst().text());
        assertTrue(texts(variants).contains("semantic coer"));
        assertTrue(texts(variants).contains("sematic core"));
        assertTrue(variants.stream().filter(variant -> variant.text().equals("sematic core"))
                .allMatch(variant -> variant.reason().endsWith("in 'semantic'")));
    }

    @Test
    void hashtagsKeepTheirSign() {
        List<String> variants = texts(generator.generate(entry(EntryType.HASHTAG, "#Сбербанк"), 20));

        assertTrue(variants.contains("#Сбрбанк") || variants.contains("#Сбербан"), variants.toString());
        assertTrue(variants.stream().allMatch(text -> text.startsWith("#")));
    }

    @Test
    void shortWordsAndTheirShortTyposAreLeftOut() {
        assertTrue(generator.generate(entry("HP"), 50).isEmpty());
        assertFalse(texts(generator.generate(entry("Visa"), 200)).contains("Via"), "via is a word");
    }

    @Test
    void otherScriptsAreLeftAlone() {
        assertTrue(generator.generate(entry("ソニー"), 50).isEmpty());
    }

    @Test
    void likelierKindsRankHigher() {
        List<Variant> variants = generator.generate(entry("description"), 200);
        double deletion = likelihood(variants, "descripion");
        double neighbour = likelihood(variants, "descriptiom");

        assertTrue(deletion > neighbour, "a left-out letter is likelier than a given neighbouring key");
    }

    private static double likelihood(List<Variant> variants, String text) {
        return variants.stream().filter(variant -> variant.text().equals(text)).findFirst().orElseThrow()
                .likelihood();
    }
}
