package io.chorus.registry.variants.internal;

/**
 * The kinds of typing mistakes the typo generator makes up, with the chance that one particular mistake of the kind
 * is the one people make, by script and by where in the word it happens. The priors are per candidate, not per
 * kind: a word of n letters has about n deletions but 4n neighbouring-key substitutions, so each of the latter needs
 * a lower prior to be ranked fairly.
 *
 * <p>Where the numbers come from: {@code TypoPriorCalibration} (in the tests) counts, for each kind and place, how
 * many of the candidates made from a correct word are the misspelling people actually wrote. English: codespell's
 * list of real misspellings, the even lines (28,791 pairs of a typo and a one-word correction; the odd lines are
 * kept for the evaluation). Russian: the training half of RuLexNorm, Russian tweets with their normalised spelling
 * (2,138 pairs of single words; the test half is kept for the evaluation). The rate is smoothed towards the pooled rate with 30
 * pseudo-candidates (so that thin evidence is not taken at face value) and multiplied by one common scale, 5, which
 * puts the likeliest single typos between 0.1 and 0.6: below a standard transliteration or a whole word typed with
 * the wrong layout, which people write more often than any particular typo. Two kinds have no measurement and are
 * judgement: Latin diacritics (codespell is ASCII; dropping accents is what most keyboards make people do) and
 * running the words together.
 *
 * <p>What the measurements say: in English the double letter written single is by far the likeliest mistake, then
 * deletions and swaps; a wrong neighbouring key is common as a kind but spread over many candidates. Russian tweets
 * drop final letters (прям, спасиб), skip ё and confuse unstressed vowels, and hardly ever swap letters.
 */
enum TypoKind {
    //                    Latin: inside, first, last letter;   Cyrillic: inside, first, last letter
    DELETED_VOWEL(        new Priors(0.15, 0.015, 0.074),      new Priors(0.012, 0.013, 0.27)),
    DELETED_CONSONANT(    new Priors(0.17, 0.026, 0.095),      new Priors(0.025, 0.0042, 0.17)),
    /** One letter of a double written: "ocasion". */
    SINGLED_DOUBLE(       new Priors(0.56, 0.11, 0.56),        new Priors(0.47, 0.45, 0.47)),
    DOUBLED_VOWEL(        new Priors(0.020, 0.0088, 0.0051),   new Priors(0.0049, 0.001, 0.026)),
    DOUBLED_CONSONANT(    new Priors(0.055, 0.0037, 0.022),    new Priors(0.0038, 0.0008, 0.018)),
    /** Neighbouring letters swapped: "teh". */
    TRANSPOSED(           new Priors(0.10, 0.0092, 0.10),      new Priors(0.0016, 0.0003, 0.0016)),
    /** A letter replaced by the one on a neighbouring key. */
    NEIGHBOUR_KEY(        new Priors(0.0072, 0.0041, 0.0028),  new Priors(0.0026, 0.0026, 0.008)),
    /** A neighbouring key pressed as well, before or after the right one. */
    NEIGHBOUR_KEY_ADDED(  new Priors(0.0039, 0.0001, 0.0025),  new Priors(0.0006, 0.0001, 0.0032)),
    /** A vowel written as another: English schwa ("seperate"), Russian unstressed о/а, е/и, я/и. */
    VOWEL_CONFUSED(       new Priors(0.033, 0.010, 0.0047),    new Priors(0.037, 0.012, 0.075)),
    /** Diacritics left out: "Nestle", "Muller" or "Mueller", е for ё. Latin by judgement; ё measured (0.83). */
    MISSING_DIACRITIC(    new Priors(0.7, 0.7, 0.7),           new Priors(0.8, 0.8, 0.8)),
    /** A confusion of spellings that sound alike: each rule of {@link SpellingConfusion} has its own prior. */
    SPELLING_CONFUSION(   new Priors(1, 0.2, 1),               new Priors(1, 0.2, 1)),
    /** The words of a multi-word entry run together, as in hashtags and domain names: by judgement. */
    MISSING_SPACE(        new Priors(0.3, 0.3, 0.3),           new Priors(0.3, 0.3, 0.3));

    /** The prior of one candidate mistake by where it happens in the word. */
    record Priors(double inside, double firstLetter, double lastLetter) {

        double at(TypoEdit.Place place) {
            return switch (place) {
                case FIRST_LETTER -> firstLetter;
                case INSIDE -> inside;
                case LAST_LETTER -> lastLetter;
            };
        }
    }

    private final Priors latin;
    private final Priors cyrillic;

    TypoKind(Priors latin, Priors cyrillic) {
        this.latin = latin;
        this.cyrillic = cyrillic;
    }

    double prior(Script script, TypoEdit.Place place) {
        return (script == Script.CYRILLIC ? cyrillic : latin).at(place);
    }
}
