package io.chorus.ui.nl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The translations name only keys JFace has, translate every button label, and are found as JFace finds them. */
class JFaceTranslationsTest {

    private static final String[] BUTTONS = {"ok", "cancel", "yes", "no", "close", "open", "apply", "finish",
        "backButton", "nextButton", "help", "error", "warning", "info", "question"};

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = JFaceTranslationsTest.class.getResourceAsStream("/org/eclipse/jface/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @ParameterizedTest
    @ValueSource(strings = {"ru", "ja"})
    void everyKeyIsOneOfJFacesAndEveryButtonIsTranslated(String language) throws IOException {
        Properties english = load("messages.properties");
        Properties translated = load("messages_" + language + ".properties");
        for (String key : translated.stringPropertyNames()) {
            assertTrue(english.containsKey(key), key + " is not a JFace key (renamed in a newer JFace?)");
            assertFalse(translated.getProperty(key).isBlank(), key);
        }
        for (String button : BUTTONS) {
            assertTrue(translated.containsKey(button), language + " misses " + button);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ru", "ja"})
    void jfaceLooksThemUpByItsBundleName(String language) {
        ResourceBundle bundle = ResourceBundle.getBundle("org.eclipse.jface.messages", Locale.of(language));
        assertEquals(language.equals("ru") ? "Отмена" : "キャンセル", bundle.getString("cancel"));
        // Keys left untranslated fall back to English.
        assertEquals("Wizard Closing", bundle.getString("WizardClosingDialog.title"));
    }
}
