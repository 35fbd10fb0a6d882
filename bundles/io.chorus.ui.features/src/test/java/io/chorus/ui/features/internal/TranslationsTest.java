package io.chorus.ui.features.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.chorus.api.runtime.FeatureInfo.BundleState;
import io.chorus.ui.testing.Translations;

import org.junit.jupiter.api.Test;

/** Every text of the Installed Features view exists in English, Russian and Japanese, mnemonics included. */
class TranslationsTest {

    @Test
    void russianAndJapaneseAreComplete() throws IOException {
        Translations.assertComplete();
    }

    @Test
    void everyKeyTheCodeUsesExists() throws IOException {
        List<String> built = new ArrayList<>(List.of("value.yes", "value.no"));
        for (BundleState state : BundleState.values()) {
            built.add(FeatureActions.stateKey(state));
        }
        for (String verb : new String[] {"install", "enable", "disable", "remove"}) {
            built.add("progress." + verb);
            built.add("refused." + verb);
        }
        Set<String> used = Translations.assertUsedKeysExist(built);
        assertTrue(used.size() > 40, used.toString());
    }
}
