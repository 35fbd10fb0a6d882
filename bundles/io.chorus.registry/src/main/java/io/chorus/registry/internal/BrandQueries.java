package io.chorus.registry.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.chorus.api.query.Query;
import io.chorus.api.query.Reference;
import io.chorus.api.query.Span;
import io.chorus.api.query.UnknownReferenceException;
import io.chorus.api.registry.Brand;
import io.chorus.api.registry.EntryType;
import io.chorus.api.registry.KeywordEntry;
import io.chorus.api.registry.MatchMode;

/**
 * What references to the semantic core stand for.
 *
 * <ul>
 * <li>{@code @acme}: every mention of the brand: its names and aliases (the brand's display name when it has no name
 * entry) together with one of its context words when it has any, or any of its products, people, addresses,
 * trademarks and hashtags; each with its used variants, and without any of its exclusions;</li>
 * <li>{@code @acme.products} and every other group: the entries of that type with their used variants.</li>
 * </ul>
 */
final class BrandQueries {

    /** Names can be ambiguous ("Apple"), so they need one of the context words when the brand has any. */
    private static final List<EntryType> NAMES = List.of(EntryType.BRAND_NAME, EntryType.ALIAS);
    /** Whatever else stands for the brand alone: its products, people, addresses, trademarks and hashtags. */
    private static final List<EntryType> IDENTIFYING = List.of(EntryType.PRODUCT, EntryType.PERSON,
            EntryType.ADDRESS, EntryType.TRADEMARK, EntryType.HASHTAG);

    private BrandQueries() {
    }

    static Query resolve(Reference reference, Optional<Brand> found, List<String> knownBrands)
            throws UnknownReferenceException {
        int at = reference.span().start();
        Brand brand = found.orElseThrow(() -> new UnknownReferenceException("there is no brand \"" + reference.brand()
                + "\" in the semantic core" + (knownBrands.isEmpty() ? "; add one first"
                        : "; brands: " + String.join(", ", knownBrands)), at));
        if (reference.group() == null) {
            return brandItself(brand);
        }
        EntryType type = EntryType.ofGroup(reference.group()).orElseThrow(() -> new UnknownReferenceException(
                "\"" + reference.group() + "\" is not a group of the semantic core; groups: " + groups(), at));
        List<KeywordEntry> entries = brand.entries(type);
        if (entries.isEmpty()) {
            throw new UnknownReferenceException(reference.text() + " has no entries yet; add " + type.group()
                    + " to the semantic core of " + brand.name() + " or remove the reference", at);
        }
        return anyOf(entries);
    }

    static Query brandItself(Brand brand) {
        List<KeywordEntry> names = new ArrayList<>();
        for (EntryType type : NAMES) {
            names.addAll(brand.entries(type));
        }
        Query query = names.isEmpty() ? word(brand.name(), MatchMode.EXACT, 0) : anyOf(names);
        List<KeywordEntry> context = brand.entries(EntryType.CONTEXT);
        if (!context.isEmpty()) {
            query = new Query.And(List.of(query, anyOf(context)), Span.NONE);
        }
        List<KeywordEntry> identifying = new ArrayList<>();
        for (EntryType type : IDENTIFYING) {
            identifying.addAll(brand.entries(type));
        }
        if (!identifying.isEmpty()) {
            List<Query> alternatives = new ArrayList<>();
            alternatives.add(query);
            Query others = anyOf(identifying);
            alternatives.addAll(others instanceof Query.Or or ? or.operands() : List.of(others));
            query = new Query.Or(alternatives, Span.NONE);
        }
        List<KeywordEntry> exclusions = brand.entries(EntryType.EXCLUSION);
        if (!exclusions.isEmpty()) {
            query = new Query.And(List.of(query, new Query.Not(anyOf(exclusions), Span.NONE)), Span.NONE);
        }
        return query;
    }

    private static Query anyOf(List<KeywordEntry> entries) {
        List<Query> alternatives = new ArrayList<>();
        for (KeywordEntry entry : entries) {
            for (String text : entry.matchedTexts()) {
                Query query = word(text, entry.match().mode(), entry.match().maxEdits());
                if (!alternatives.contains(query)) {
                    alternatives.add(query);
                }
            }
        }
        return alternatives.size() == 1 ? alternatives.get(0) : new Query.Or(alternatives, Span.NONE);
    }

    /** One text as a term, a phrase, every form of it, or a fuzzy match. */
    static Query word(String text, MatchMode mode, int maxEdits) {
        String clean = text.strip();
        if (mode == MatchMode.FUZZY) {
            return new Query.Fuzzy(clean, maxEdits, Span.NONE);
        }
        if (mode == MatchMode.STEMMED) {
            return new Query.Forms(clean, Span.NONE);
        }
        boolean oneWord = clean.codePoints().noneMatch(Character::isWhitespace);
        return oneWord ? new Query.Term(clean, Span.NONE) : new Query.Phrase(clean, Span.NONE);
    }

    static String groups() {
        List<String> names = new ArrayList<>();
        for (EntryType type : EntryType.values()) {
            names.add(type.group());
        }
        return String.join(", ", names);
    }
}
