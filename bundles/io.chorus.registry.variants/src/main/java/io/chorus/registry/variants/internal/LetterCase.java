package io.chorus.registry.variants.internal;

import java.util.Locale;

/** The capitalisation of a word, so that a respelled word can be written the way the original was. */
enum LetterCase {
    LOWER, UPPER, CAPITALISED,
    /** "iPhone", "YouTube": respellings come out in lower case. */
    MIXED;

    static LetterCase of(String word) {
        boolean anyUpper = false;
        boolean anyLower = false;
        boolean restLower = true;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            anyUpper |= Character.isUpperCase(c);
            anyLower |= Character.isLowerCase(c);
            if (i > 0 && Character.isUpperCase(c)) {
                restLower = false;
            }
        }
        if (!anyUpper) {
            return LOWER;
        }
        if (!anyLower) {
            return word.codePointCount(0, word.length()) > 1 ? UPPER : CAPITALISED;
        }
        return Character.isUpperCase(word.charAt(0)) && restLower ? CAPITALISED : MIXED;
    }

    /** The lower-case word written in this case. */
    String apply(String lowerCase) {
        return switch (this) {
            case LOWER, MIXED -> lowerCase;
            case UPPER -> lowerCase.toUpperCase(Locale.ROOT);
            case CAPITALISED -> lowerCase.isEmpty() ? lowerCase
                    : lowerCase.substring(0, 1).toUpperCase(Locale.ROOT) + lowerCase.substring(1);
        };
    }
}
