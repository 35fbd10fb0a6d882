package io.chorus.registry.variants.internal;

import java.util.List;
import java.util.Set;

import io.chorus.api.registry.EntryType;
import io.chorus.api.registry.KeywordEntry;
import io.chorus.api.registry.MatchOptions;
import io.chorus.api.registry.Variant;

/** Entries and variant texts for the generator tests. */
final class Entries {

    private Entries() {
    }

    static KeywordEntry entry(String text, String... languages) {
        return entry(EntryType.BRAND_NAME, text, languages);
    }

    static KeywordEntry entry(EntryType type, String text, String... languages) {
        return new KeywordEntry("test", type, text, List.of(languages), MatchOptions.EXACT, Set.of(), "", List.of(),
                KeywordEntry.USER);
    }

    static List<String> texts(List<Variant> variants) {
        return variants.stream().map(Variant::text).toList();
    }
}
