package io.chorus.ui.dashboard.internal;

import java.net.URL;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.osgi.framework.Bundle;

import io.chorus.ui.api.Texts;

/** This bundle's texts in any language: tiles write labels in the language each dashboard query asks for. */
public final class Translations {

    private final Function<String, URL> resources;
    private final Map<Locale, Texts> byLocale = new ConcurrentHashMap<>();

    public Translations(Function<String, URL> resources) {
        this.resources = resources;
    }

    public static Translations of(Bundle bundle) {
        return new Translations(bundle::getEntry);
    }

    /** Reads the files from this bundle's class path, where tests and benchmarks find them. */
    public static Translations fromClassPath() {
        return new Translations(Translations.class.getClassLoader()::getResource);
    }

    public Texts in(Locale locale) {
        return byLocale.computeIfAbsent(locale, l -> new Texts(resources, l));
    }
}
