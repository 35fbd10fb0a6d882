package io.chorus.registry.variants.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import io.chorus.api.registry.KeywordEntry;
import io.chorus.api.registry.Variant;
import io.chorus.api.registry.VariantGenerator;

/**
 * Typing mistakes, one per variant, in one word of the entry at a time: deletions, doubled letters, swapped
 * neighbours, neighbouring keys on QWERTY and ЙЦУКЕН, confused vowels, missing diacritics and ё, and the spelling
 * confusions of English and Russian (see {@link TypingMistakes}); for several words also the words run together.
 * Ranked by the measured priors of {@link TypoKind} and {@link SpellingConfusion}.
 *
 * <p>Every entry type gets typos, exclusions and context words included: a misspelt "apple pie" still means the
 * mention is not about the brand. Words shorter than three letters and words in scripts other than Latin and Cyrillic
 * are left alone, and no typo of a longer word has fewer than four letters (see {@link TypingMistakes}).
 */
@Component(service = VariantGenerator.class)
public final class TypoGenerator implements VariantGenerator {

    static final String NAME = "typo";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Variant> generate(KeywordEntry entry, int limit) {
        EntryText text = EntryText.of(entry);
        VariantCandidates candidates = new VariantCandidates(NAME, VariantCandidates.Agreement.ADDS_UP, text);
        List<Token> tokens = Token.split(text.body());
        boolean severalWords = tokens.stream().filter(Token::word).count() > 1;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (!token.word()) {
                continue;
            }
            int index = i;
            LetterCase letterCase = LetterCase.of(token.text());
            TypingMistakes.forEach(token.text(), edit -> candidates.add(
                    Token.join(tokens, index, letterCase.apply(edit.word())),
                    severalWords ? edit.reason() + " in '" + token.text() + "'" : edit.reason(), edit.prior()));
        }
        if (severalWords) {
            String joined = text.body().replaceAll("\\s+", "");
            candidates.add(joined, "words run together", TypoKind.MISSING_SPACE.prior(Script.dominant(joined),
                    TypoEdit.Place.INSIDE));
        }
        return candidates.best(limit);
    }
}
