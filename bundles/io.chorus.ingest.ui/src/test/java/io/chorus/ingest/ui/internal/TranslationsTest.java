package io.chorus.ingest.ui.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import io.chorus.ui.testing.Translations;

import org.junit.jupiter.api.Test;

/** Every text of the Mentions and Sources views exists in English, Russian and Japanese. */
class TranslationsTest {

    @Test
    void russianAndJapaneseAreComplete() throws IOException {
        Translations.assertComplete();
    }

    @Test
    void everyKeyTheCodeUsesExists() throws IOException {
        // Facet group titles are built from the dimension names.
        List<String> facets = MentionsView.DIMENSIONS.stream()
                .map(dimension -> "facet." + dimension.replace("label:", "")).toList();
        Set<String> used = Translations.assertUsedKeysExist(facets);
        assertTrue(used.size() > 30, "found the keys: " + used);
    }
}
