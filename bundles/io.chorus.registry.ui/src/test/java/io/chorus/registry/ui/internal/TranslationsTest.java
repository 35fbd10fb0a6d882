package io.chorus.registry.ui.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.chorus.api.platform.Capability;
import io.chorus.api.platform.PlatformKind;
import io.chorus.api.registry.EntryType;
import io.chorus.ui.testing.Translations;

import org.junit.jupiter.api.Test;

/** Every text of these views exists in English, Russian and Japanese, including the ones built from enum names. */
class TranslationsTest {

    @Test
    void russianAndJapaneseAreComplete() throws IOException {
        Translations.assertComplete();
    }

    @Test
    void everyKeyTheCodeUsesExists() throws IOException {
        List<String> built = new ArrayList<>();
        for (EntryType type : EntryType.values()) {
            built.add("type." + type.group());
        }
        for (PlatformKind kind : PlatformKind.values()) {
            built.add("kind." + kind.name().toLowerCase(Locale.ROOT));
        }
        for (Capability capability : Capability.values()) {
            built.add("can." + capability.name().toLowerCase(Locale.ROOT));
        }
        for (String status : new String[] {"suggested", "accepted", "rejected", "pinned"}) {
            built.add("status." + status);
        }
        Set<String> used = Translations.assertUsedKeysExist(built);
        assertTrue(used.size() > 50, used.toString());
    }
}
