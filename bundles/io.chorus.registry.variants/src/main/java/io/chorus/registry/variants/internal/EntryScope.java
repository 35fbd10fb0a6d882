package io.chorus.registry.variants.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.chorus.api.registry.KeywordEntry;

/**
 * Which scripts the variants of an entry may be written in. Variants in the entry's own script always make sense.
 * Other scripts come from the entry's languages; an entry without languages is read by its script: Latin and
 * Cyrillic names cross over (brands are written both ways in Russian-speaking media), and Japanese text is also
 * written in romaji. Latin text does not turn into katakana unless the entry says it is Japanese.
 *
 * @param script    the script of the entry's text
 * @param languages the entry's languages, lower case; empty for any
 */
record EntryScope(Script script, Set<String> languages) {

    private static final Set<String> CYRILLIC_LANGUAGES = Set.of("ru", "uk", "be", "bg", "sr", "mk", "kk", "ky", "tg",
            "mn");
    private static final Set<String> OTHER_SCRIPT_LANGUAGES = Set.of("ar", "he", "el", "zh", "ko", "hi", "th", "ka",
            "hy", "fa", "ur", "bn", "ta", "te", "am", "yi");

    EntryScope {
        languages = Set.copyOf(languages);
    }

    static EntryScope of(KeywordEntry entry) {
        return of(entry.text(), entry.languages());
    }

    static EntryScope of(String text, List<String> languages) {
        return new EntryScope(Script.dominant(text),
                Set.copyOf(languages.stream().map(language -> language.toLowerCase(Locale.ROOT)).toList()));
    }

    /** Whether variants may be written in this script. */
    boolean allows(Script target) {
        if (target == script) {
            return true;
        }
        if (languages.isEmpty()) {
            return switch (script) {
                case LATIN -> target == Script.CYRILLIC;
                case CYRILLIC -> target == Script.LATIN;
                case JAPANESE, HAN -> target == Script.LATIN;
                default -> false;
            };
        }
        // Japanese is written in romaji as well as in kana.
        return languages.stream().anyMatch(language -> scriptOf(language) == target
                || language.equals("ja") && target == Script.LATIN);
    }

    /** Whether people who write the entry likely have a Russian keyboard layout besides the Latin one. */
    boolean usesCyrillicKeyboard() {
        return script == Script.CYRILLIC || languages.isEmpty() && script == Script.LATIN
                || languages.stream().anyMatch(CYRILLIC_LANGUAGES::contains);
    }

    private static Script scriptOf(String language) {
        if (CYRILLIC_LANGUAGES.contains(language)) {
            return Script.CYRILLIC;
        }
        if (language.equals("ja")) {
            return Script.JAPANESE;
        }
        return OTHER_SCRIPT_LANGUAGES.contains(language) ? Script.OTHER : Script.LATIN;
    }
}
