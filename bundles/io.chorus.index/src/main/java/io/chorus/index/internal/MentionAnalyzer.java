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
import org.apache.lucene.analysis.ja.JapaneseBaseFormFilter;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;

import com.ibm.icu.text.Normalizer2;

/**
 * How mention text becomes words. The ICU tokenizer splits any script, ICU folding ignores case, diacritics and
 * full-width forms ("ＳＯＮＹ", "Sony" and "sony" are one word; "ё" is "е"); the stems fields add {@link StemFilter},
 * the fuzzy fields {@link FuzzyMarkFilter}. Keyword fields are lower-cased as a whole.
 *
 * <p>Japanese text (see {@link #isJapanese}) is analysed as the field name plus {@link #JAPANESE}: Kuromoji's
 * tokenizer in search mode splits it into dictionary words ("ソニーのテレビが壊れた": ソニー, の, テレビ, が, 壊れ, た;
 * "東京電力" into 東京, 電力), then the same folding. Compound tokens are dropped, so every word has exactly one
 * position and a rule's phrase (東京電力 = 東京 then 電力) lines up with the mention's words. The stems fields use the
 * dictionary form (壊れた finds 壊れる). Rules and mentions choose the same way, so both sides agree.
 */
public final class MentionAnalyzer extends DelegatingAnalyzerWrapper {

    /** Appended to a field name to analyse its text as Japanese; the indexed field keeps its own name. */
    public static final String JAPANESE = "#ja";

    private final Analyzer words = analyzer(false, tokenizer -> new ICUFoldingFilter(tokenizer));
    private final Analyzer japaneseWords = analyzer(true, tokenizer -> new ICUFoldingFilter(tokenizer));

    // Stem before folding: folding turns "й" into "и", and the Russian stemmer no longer sees the ending of
    // "доставкой" (instrumental of "доставка"). Case and width are folded first, diacritics after.
    private final Analyzer stems = analyzer(false, tokenizer -> new ICUFoldingFilter(new StemFilter(
            new ICUNormalizer2Filter(tokenizer, Normalizer2.getInstance(null, "nfkc_cf", Normalizer2.Mode.COMPOSE)))));
    private final Analyzer japaneseStems = analyzer(true, tokenizer -> new ICUFoldingFilter(new StemFilter(
            new ICUNormalizer2Filter(new JapaneseBaseFormFilter(tokenizer), Normalizer2.getInstance(null, "nfkc_cf",
                    Normalizer2.Mode.COMPOSE)))));

    /** The fuzzy words of the rules now compiled; a mention's fuzzy fields are checked against them. */
    private volatile FuzzyWords fuzzyWords = FuzzyWords.NONE;

    private final Analyzer fuzzy = analyzer(false, tokenizer -> new FuzzyMarkFilter(new ICUFoldingFilter(tokenizer),
            () -> fuzzyWords));
    private final Analyzer japaneseFuzzy = analyzer(true, tokenizer -> new FuzzyMarkFilter(
            new ICUFoldingFilter(tokenizer), () -> fuzzyWords));

    private final Analyzer keywords = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new KeywordTokenizer();
            return new TokenStreamComponents(tokenizer, new LowerCaseFilter(tokenizer));
        }
    };

    private final Map<String, Analyzer> byField = Map.ofEntries(
            Map.entry(MentionFields.TEXT, words), Map.entry(MentionFields.TITLE, words),
            Map.entry(MentionFields.TEXT_STEMS, stems), Map.entry(MentionFields.TITLE_STEMS, stems),
            Map.entry(MentionFields.TEXT_FUZZY, fuzzy), Map.entry(MentionFields.TITLE_FUZZY, fuzzy),
            Map.entry(MentionFields.TEXT + JAPANESE, japaneseWords),
            Map.entry(MentionFields.TITLE + JAPANESE, japaneseWords),
            Map.entry(MentionFields.TEXT_STEMS + JAPANESE, japaneseStems),
            Map.entry(MentionFields.TITLE_STEMS + JAPANESE, japaneseStems),
            Map.entry(MentionFields.TEXT_FUZZY + JAPANESE, japaneseFuzzy),
            Map.entry(MentionFields.TITLE_FUZZY + JAPANESE, japaneseFuzzy));

    public MentionAnalyzer() {
        super(PER_FIELD_REUSE_STRATEGY);
    }

    private interface Chain {
        TokenStream after(Tokenizer tokenizer);
    }

    private static Analyzer analyzer(boolean japanese, Chain chain) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = japanese
                        ? new JapaneseTokenizer(null, true, true, JapaneseTokenizer.Mode.SEARCH)
                        : new ICUTokenizer();
                return new TokenStreamComponents(tokenizer, chain.after(tokenizer));
            }
        };
    }

    /**
     * Whether text is analysed as Japanese: when its language is "ja", or, when the language is unknown (empty or
     * null), when at least half of its letters are kana or kanji.
     */
    public static boolean isJapanese(String language, CharSequence text) {
        if (language != null && !language.isBlank()) {
            return language.strip().equalsIgnoreCase("ja");
        }
        int japanese = 0;
        int letters = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = Character.codePointAt(text, i);
            i += Character.charCount(codePoint);
            if (!Character.isLetter(codePoint)) {
                continue;
            }
            letters++;
            Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
            if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA) {
                japanese++;
            }
        }
        return letters > 0 && japanese * 2 >= letters;
    }

    /**
     * The name to analyse a text field's value under: the field itself, or with {@link #JAPANESE} for Japanese text.
     * Index the value under {@code field} (see {@link MentionFields#text}).
     */
    public static String analysisField(String field, String language, CharSequence text) {
        return isJapanese(language, text) ? field + JAPANESE : field;
    }

    /** From now on, mentions are checked against these fuzzy words. */
    public void useFuzzyWords(FuzzyWords words) {
        fuzzyWords = words;
    }

    public FuzzyWords fuzzyWords() {
        return fuzzyWords;
    }

    /**
     * The field whose analysed words a fuzzy field's words are made from ({@link MentionFields#TEXT} for
     * {@link MentionFields#TEXT_FUZZY}...), or null for other fields: the fuzzy chain is the words chain plus
     * {@link FuzzyMarkFilter}, so a mention's fuzzy words can be derived with {@link #fuzzyMarks} from its words
     * instead of tokenizing the text again.
     */
    static String wordsFieldOf(String fuzzyField) {
        return switch (fuzzyField) {
            case MentionFields.TEXT_FUZZY -> MentionFields.TEXT;
            case MentionFields.TITLE_FUZZY -> MentionFields.TITLE;
            default -> null;
        };
    }

    /** A fuzzy field's words from the analysed words of its {@link #wordsFieldOf words field} (same text). */
    TokenStream fuzzyMarks(TokenStream words) {
        return new FuzzyMarkFilter(words, () -> fuzzyWords);
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
        return byField.getOrDefault(fieldName, keywords);
    }

    @Override
    public void close() {
        for (Analyzer analyzer : new Analyzer[] {words, japaneseWords, stems, japaneseStems, fuzzy, japaneseFuzzy,
                keywords}) {
            analyzer.close();
        }
        super.close();
    }
}
