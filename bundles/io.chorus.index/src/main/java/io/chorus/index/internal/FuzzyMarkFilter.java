package io.chorus.index.internal;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Supplier;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Replaces each word by the keys of the fuzzy words it is within reach of (see {@link FuzzyWords}), at the word's
 * position and offsets; words within reach of none are left out, their positions kept.
 */
final class FuzzyMarkFilter extends TokenFilter {

    private final Supplier<FuzzyWords> fuzzyWords;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final Deque<String> pending = new ArrayDeque<>();
    private FuzzyWords current = FuzzyWords.NONE;
    private State word;

    FuzzyMarkFilter(TokenStream input, Supplier<FuzzyWords> fuzzyWords) {
        super(input);
        this.fuzzyWords = fuzzyWords;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        current = fuzzyWords.get();
        pending.clear();
        word = null;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!pending.isEmpty()) {
            restoreState(word);
            term.setEmpty().append(pending.poll());
            increment.setPositionIncrement(0);
            return true;
        }
        int skipped = 0;
        while (input.incrementToken()) {
            int step = increment.getPositionIncrement();
            current.keysOf(term.toString(), pending::add);
            if (pending.isEmpty()) {
                skipped += step;
                continue;
            }
            increment.setPositionIncrement(skipped + step);
            word = captureState();
            term.setEmpty().append(pending.poll());
            return true;
        }
        return false;
    }
}
