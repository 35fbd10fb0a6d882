package io.chorus.api.mention;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What to look for in the store.
 *
 * @param query     query language text ({@code "acme" NEAR/3 (refund OR broken)}), or empty for all mentions
 * @param brands    only mentions matching one of these brands, or empty for any
 * @param platforms only mentions from these platforms, or empty for any
 * @param languages only mentions in these languages, or empty for any
 * @param labels    only mentions with these label values ({@code sentiment=negative}), or empty
 * @param from      published at or after, or null
 * @param to        published before, or null
 * @param sort      the order of the hits
 * @param offset    hits to skip
 * @param limit     hits to return at most
 */
public record MentionSearch(String query, Set<String> brands, Set<String> platforms, Set<String> languages,
                            Map<String, String> labels, Instant from, Instant to, Sort sort, int offset,
                            int limit) {

    public enum Sort { NEWEST, OLDEST, RELEVANCE, REACH }

    public MentionSearch {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(sort, "sort");
        brands = Set.copyOf(brands);
        platforms = Set.copyOf(platforms);
        languages = Set.copyOf(languages);
        labels = Map.copyOf(labels);
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative");
        }
    }

    /** The newest 50 mentions of all. */
    public static MentionSearch all() {
        return new MentionSearch("", Set.of(), Set.of(), Set.of(), Map.of(), null, null, Sort.NEWEST, 0, 50);
    }

    public static MentionSearch query(String query) {
        return all().withQuery(query);
    }

    public MentionSearch withQuery(String newQuery) {
        return new MentionSearch(newQuery, brands, platforms, languages, labels, from, to, sort, offset, limit);
    }

    public MentionSearch withBrands(Set<String> newBrands) {
        return new MentionSearch(query, newBrands, platforms, languages, labels, from, to, sort, offset, limit);
    }

    public MentionSearch withPlatforms(Set<String> newPlatforms) {
        return new MentionSearch(query, brands, newPlatforms, languages, labels, from, to, sort, offset, limit);
    }

    public MentionSearch withLanguages(Set<String> newLanguages) {
        return new MentionSearch(query, brands, platforms, newLanguages, labels, from, to, sort, offset, limit);
    }

    public MentionSearch withLabels(Map<String, String> newLabels) {
        return new MentionSearch(query, brands, platforms, languages, newLabels, from, to, sort, offset, limit);
    }

    public MentionSearch withPeriod(Instant newFrom, Instant newTo) {
        return new MentionSearch(query, brands, platforms, languages, labels, newFrom, newTo, sort, offset, limit);
    }

    public MentionSearch withSort(Sort newSort) {
        return new MentionSearch(query, brands, platforms, languages, labels, from, to, newSort, offset, limit);
    }

    public MentionSearch withPage(int newOffset, int newLimit) {
        return new MentionSearch(query, brands, platforms, languages, labels, from, to, sort, newOffset, newLimit);
    }
}
