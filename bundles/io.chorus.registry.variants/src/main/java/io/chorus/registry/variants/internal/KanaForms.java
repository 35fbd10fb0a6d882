package io.chorus.registry.variants.internal;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

/**
 * The other forms of the same Japanese text: hiragana and katakana, half-width katakana (ｿﾆｰ, still common in
 * receipts, bank statements and old systems), full-width Latin (ＳＯＮＹ, what Japanese input methods type).
 */
final class KanaForms {

    private static final int HIRAGANA_FIRST = 0x3041;
    private static final int HIRAGANA_LAST = 0x3096;
    private static final int KATAKANA_OFFSET = 0x30A1 - 0x3041;
    private static final char VOICED_MARK = '\u3099';
    private static final char SEMI_VOICED_MARK = '\u309A';
    private static final char HALF_VOICED_MARK = 'ﾞ';
    private static final char HALF_SEMI_VOICED_MARK = 'ﾟ';

    /** Full-width katakana and punctuation to half-width, from the half-width block's own compatibility mappings. */
    private static final Map<Character, Character> HALF_WIDTH = new HashMap<>();
    private static final Map<Character, Character> FULL_WIDTH = new HashMap<>();

    private KanaForms() {
    }

    static {
        for (char half = '｡'; half <= 'ﾝ'; half++) {
            String full = Normalizer.normalize(String.valueOf(half), Normalizer.Form.NFKC);
            if (full.length() == 1) {
                HALF_WIDTH.put(full.charAt(0), half);
                FULL_WIDTH.put(half, full.charAt(0));
            }
        }
    }

    static boolean isKatakana(char c) {
        return c >= 'ァ' && c <= 'ヺ' || c == 'ー' || c >= 'ｦ' && c <= 'ﾝ';
    }

    static boolean isHiragana(char c) {
        return c >= HIRAGANA_FIRST && c <= HIRAGANA_LAST;
    }

    static String toKatakana(String text) {
        StringBuilder converted = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            converted.append(isHiragana(c) ? (char) (c + KATAKANA_OFFSET) : c);
        }
        return converted.toString();
    }

    /** Katakana to hiragana; ヴ and the long-vowel mark stay, as people write them. */
    static String toHiragana(String text) {
        StringBuilder converted = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean convertible = c >= 'ァ' && c <= 'ヶ' && c != 'ヴ';
            converted.append(convertible ? (char) (c - KATAKANA_OFFSET) : c);
        }
        return converted.toString();
    }

    /** Katakana (hiragana first becomes katakana) and full-width Latin in half width. */
    static String toHalfWidth(String text) {
        String decomposed = Normalizer.normalize(toKatakana(text), Normalizer.Form.NFD);
        StringBuilder converted = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (c >= '！' && c <= '～') {
                converted.append((char) (c - '！' + '!'));
            } else if (c == '\u3000') {
                converted.append(' ');
            } else if (c == VOICED_MARK || c == '゛') {
                converted.append(HALF_VOICED_MARK);
            } else if (c == SEMI_VOICED_MARK || c == '゜') {
                converted.append(HALF_SEMI_VOICED_MARK);
            } else {
                converted.append(HALF_WIDTH.getOrDefault(c, c));
            }
        }
        return Normalizer.normalize(converted.toString(), Normalizer.Form.NFC);
    }

    /** Half-width katakana in full width, with their sound marks composed. */
    static String toFullWidthKana(String text) {
        StringBuilder converted = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == HALF_VOICED_MARK) {
                converted.append(VOICED_MARK);
            } else if (c == HALF_SEMI_VOICED_MARK) {
                converted.append(SEMI_VOICED_MARK);
            } else {
                converted.append(FULL_WIDTH.getOrDefault(c, c));
            }
        }
        return Normalizer.normalize(converted.toString(), Normalizer.Form.NFC);
    }

    /** ASCII letters, digits and signs in full width. */
    static String toFullWidthLatin(String text) {
        StringBuilder converted = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            converted.append(c > ' ' && c <= '~' ? (char) (c - '!' + '！') : c);
        }
        return converted.toString();
    }

    /** Full-width ASCII in plain ASCII. */
    static String toHalfWidthLatin(String text) {
        StringBuilder converted = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            converted.append(c >= '！' && c <= '～' ? (char) (c - '！' + '!') : c);
        }
        return converted.toString();
    }

    static boolean hasFullWidthLatin(String text) {
        return text.chars().anyMatch(c -> c >= '！' && c <= '～');
    }

    static boolean hasHalfWidthKana(String text) {
        return text.chars().anyMatch(c -> c >= '｡' && c <= 'ﾟ');
    }
}
