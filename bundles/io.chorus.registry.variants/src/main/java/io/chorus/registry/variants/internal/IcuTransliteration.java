package io.chorus.registry.variants.internal;

import com.ibm.icu.text.Transliterator;

/**
 * The ICU transliterators the transliteration generator uses. Each is created on first use, not when the component
 * starts: loading ICU's transliteration data takes tens to hundreds of milliseconds, which start-up should not pay
 * for a generator that may never run. ICU transliterators are safe to share between threads.
 */
enum IcuTransliteration {
    /** BGN/PCGN 1947, the romanisation of maps and English-language media: Yandeks, Tinʹkoff. */
    RUSSIAN_BGN("Russian-Latin/BGN"),
    UKRAINIAN_BGN("Ukrainian-Latin/BGN"),
    /** ISO 9, the scholarly system with diacritics: Ândeks. */
    CYRILLIC_ISO9("Cyrillic-Latin"),
    /** BGN/PCGN read back from Latin into Russian. */
    LATIN_RUSSIAN_BGN("Latin-Russian/BGN"),
    /** Letter by letter from Latin into Cyrillic. */
    LATIN_CYRILLIC("Latin-Cyrillic");

    private final String id;
    private volatile Transliterator transliterator;

    IcuTransliteration(String id) {
        this.id = id;
    }

    String apply(String text) {
        Transliterator loaded = transliterator;
        if (loaded == null) {
            synchronized (this) {
                loaded = transliterator;
                if (loaded == null) {
                    loaded = Transliterator.getInstance(id);
                    transliterator = loaded;
                }
            }
        }
        return loaded.transliterate(text);
    }
}
