package io.chorus.registry.variants.internal;

import static io.chorus.registry.variants.internal.Entries.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.chorus.api.registry.EntryType;
import io.chorus.api.registry.KeywordEntry;
import io.chorus.api.registry.Variant;
import io.chorus.api.registry.VariantGenerator;
import io.chorus.api.registry.VariantStatus;

/** What the VariantGenerator contract asks of every generator, on entries of every script and type. */
class GeneratorContractTest {

    private static final List<VariantGenerator> GENERATORS = List.of(new TypoGenerator(),
            new KeyboardLayoutGenerator(), new TransliterationGenerator(), new JapaneseGenerator());

    private static final List<KeywordEntry> ENTRIES = List.of(entry("Samsung"), entry("Сбербанк"),
            entry("semantic core"), entry("Сбербанк Онлайн"), entry("ソニー"), entry("トウキョウ"), entry("ＳＯＮＹ"),
            entry("Toyota", "ja"), entry("Wildberries"), entry("Müller"), entry("ёлка"),
            entry(EntryType.HASHTAG, "#Сбербанк"), entry(EntryType.HASHTAG, "#semanticcore"),
            entry(EntryType.EXCLUSION, "apple pie"), entry(EntryType.INTENT, "какой пылесос купить"),
            entry(EntryType.PERSON, "Герман Греф"), entry("トヨタ自動車"), entry("SAMSUNG"));

    static Stream<Arguments> cases() {
        return GENERATORS.stream().flatMap(generator -> ENTRIES.stream().flatMap(entry ->
                Stream.of(Arguments.of(generator, entry, 3), Arguments.of(generator, entry, 50))));
    }

    @ParameterizedTest(name = "{0} on {1} at limit {2}")
    @MethodSource("cases")
    void keepsTheContract(VariantGenerator generator, KeywordEntry entry, int limit) {
        List<Variant> variants = generator.generate(entry, limit);

        assertTrue(variants.size() <= limit, "at most the limit");
        Set<String> seen = new HashSet<>();
        String self = VariantCandidates.key(entry.text());
        double previous = 1;
        for (Variant variant : variants) {
            String key = VariantCandidates.key(variant.text());
            assertFalse(key.equals(self), "never the entry itself: " + variant);
            assertTrue(seen.add(key), "no duplicates: " + variant);
            assertEquals(VariantStatus.SUGGESTED, variant.status());
            assertEquals(generator.name(), variant.generator());
            assertFalse(variant.reason().isBlank(), "a reason");
            assertTrue(variant.likelihood() > 0 && variant.likelihood() <= 1, "likelihood in (0, 1]: " + variant);
            assertTrue(variant.likelihood() <= previous, "most likely first: " + variants);
            previous = variant.likelihood();
            if (entry.type() == EntryType.HASHTAG) {
                assertTrue(variant.text().startsWith("#"), "hashtags stay hashtags: " + variant);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("generators")
    void nothingAtLimitZero(VariantGenerator generator) {
        assertTrue(generator.generate(entry("Samsung"), 0).isEmpty());
        assertTrue(generator.generate(entry("ソニー"), 0).isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("generators")
    void aSmallerLimitKeepsTheBestOfALargerOne(VariantGenerator generator) {
        for (KeywordEntry entry : ENTRIES) {
            List<String> few = Entries.texts(generator.generate(entry, 5));
            List<String> many = Entries.texts(generator.generate(entry, 50));
            assertEquals(many.subList(0, few.size()), few, entry.text());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("generators")
    void sameEntrySameVariants(VariantGenerator generator) {
        for (KeywordEntry entry : ENTRIES) {
            assertEquals(generator.generate(entry, 20), generator.generate(entry, 20), entry.text());
        }
    }

    static Stream<VariantGenerator> generators() {
        return GENERATORS.stream();
    }
}
