package io.chorus.ui.dashboard.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.chorus.ui.testing.Translations;

import org.junit.jupiter.api.Test;

/** Every text of the dashboards exists in English, Russian and Japanese. */
class TranslationsTest {

    @Test
    void russianAndJapaneseAreComplete() throws IOException {
        Translations.assertComplete();
    }

    @Test
    void everyKeyTheCodeUsesExists() throws IOException {
        // Keys built from dashboard ids, export formats and sentiments.
        List<String> built = new ArrayList<>();
        for (String dashboard : new String[] {"overview", "reputation", "smm", "crowd"}) {
            built.add("empty." + dashboard);
        }
        for (TilePanel.Format format : TilePanel.Format.values()) {
            built.add("tile.export." + format.name().toLowerCase(Locale.ROOT));
        }
        for (String sentiment : new String[] {"positive", "neutral", "negative"}) {
            built.add("sentiment." + sentiment);
        }
        Set<String> used = Translations.assertUsedKeysExist(built);
        assertTrue(used.size() > 25, used.toString());
    }
}
