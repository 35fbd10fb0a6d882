package io.chorus.ui.activity.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.chorus.api.notify.Severity;
import io.chorus.ui.testing.Translations;

import org.junit.jupiter.api.Test;
import org.osgi.service.log.LogLevel;

/** Every text of the Progress, Error Log and Notifications views exists in English, Russian and Japanese. */
class TranslationsTest {

    @Test
    void russianAndJapaneseAreComplete() throws IOException {
        Translations.assertComplete();
    }

    @Test
    void everyKeyTheCodeUsesExistsAndNoneIsLeftOver() throws IOException {
        // Keys the views build from enum names and column lists.
        List<String> built = new ArrayList<>();
        for (LogLevel level : LogLevel.values()) {
            built.add("log.level." + level.name().toLowerCase(Locale.ROOT));
        }
        for (LogLevel level : new LogLevel[] {LogLevel.ERROR, LogLevel.WARN, LogLevel.INFO, LogLevel.TRACE}) {
            built.add("log.atLeast." + level.name().toLowerCase(Locale.ROOT));
        }
        for (String column : new String[] {"severity", "time", "message", "bundle"}) {
            built.add("log.column." + column);
        }
        for (String column : new String[] {"severity", "time", "title", "message", "source"}) {
            built.add("notifications.column." + column);
        }
        for (Severity severity : Severity.values()) {
            built.add("severity." + severity.name().toLowerCase(Locale.ROOT));
        }
        Set<String> used = Translations.assertUsedKeysExist(built);
        assertTrue(used.size() > 40, used.toString());
        Translations.assertNoUnusedKeys(used);
    }
}
