package io.chorus.registry.variants.internal;

/** The writing system of a text, as far as variant generation cares. */
enum Script {
    LATIN, CYRILLIC,
    /** Kana with or without kanji: Japanese. */
    JAPANESE,
    /** Kanji or hanzi alone: could be Chinese as well as Japanese. */
    HAN,
    OTHER,
    /** No letters at all. */
    NONE;

    /** The script of one code point; full-width Latin counts as Latin, the prolonged sound mark as Japanese. */
    static Script of(int codePoint) {
        if (!Character.isLetter(codePoint) && codePoint != 'ー' && codePoint != 'ｰ') {
            return NONE;
        }
        return switch (Character.UnicodeScript.of(codePoint)) {
            case LATIN -> LATIN;
            case CYRILLIC -> CYRILLIC;
            case HIRAGANA, KATAKANA -> JAPANESE;
            case COMMON -> codePoint == 'ー' || codePoint == 'ｰ' ? JAPANESE : OTHER;
            case HAN -> HAN;
            default -> OTHER;
        };
    }

    /** The script most letters of the text are in; any kana makes the text Japanese. */
    static Script dominant(CharSequence text) {
        int[] counts = new int[values().length];
        text.codePoints().forEach(codePoint -> counts[of(codePoint).ordinal()]++);
        if (counts[JAPANESE.ordinal()] > 0) {
            return JAPANESE;
        }
        Script best = NONE;
        for (Script script : values()) {
            if (script != NONE && counts[script.ordinal()] > (best == NONE ? 0 : counts[best.ordinal()])) {
                best = script;
            }
        }
        return best;
    }

    /** Whether the text has a letter of this script. */
    boolean occursIn(CharSequence text) {
        return text.codePoints().anyMatch(codePoint -> of(codePoint) == this);
    }
}
