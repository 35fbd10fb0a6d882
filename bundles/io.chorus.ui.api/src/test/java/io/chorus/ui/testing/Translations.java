package io.chorus.ui.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The translation checks every UI bundle runs: English, Russian and Japanese have the same keys, no empty text, the
 * same format arguments and mnemonics, and every key the code names ({@code texts.get("x")}, {@code texts.format("x", ..)},
 * {@code "%x"} in annotations) exists.
 */
public final class Translations {

    /** The languages Chorus ships besides English. */
    public static final String[] LANGUAGES = {"ru", "ja"};

    private static final Pattern USED = Pattern.compile(
            "(?:\\b(?:texts|messages)\\.(?:get|format)|\\b(?:text|button|column))\\(\\s*(?:\\w+,\\s*)?"
                    + "\"([a-zA-Z][a-zA-Z0-9.]*[a-zA-Z0-9])\""
                    + "|\"%([a-zA-Z][a-zA-Z0-9.]*[a-zA-Z0-9])\"");
    private static final Pattern ARGUMENT = Pattern.compile("%(?:\\d+\\$)?[sdf,.0-9]*[sdf]");

    private Translations() {
    }

    /**
     * The translation files of the module under test: {@code bundle} (read by Texts as UTF-8) and, where there is
     * one, {@code settings} (metatype labels, read by MetaType as ISO-8859-1, so kept in \\u escapes).
     */
    static java.util.List<String> bases() {
        return Translations.class.getResource("/OSGI-INF/l10n/settings.properties") == null
                ? java.util.List.of("bundle") : java.util.List.of("bundle", "settings");
    }

    /** Loads {@code OSGI-INF/l10n/bundle[_language].properties} of the module under test, as UTF-8. */
    public static Properties load(String language) throws IOException {
        return load("bundle", language);
    }

    private static Properties load(String base, String language) throws IOException {
        String name = "/OSGI-INF/l10n/" + base + (language.isEmpty() ? "" : "_" + language) + ".properties";
        if (base.equals("settings")) {
            try (InputStream in = Translations.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new AssertionError(name + " is missing from the module's resources");
                }
                byte[] bytes = in.readAllBytes();
                for (int i = 0; i < bytes.length; i++) {
                    if (bytes[i] < 0) {
                        throw new AssertionError(name + " has a non-ASCII byte at " + i
                                + "; MetaType reads it as ISO-8859-1: write \\uXXXX escapes");
                    }
                }
            }
        }
        Properties properties = new Properties();
        try (InputStream in = Translations.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new AssertionError(name + " is missing from the module's resources");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    /** Russian and Japanese have every English key, nothing more, no empty text and the same format arguments. */
    public static void assertComplete() throws IOException {
        for (String base : bases()) {
            assertComplete(base);
        }
    }

    private static void assertComplete(String base) throws IOException {
        Properties english = load(base, "");
        Set<String> keys = new TreeSet<>(english.stringPropertyNames());
        for (String language : LANGUAGES) {
            Properties translated = load(base, language);
            Set<String> missing = new TreeSet<>(keys);
            missing.removeAll(translated.stringPropertyNames());
            Set<String> extra = new TreeSet<>(translated.stringPropertyNames());
            extra.removeAll(keys);
            assertTrue(missing.isEmpty(), base + "_" + language + ".properties lacks " + missing);
            assertTrue(extra.isEmpty(), base + "_" + language + ".properties has keys English lacks: " + extra);
            for (String key : keys) {
                String text = translated.getProperty(key);
                assertFalse(text.isBlank(), language + ": " + key + " is empty");
                assertEquals(ARGUMENT.matcher(english.getProperty(key)).results().count(),
                        ARGUMENT.matcher(text).results().count(), language + ": " + key
                                + " has other format arguments than English");
                assertEquals(english.getProperty(key).contains("&"), text.contains("&"), language + ": " + key
                        + " must keep the mnemonic (&) English has, or drop it as English does");
            }
        }
    }

    /**
     * Every key the sources under {@code src/main/java} name exists in English.
     *
     * @param built keys the code builds at run time (from enum names), which a scan cannot see
     * @return the keys found in the code, for a sanity check of their number
     */
    public static Set<String> assertUsedKeysExist(Collection<String> built) throws IOException {
        Set<String> keys = new TreeSet<>();
        for (String base : bases()) {
            keys.addAll(load(base, "").stringPropertyNames());
        }
        Set<String> used = new TreeSet<>(built);
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher matcher = USED.matcher(Files.readString(source));
                while (matcher.find()) {
                    used.add(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
                }
            }
        }
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(keys);
        assertTrue(missing.isEmpty(), "used in the code but missing from bundle.properties: " + missing);
        return used;
    }

    /** Every key of the English file is among {@code used}: nothing left behind by a removed widget. */
    public static void assertNoUnusedKeys(Set<String> used) throws IOException {
        Set<String> unused = new TreeSet<>(load("").stringPropertyNames());
        unused.removeAll(used);
        assertTrue(unused.isEmpty(), "in bundle.properties but not used: " + unused);
    }
}
