package io.chorus.registry.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.chorus.api.platform.Capability;
import io.chorus.api.platform.PlatformKind;
import io.chorus.api.registry.EntryType;

/** Every text of these views exists in English, Russian and Japanese, including the ones built from enum names. */
class TranslationsTest {

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/OSGI-INF/l10n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void theThreeLanguagesHaveTheSameKeys() throws IOException {
        Set<String> english = new TreeSet<>(load("bundle.properties").stringPropertyNames());
        assertEquals(english, new TreeSet<>(load("bundle_ru.properties").stringPropertyNames()));
        assertEquals(english, new TreeSet<>(load("bundle_ja.properties").stringPropertyNames()));
    }

    @Test
    void everyKeyTheCodeUsesExists() throws IOException {
        Set<String> keys = load("bundle.properties").stringPropertyNames();
        Set<String> used = new TreeSet<>();
        Pattern call = Pattern.compile("texts\\.(?:get|format)\\(\"([a-zA-Z.]*[a-zA-Z])\"|\"%([a-zA-Z.]*[a-zA-Z])\"");
        try (Stream<Path> sources = Files.list(Path.of("src/main/java/io/chorus/registry/ui/internal"))) {
            for (Path source : sources.toList()) {
                Matcher matcher = call.matcher(Files.readString(source));
                while (matcher.find()) {
                    used.add(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
                }
            }
        }
        for (EntryType type : EntryType.values()) {
            used.add("type." + type.group());
        }
        for (PlatformKind kind : PlatformKind.values()) {
            used.add("kind." + kind.name().toLowerCase(java.util.Locale.ROOT));
        }
        for (Capability capability : Capability.values()) {
            used.add("can." + capability.name().toLowerCase(java.util.Locale.ROOT));
        }
        for (String status : new String[] {"suggested", "accepted", "rejected", "pinned"}) {
            used.add("status." + status);
        }
        assertTrue(used.size() > 50, used.toString());
        used.removeAll(keys);
        assertTrue(used.isEmpty(), "missing from bundle.properties: " + used);
    }
}
