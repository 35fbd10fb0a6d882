package io.chorus.registry.internal.store;

import java.util.Collection;

import com.ibm.icu.text.Transliterator;

/**
 * Readable, stable ids for entries: an ASCII slug of the text ("Сбербанк Онлайн" is "sberbank-onlajn", "ソニー" is
 * "soni"), made unique within a brand. ASCII because people type ids on the command line, whatever their keyboard.
 */
public final class EntryIds {

    private static final int MAX_LENGTH = 48;

    private EntryIds() {
    }

    /** Lower-case ASCII letters and digits joined by '-'; "entry" when nothing is left (an emoji, say). */
    public static String slug(String text) {
        String ascii = Ascii.transliterate(text);
        StringBuilder slug = new StringBuilder();
        boolean dash = false;
        for (int i = 0; i < ascii.length() && slug.length() < MAX_LENGTH; i++) {
            char c = ascii.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                slug.append(c);
                dash = false;
            } else if (!dash && !slug.isEmpty()) {
                slug.append('-');
                dash = true;
            }
        }
        String result = slug.toString().replaceAll("-+$", "");
        return result.isEmpty() ? "entry" : result;
    }

    /** The slug of the text, with -2, -3 ... when it is taken. */
    public static String unique(String text, Collection<String> taken) {
        String base = slug(text);
        String id = base;
        for (int n = 2; taken.contains(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /** Built on first use: ICU compiles its rules then (tens of milliseconds), not when the bundle starts. */
    private static final class Ascii {
        private static final Transliterator TO_ASCII = Transliterator.getInstance(
                "Any-Latin; Latin-ASCII; Lower");

        static String transliterate(String text) {
            // one transliterator serves all threads; ICU does not promise that transliterate() is thread-safe
            synchronized (TO_ASCII) {
                return TO_ASCII.transliterate(text);
            }
        }
    }
}
