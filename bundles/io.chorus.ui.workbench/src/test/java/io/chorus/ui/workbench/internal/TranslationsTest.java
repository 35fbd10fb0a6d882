package io.chorus.ui.workbench.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import io.chorus.ui.api.ViewArea;
import io.chorus.ui.testing.Translations;

import org.junit.jupiter.api.Test;

/** Every workbench text exists in English, Russian and Japanese, and every key the code uses exists. */
class TranslationsTest {

    @Test
    void russianAndJapaneseAreComplete() throws IOException {
        Translations.assertComplete();
    }

    @Test
    void everyKeyTheCodeUsesExists() throws IOException {
        List<String> areas = java.util.Arrays.stream(ViewArea.values())
                .map(area -> "area." + area.name().toLowerCase(java.util.Locale.ROOT)).toList();
        Set<String> used = Translations.assertUsedKeysExist(areas);
        assertTrue(used.size() > 40, "found the keys: " + used);
    }
}
