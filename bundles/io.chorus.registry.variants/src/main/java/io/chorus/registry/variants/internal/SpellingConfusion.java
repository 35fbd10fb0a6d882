package io.chorus.registry.variants.internal;

import java.util.List;

/**
 * A confusion between spellings that sound alike: "ph" written as "f", "тся" as "ться". Applied to one occurrence at
 * a time, in lower case.
 *
 * @param from  what the correct word has
 * @param to    what people write instead
 * @param place where in the word the rule applies
 * @param prior the chance, per candidate, that people make exactly this mistake (see {@link TypoKind})
 */
record SpellingConfusion(String from, String to, Place place, double prior) {

    enum Place {
        ANYWHERE,
        WORD_END,
        /** Before a consonant or at the end of the word: where Russian consonants lose or gain voice. */
        BEFORE_CONSONANT_OR_END
    }

    /**
     * English confusions, priors measured on codespell as described in {@link TypoKind}. Exceptions by judgement:
     * f→ph (never seen, kept tiny) and the British forms or→our, ize→ise at 0.01, which codespell, American,
     * does not count as mistakes although brands meet them.
     */
    static final List<SpellingConfusion> LATIN = List.of(
            new SpellingConfusion("ph", "f", Place.ANYWHERE, 0.12),
            new SpellingConfusion("f", "ph", Place.ANYWHERE, 0.002),
            new SpellingConfusion("c", "k", Place.ANYWHERE, 0.022),
            new SpellingConfusion("k", "c", Place.ANYWHERE, 0.04),
            new SpellingConfusion("ck", "k", Place.ANYWHERE, 0.36),
            new SpellingConfusion("c", "s", Place.ANYWHERE, 0.05),
            new SpellingConfusion("s", "c", Place.ANYWHERE, 0.029),
            new SpellingConfusion("s", "z", Place.ANYWHERE, 0.017),
            new SpellingConfusion("z", "s", Place.ANYWHERE, 0.011),
            new SpellingConfusion("ie", "ei", Place.ANYWHERE, 0.25),
            new SpellingConfusion("ei", "ie", Place.ANYWHERE, 0.41),
            new SpellingConfusion("er", "re", Place.WORD_END, 0.021),
            new SpellingConfusion("re", "er", Place.WORD_END, 0.033),
            new SpellingConfusion("our", "or", Place.ANYWHERE, 0.21),
            new SpellingConfusion("or", "our", Place.WORD_END, 0.01),
            new SpellingConfusion("ise", "ize", Place.ANYWHERE, 0.05),
            new SpellingConfusion("ize", "ise", Place.ANYWHERE, 0.01),
            new SpellingConfusion("y", "ie", Place.WORD_END, 0.007),
            new SpellingConfusion("tion", "sion", Place.ANYWHERE, 0.03),
            new SpellingConfusion("sion", "tion", Place.ANYWHERE, 0.13));

    /**
     * Russian confusions: spelling-rule slips (тся/ться, жи/ши, ь/ъ) and spellings by ear (чт→шт, -ого→-ово,
     * voicing). Measured on the training half of RuLexNorm where it has them (тся/ться/ца, ь, е/ё, е/э, с→з);
     * the rest are rare there and carry judgement priors between 0.01 and 0.05.
     */
    static final List<SpellingConfusion> CYRILLIC = List.of(
            new SpellingConfusion("тся", "ться", Place.WORD_END, 0.19),
            new SpellingConfusion("ться", "тся", Place.WORD_END, 0.11),
            new SpellingConfusion("тся", "ца", Place.WORD_END, 0.19),
            new SpellingConfusion("ться", "ца", Place.WORD_END, 0.03),
            new SpellingConfusion("жи", "жы", Place.ANYWHERE, 0.05),
            new SpellingConfusion("ши", "шы", Place.ANYWHERE, 0.05),
            new SpellingConfusion("ча", "чя", Place.ANYWHERE, 0.03),
            new SpellingConfusion("ща", "щя", Place.ANYWHERE, 0.03),
            new SpellingConfusion("чу", "чю", Place.ANYWHERE, 0.03),
            new SpellingConfusion("щу", "щю", Place.ANYWHERE, 0.03),
            new SpellingConfusion("ь", "ъ", Place.ANYWHERE, 0.02),
            new SpellingConfusion("ъ", "ь", Place.ANYWHERE, 0.05),
            new SpellingConfusion("ь", "", Place.ANYWHERE, 0.1),
            new SpellingConfusion("ъ", "", Place.ANYWHERE, 0.05),
            new SpellingConfusion("чт", "шт", Place.ANYWHERE, 0.01),
            new SpellingConfusion("щ", "ш", Place.ANYWHERE, 0.02),
            new SpellingConfusion("сч", "щ", Place.ANYWHERE, 0.05),
            new SpellingConfusion("ого", "ово", Place.WORD_END, 0.03),
            new SpellingConfusion("его", "ево", Place.WORD_END, 0.03),
            new SpellingConfusion("э", "е", Place.ANYWHERE, 0.03),
            new SpellingConfusion("е", "э", Place.ANYWHERE, 0.03),
            new SpellingConfusion("е", "ё", Place.ANYWHERE, 0.1),
            new SpellingConfusion("з", "с", Place.BEFORE_CONSONANT_OR_END, 0.01),
            new SpellingConfusion("с", "з", Place.BEFORE_CONSONANT_OR_END, 0.017),
            new SpellingConfusion("д", "т", Place.BEFORE_CONSONANT_OR_END, 0.01),
            new SpellingConfusion("т", "д", Place.BEFORE_CONSONANT_OR_END, 0.01),
            new SpellingConfusion("б", "п", Place.BEFORE_CONSONANT_OR_END, 0.01),
            new SpellingConfusion("г", "к", Place.BEFORE_CONSONANT_OR_END, 0.01),
            new SpellingConfusion("в", "ф", Place.BEFORE_CONSONANT_OR_END, 0.01),
            new SpellingConfusion("ж", "ш", Place.BEFORE_CONSONANT_OR_END, 0.01));

    /** A short label for measurements: "ph→f". */
    String label() {
        return from + "→" + to;
    }

    /** The reason shown to people. */
    String reason() {
        return to.isEmpty() ? "left out '" + from + "'" : "'" + from + "' written as '" + to + "'";
    }
}
