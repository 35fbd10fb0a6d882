package io.chorus.ui.api;

import io.chorus.ui.api.Texts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextsTest {

    @TempDir
    Path bundle;

    private URL find(String name) {
        Path file = bundle.resolve(name);
        try {
            return Files.exists(file) ? file.toUri().toURL() : null;
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void translatesKeysWithTheMostSpecificFileAndFallsBack() throws IOException {
        Files.createDirectories(bundle.resolve("OSGI-INF/l10n"));
        Files.writeString(bundle.resolve("OSGI-INF/l10n/bundle.properties"), "inbox=Inbox\nreports=Reports\n");
        Files.writeString(bundle.resolve("OSGI-INF/l10n/bundle_ru.properties"), "inbox=Входящие\n");
        Files.writeString(bundle.resolve("OSGI-INF/l10n/bundle_ja.properties"), "inbox=受信トレイ\n");

        assertEquals("Входящие", new Texts(this::find, Locale.forLanguageTag("ru-RU")).translate("%inbox"));
        assertEquals("受信トレイ", new Texts(this::find, Locale.JAPAN).translate("%inbox"));
        assertEquals("Reports", new Texts(this::find, Locale.forLanguageTag("ru")).translate("%reports"));
        assertEquals("Plain text", new Texts(this::find, Locale.ENGLISH).translate("Plain text"));
        assertEquals("missing", new Texts(this::find, Locale.ENGLISH).translate("%missing"));
    }
}
