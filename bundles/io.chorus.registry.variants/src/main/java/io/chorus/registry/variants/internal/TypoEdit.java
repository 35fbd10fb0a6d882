package io.chorus.registry.variants.internal;

/**
 * One typing mistake in one word.
 *
 * @param word    the word as mistyped, in lower case
 * @param kind    what sort of mistake
 * @param label   the mistake in short, for measurements: the kind, or the confusion rule ("ph→f")
 * @param place   where in the word it happens
 * @param prior   how likely people make exactly this mistake (see {@link TypoKind})
 * @param reason  the mistake in words, for people
 */
record TypoEdit(String word, TypoKind kind, String label, Place place, double prior, String reason) {

    /** Where in a word a mistake happens: people get the first letter right far more often than the others. */
    enum Place {
        FIRST_LETTER, INSIDE, LAST_LETTER;

        static Place of(int index, int length) {
            return index == 0 ? FIRST_LETTER : index >= length - 1 ? LAST_LETTER : INSIDE;
        }
    }
}
