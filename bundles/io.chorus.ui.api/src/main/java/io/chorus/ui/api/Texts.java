package io.chorus.ui.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A bundle's texts in one language, from its {@code OSGI-INF/l10n/bundle[_lang[_COUNTRY]].properties}, the files OSGi
 * already uses to translate manifest headers. Files are read as UTF-8, so translators write Cyrillic and Japanese as
 * they are. Labels of contributions starting with {@code %} are keys into these files. A key missing from every file
 * shows as the key, which a test of the bundle's translations catches.
 */
public final class Texts {

    private static final String BASE = "OSGI-INF/l10n/bundle";

    private final Function<String, URL> resources;
    private final Locale locale;
    private final ConcurrentHashMap<String, String> cache = new ConcurrentHashMap<>();
    private volatile List<Properties> chain;

    /**
     * @param resources finds a resource in the contributing bundle, or returns null
     * @param locale    the language of the window
     */
    public Texts(Function<String, URL> resources, Locale locale) {
        this.resources = resources;
        this.locale = locale;
    }

    /** The texts of a bundle in the window's language. */
    public static Texts of(org.osgi.framework.Bundle bundle, Locale locale) {
        return new Texts(bundle::getEntry, locale);
    }

    /** The label for {@code text}: the translation of a {@code %key}, or the text itself. */
    public String translate(String text) {
        if (text == null || !text.startsWith("%") || text.length() == 1) {
            return text;
        }
        String key = text.substring(1);
        return cache.computeIfAbsent(key, this::lookup);
    }

    /** The text of a key. */
    public String get(String key) {
        return translate("%" + key);
    }

    /** The text of a key with {@link String#format} arguments. */
    public String format(String key, Object... arguments) {
        return String.format(locale, get(key), arguments);
    }

    private String lookup(String key) {
        for (Properties properties : chain()) {
            String value = properties.getProperty(key);
            if (value != null) {
                return value;
            }
        }
        return key;
    }

    /** Most specific first: bundle_ru_RU, bundle_ru, bundle. */
    private List<Properties> chain() {
        List<Properties> loaded = chain;
        if (loaded == null) {
            loaded = new ArrayList<>();
            List<String> names = new ArrayList<>();
            if (!locale.getCountry().isEmpty()) {
                names.add(BASE + "_" + locale.getLanguage() + "_" + locale.getCountry() + ".properties");
            }
            if (!locale.getLanguage().isEmpty()) {
                names.add(BASE + "_" + locale.getLanguage() + ".properties");
            }
            names.add(BASE + ".properties");
            for (String name : names) {
                URL url = resources.apply(name);
                if (url != null) {
                    loaded.add(read(url));
                }
            }
            chain = loaded;
        }
        return loaded;
    }

    private static Properties read(URL url) {
        Properties properties = new Properties();
        try (InputStream in = url.openStream(); Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            // An unreadable translation falls back to the next file in the chain.
        }
        return properties;
    }
}
