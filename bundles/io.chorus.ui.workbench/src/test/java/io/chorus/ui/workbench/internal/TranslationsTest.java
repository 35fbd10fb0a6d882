package io.chorus.ui.workbench.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** Every workbench text exists in English, Russian and Japanese, and every %key the code uses exists. */
class TranslationsTest {

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/OSGI-INF/l10n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void russianAndJapaneseHaveEveryEnglishKeyAndNoOthers() throws IOException {
        Set<String> english = new TreeSet<>(load("bundle.properties").stringPropertyNames());
        for (String translation : new String[] {"bundle_ru.properties", "bundle_ja.properties"}) {
            Properties translated = load(translation);
            assertEquals(english, new TreeSet<>(translated.stringPropertyNames()), translation);
            for (String key : english) {
                assertTrue(!translated.getProperty(key).isBlank(), translation + " leaves " + key + " empty");
            }
        }
    }

    @Test
    void everyKeyTheCodeUsesIsTranslated() throws IOException {
        Set<String> english = load("bundle.properties").stringPropertyNames();
        Set<String> used = new TreeSet<>();
        Pattern text = Pattern.compile("text\\(\"([a-zA-Z.]+)\"\\)|\"%([a-zA-Z.]*[a-zA-Z])\"");
        for (String source : new String[] {"WorkbenchWindow", "WelcomeView", "PerspectivePage",
                "OverviewPerspective"}) {
            String code = new String(java.nio.file.Files.readAllBytes(java.nio.file.Path.of(
                    "src/main/java/io/chorus/ui/workbench/internal/" + source + ".java")), StandardCharsets.UTF_8);
            Matcher matcher = text.matcher(code);
            while (matcher.find()) {
                used.add(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
            }
        }
        assertTrue(used.size() > 20, "found the keys: " + used);
        used.removeAll(english);
        assertTrue(used.isEmpty(), "keys used in code but missing from bundle.properties: " + used);
    }
}
