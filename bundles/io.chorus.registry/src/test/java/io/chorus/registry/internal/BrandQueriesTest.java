package io.chorus.registry.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.chorus.api.query.Query;
import io.chorus.api.query.Reference;
import io.chorus.api.query.Span;
import io.chorus.api.query.UnknownReferenceException;
import io.chorus.api.registry.Brand;
import io.chorus.api.registry.BrandRole;
import io.chorus.api.registry.EntryType;
import io.chorus.api.registry.KeywordEntry;
import io.chorus.api.registry.MatchMode;
import io.chorus.api.registry.MatchOptions;
import io.chorus.api.registry.Variant;
import io.chorus.api.registry.VariantStatus;

class BrandQueriesTest {

    private static KeywordEntry entry(String id, EntryType type, String text, MatchOptions match, Variant... variants) {
        return new KeywordEntry(id, type, text, List.of(), match, Set.of(), "", List.of(variants), KeywordEntry.USER);
    }

    private static final Brand APPLE = new Brand("apple", "Apple", BrandRole.OWN, List.of("en"), List.of(
            entry("apple", EntryType.BRAND_NAME, "Apple", MatchOptions.EXACT,
                    new Variant("Эппл", "transliteration", "", 0.8, VariantStatus.ACCEPTED),
                    new Variant("Aple", "typo", "", 0.5, VariantStatus.SUGGESTED),
                    new Variant("Appel", "typo", "", 0.5, VariantStatus.REJECTED)),
            entry("iphone", EntryType.CONTEXT, "iPhone", MatchOptions.EXACT),
            entry("mac", EntryType.CONTEXT, "mac", MatchOptions.EXACT),
            entry("pie", EntryType.EXCLUSION, "apple pie", MatchOptions.EXACT),
            entry("vision", EntryType.PRODUCT, "Vision Pro", MatchOptions.fuzzy(1))), List.of(), List.of(), "");

    private static Reference ref(String brand, String group) {
        return new Reference(brand, group, new Span(3, 10));
    }

    @Test
    void theBrandIsItsNamesInContextOrWhatIdentifiesItWithUsedVariantsWithoutExclusions() throws Exception {
        Query query = BrandQueries.resolve(ref("apple", null), Optional.of(APPLE), List.of("apple"));
        Query names = new Query.Or(List.of(new Query.Term("Apple", Span.NONE), new Query.Term("Эппл", Span.NONE)),
                Span.NONE);
        Query context = new Query.Or(List.of(new Query.Term("iPhone", Span.NONE), new Query.Term("mac", Span.NONE)),
                Span.NONE);
        Query exclusions = new Query.Not(new Query.Phrase("apple pie", Span.NONE), Span.NONE);
        Query product = new Query.Fuzzy("Vision Pro", 1, Span.NONE);
        Query namesInContext = new Query.And(List.of(names, context), Span.NONE);
        assertEquals(new Query.And(List.of(new Query.Or(List.of(namesInContext, product), Span.NONE), exclusions),
                Span.NONE), query);
    }

    @Test
    void groupsExpandToTheirEntriesWithTheirMatching() throws Exception {
        assertEquals(new Query.Fuzzy("Vision Pro", 1, Span.NONE),
                BrandQueries.resolve(ref("apple", "products"), Optional.of(APPLE), List.of("apple")));
        assertEquals(new Query.Forms("Сбербанк", Span.NONE), BrandQueries.word(" Сбербанк ", MatchMode.STEMMED, 0));
        assertEquals(new Query.Phrase("Сбербанк Онлайн", Span.NONE),
                BrandQueries.word("Сбербанк Онлайн", MatchMode.EXACT, 0));
    }

    @Test
    void unknownBrandsGroupsAndEmptyGroupsPointAtTheReference() {
        UnknownReferenceException brand = assertThrows(UnknownReferenceException.class,
                () -> BrandQueries.resolve(ref("pear", null), Optional.empty(), List.of("apple")));
        assertEquals(3, brand.position());
        assertTrue(brand.getMessage().contains("no brand \"pear\"") && brand.getMessage().contains("brands: apple"));
        assertTrue(assertThrows(UnknownReferenceException.class, () -> BrandQueries.resolve(ref("apple", "shops"),
                Optional.of(APPLE), List.of("apple"))).getMessage().contains("groups: names, aliases, products"));
        assertTrue(assertThrows(UnknownReferenceException.class, () -> BrandQueries.resolve(ref("apple", "people"),
                Optional.of(APPLE), List.of("apple"))).getMessage().contains("@apple.people has no entries yet"));
    }
}
