package io.chorus.registry.variants.internal;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The single typing mistakes people make in a word of one script: a letter left out, doubled, swapped with the
 * next, hit on a neighbouring key or together with one, a vowel confused, diacritics left out, and the spelling
 * confusions of the language. Works on lower case; the caller restores the capitalisation.
 */
enum TypingMistakes {
    LATIN(Script.LATIN, KeyboardLayout.US, "aeiouy", Map.of('a', "eio", 'e', "aiy", 'i', "eay", 'o', "aeu", 'u', "oa",
            'y', "ie"), SpellingConfusion.LATIN),
    CYRILLIC(Script.CYRILLIC, KeyboardLayout.RUSSIAN_PC, "аеёиоуыэюя", Map.of('о', "а", 'а', "о", 'е', "ия", 'и', "е",
            'я', "еи", 'ы', "и"), SpellingConfusion.CYRILLIC);

    /** Shorter words are left alone: a typo of a two-letter word is nearly always another word. */
    static final int MIN_LETTERS = 3;
    /**
     * No typo of a longer word is shorter than this: three-letter typos are mostly other real words (Visa: via,
     * Sony: son), which match ordinary text and bury the mentions.
     */
    static final int SHORTEST_TYPO = 4;

    private final Script script;
    private final KeyboardLayout keyboard;
    private final String vowels;
    private final Map<Character, String> confusedVowels;
    private final List<SpellingConfusion> confusions;

    TypingMistakes(Script script, KeyboardLayout keyboard, String vowels, Map<Character, String> confusedVowels,
                   List<SpellingConfusion> confusions) {
        this.script = script;
        this.keyboard = keyboard;
        this.vowels = vowels;
        this.confusedVowels = confusedVowels;
        this.confusions = confusions;
    }

    /** The mistakes for a word of this script, or none when the word is in another script. */
    static void forEach(String word, Consumer<TypoEdit> sink) {
        Script script = Script.dominant(word);
        if (script == Script.LATIN) {
            LATIN.mistakes(word.toLowerCase(Locale.ROOT), sink);
        } else if (script == Script.CYRILLIC) {
            CYRILLIC.mistakes(word.toLowerCase(Locale.ROOT), sink);
        }
    }

    private void mistakes(String word, Consumer<TypoEdit> all) {
        int length = word.length();
        if (length < MIN_LETTERS) {
            return;
        }
        int shortest = Math.min(SHORTEST_TYPO, length);
        Consumer<TypoEdit> sink = edit -> {
            if (edit.word().length() >= shortest) {
                all.accept(edit);
            }
        };
        withoutDiacritics(word, sink);
        StringBuilder edited = new StringBuilder(length + 2);
        for (int i = 0; i < length; i++) {
            char c = word.charAt(i);
            TypoEdit.Place place = TypoEdit.Place.of(i, length);
            boolean doubled = i + 1 < length && word.charAt(i + 1) == c;
            boolean secondOfDouble = i > 0 && word.charAt(i - 1) == c;
            boolean vowel = vowels.indexOf(c) >= 0;
            if (doubled) {
                emit(sink, word.substring(0, i) + word.substring(i + 1), TypoKind.SINGLED_DOUBLE, place,
                        "single '" + c + "' for '" + c + c + "'");
            } else if (!secondOfDouble) {
                emit(sink, word.substring(0, i) + word.substring(i + 1),
                        vowel ? TypoKind.DELETED_VOWEL : TypoKind.DELETED_CONSONANT, place, "left out '" + c + "'");
                emit(sink, word.substring(0, i + 1) + c + word.substring(i + 1),
                        vowel ? TypoKind.DOUBLED_VOWEL : TypoKind.DOUBLED_CONSONANT, place, "doubled '" + c + "'");
            }
            if (i + 1 < length && word.charAt(i + 1) != c) {
                edited.setLength(0);
                edited.append(word, 0, i).append(word.charAt(i + 1)).append(c).append(word, i + 2, length);
                emit(sink, edited.toString(), TypoKind.TRANSPOSED, place,
                        "transposed '" + c + "' and '" + word.charAt(i + 1) + "'");
            }
            String around = keyboard.neighboursOf(c);
            for (int n = 0; n < around.length(); n++) {
                char neighbour = around.charAt(n);
                emit(sink, word.substring(0, i) + neighbour + word.substring(i + 1), TypoKind.NEIGHBOUR_KEY, place,
                        "'" + neighbour + "' for '" + c + "', the key next to it");
                if (i == 0 || word.charAt(i - 1) != neighbour) {
                    emit(sink, word.substring(0, i) + neighbour + word.substring(i), TypoKind.NEIGHBOUR_KEY_ADDED,
                            place, "extra '" + neighbour + "' from the key next to '" + c + "'");
                }
                if (i + 1 == length || word.charAt(i + 1) != neighbour) {
                    TypoEdit.Place after = place == TypoEdit.Place.FIRST_LETTER ? TypoEdit.Place.INSIDE : place;
                    emit(sink, word.substring(0, i + 1) + neighbour + word.substring(i + 1),
                            TypoKind.NEIGHBOUR_KEY_ADDED, after, "extra '" + neighbour + "' from the key next to '" + c + "'");
                }
            }
            String confused = confusedVowels.getOrDefault(c, "");
            for (int v = 0; v < confused.length(); v++) {
                char other = confused.charAt(v);
                if (around.indexOf(other) < 0) {
                    emit(sink, word.substring(0, i) + other + word.substring(i + 1), TypoKind.VOWEL_CONFUSED,
                            place, "'" + other + "' for '" + c + "'");
                }
            }
        }
        for (SpellingConfusion confusion : confusions) {
            confusions(word, confusion, sink);
        }
    }

