package io.chorus.index.internal;

import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.core.LowerCaseFilter;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.ICUNormalizer2Filter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;

import com.ibm.icu.text.Normalizer2;

/**
 * How mention text becomes words. The ICU tokenizer splits any script (it segments Japanese and Chinese with a
 * dictionary), ICU folding ignores case, diacritics and full-width forms ("ＳＯＮＹ", "Sony" and "sony" are one
 * word; "ё" is "е"); the stems fields add {@link StemFilter}, the fuzzy fields {@link FuzzyMarkFilter}. Keyword
 * fields are lower-cased as a whole.
 */
final class MentionAnalyzer extends DelegatingAnalyzerWrapper {

    private final Analyzer words = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new ICUTokenizer();
            return new TokenStreamComponents(tokenizer, new ICUFoldingFilter(tokenizer));
        }
    };

    private final Analyzer stems = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new ICUTokenizer();
            // Stem before folding: folding turns "й" into "и", and the Russian stemmer no longer sees the ending of
            // "доставкой" (instrumental of "доставка"). Case and width are folded first, diacritics after.
            TokenStream stream = new ICUFoldingFilter(new StemFilter(new ICUNormalizer2Filter(tokenizer,
                    Normalizer2.getInstance(null, "nfkc_cf", Normalizer2.Mode.COMPOSE))));
            return new TokenStreamComponents(tokenizer, stream);
        }
    };

    /** The fuzzy words of the rules now compiled; a mention's fuzzy fields are checked against them. */
    private volatile FuzzyWords fuzzyWords = FuzzyWords.NONE;

    private final Analyzer fuzzy = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new ICUTokenizer();
            TokenStream stream = new FuzzyMarkFilter(new ICUFoldingFilter(tokenizer), () -> fuzzyWords);
            return new TokenStreamComponents(tokenizer, stream);
        }
    };

    private final Analyzer keywords = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new KeywordTokenizer();
            return new TokenStreamComponents(tokenizer, new LowerCaseFilter(tokenizer));
        }
    };

    private final Map<String, Analyzer> byField = Map.of(
            MentionFields.TEXT, words, MentionFields.TITLE, words,
            MentionFields.TEXT_STEMS, stems, MentionFields.TITLE_STEMS, stems,
            MentionFields.TEXT_FUZZY, fuzzy, MentionFields.TITLE_FUZZY, fuzzy);

    MentionAnalyzer() {
        super(PER_FIELD_REUSE_STRATEGY);
    }

    /** From now on, mentions are checked against these fuzzy words. */
    void useFuzzyWords(FuzzyWords words) {
        fuzzyWords = words;
    }

    FuzzyWords fuzzyWords() {
        return fuzzyWords;
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
        return byField.getOrDefault(fieldName, keywords);
    }

    @Override
    public void close() {
        words.close();
        stems.close();
        fuzzy.close();
        keywords.close();
        super.close();
    }
}
