package io.chorus.ui.preferences.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import io.chorus.ui.testing.Translations;

import org.junit.jupiter.api.Test;

/** Every text of the Preferences window exists in English, Russian and Japanese. */
class TranslationsTest {

    @Test
    void russianAndJapaneseAreComplete() throws IOException {
        Translations.assertComplete();
    }

    @Test
    void everyKeyTheCodeUsesExists() throws IOException {
        Set<String> used = Translations.assertUsedKeysExist(List.of());
        assertTrue(used.size() > 20, used.toString());
    }
}