    private void confusions(String word, SpellingConfusion confusion, Consumer<TypoEdit> sink) {
        String from = confusion.from();
        for (int at = word.indexOf(from); at >= 0; at = word.indexOf(from, at + 1)) {
            int end = at + from.length();
            boolean applies = switch (confusion.place()) {
                case ANYWHERE -> true;
                case WORD_END -> end == word.length();
                case BEFORE_CONSONANT_OR_END -> end == word.length() || vowels.indexOf(word.charAt(end)) < 0;
            };
            if (applies) {
                String edited = word.substring(0, at) + confusion.to() + word.substring(end);
                TypoEdit.Place place = TypoEdit.Place.of(at, word.length() - from.length() + 1);
                sink.accept(new TypoEdit(edited, TypoKind.SPELLING_CONFUSION, confusion.label(), place,
                        confusion.prior() * TypoKind.SPELLING_CONFUSION.prior(script, place), confusion.reason()));
            }
        }
    }

    private void withoutDiacritics(String word, Consumer<TypoEdit> sink) {
        if (script == Script.CYRILLIC) {
            if (word.indexOf('ё') >= 0) {
                emit(sink, word.replace('ё', 'е'), TypoKind.MISSING_DIACRITIC, TypoEdit.Place.INSIDE, "'е' for 'ё'");
            }
            return;
        }
        String decomposed = Normalizer.normalize(word, Normalizer.Form.NFD);
        if (decomposed.length() == word.length() && word.indexOf('ß') < 0) {
            return;
        }
        String germanSpelling = word.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss");
        String bare = Normalizer.normalize(decomposed.replaceAll("\\p{Mn}+", ""), Normalizer.Form.NFC)
                .replace("ß", "ss");
        emit(sink, bare, TypoKind.MISSING_DIACRITIC, TypoEdit.Place.INSIDE, "without diacritics");
        if (!germanSpelling.equals(word)) {
            emit(sink, Normalizer.normalize(germanSpelling, Normalizer.Form.NFD).replaceAll("\\p{Mn}+", ""),
                    TypoKind.MISSING_DIACRITIC, TypoEdit.Place.INSIDE, "umlauts written as 'ae', 'oe', 'ue'");
        }
    }

    private void emit(Consumer<TypoEdit> sink, String edited, TypoKind kind, TypoEdit.Place place, String reason) {
        sink.accept(new TypoEdit(edited, kind, kind.name(), place, kind.prior(script, place), reason));
    }
}
