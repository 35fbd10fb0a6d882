package io.chorus.index.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import io.chorus.api.mention.Mention;
import io.chorus.api.query.Query;
import io.chorus.api.query.QueryException;
import io.chorus.api.query.Span;

/** Japanese text is split by Kuromoji, on the rule side and the mention side alike; other languages are as before. */
class JapaneseAnalysisTest {

    private static final MentionAnalyzer ANALYZER = new MentionAnalyzer();
    private static final LuceneQueryCompiler COMPILER = new LuceneQueryCompiler(ANALYZER, new FuzzyWords.Builder());

    @AfterAll
    static void close() {
        ANALYZER.close();
    }

    private static boolean matches(Query query, String text, String language) throws QueryException {
        MemoryIndex index = new MemoryIndex(true, true);
        org.apache.lucene.search.Query compiled = COMPILER.compile(query);
        Document document = MentionFields.document(new Mention("1", "x", "", "", null, "", text, language), false);
        document.getFields().forEach(field -> index.addField(field, ANALYZER));
        return index.search(compiled) > 0;
    }

    private static Query term(String text) {
        return new Query.Term(text, Span.NONE);
    }

    /** Each token as "term@position[start,end)". */
    private static List<String> tokens(Analyzer analyzer, String field, String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                tokens.add(term + "@" + position + "[" + offset.startOffset() + "," + offset.endOffset() + ")");
            }
            stream.end();
        }
        return tokens;
    }

    @Test
    void japaneseIsTheLanguageOrMostlyKanaAndKanji() {
        assertTrue(MentionAnalyzer.isJapanese("ja", "Sony is great"), "the language decides when known");
        assertFalse(MentionAnalyzer.isJapanese("ru", "ソニーのテレビが壊れた"));
        assertTrue(MentionAnalyzer.isJapanese("", "ソニーのテレビが壊れた"));
        assertTrue(MentionAnalyzer.isJapanese("", "iPhone 15を買ったけど、バッテリーがすぐ切れる"));
        assertFalse(MentionAnalyzer.isJapanese("", "I bought a ソニー TV yesterday"));
        assertFalse(MentionAnalyzer.isJapanese("", "12345 !!!"));
        assertEquals("text#ja", MentionAnalyzer.analysisField(MentionFields.TEXT, "", "東京電力"));
        assertEquals("text", MentionAnalyzer.analysisField(MentionFields.TEXT, "en", "東京電力"));
    }

    @Test
    void kuromojiSplitsSentencesIntoDictionaryWordsWithOnePositionEach() throws IOException {
        assertEquals(List.of("ソニ@0[0,3)", "の@1[3,4)", "テレヒ@2[4,7)", "か@3[7,8)", "壊れ@4[8,10)", "た@5[10,11)"),
                tokens(ANALYZER, "text#ja", "ソニーのテレビが壊れた"), "folded as every other script: no voicing or length marks");
        assertEquals(List.of("東京@0[0,2)", "電力@1[2,4)"), tokens(ANALYZER, "text#ja", "東京電力"),
                "search mode splits the compound and drops the compound token");
        assertEquals(List.of("壊れる@0[0,2)"), tokens(ANALYZER, "text.stems#ja", "壊れた").subList(0, 1),
                "word forms: the dictionary form");
    }

    @Test
    void japaneseBrandsMatchInsideSentencesWithoutSpaces() throws QueryException {
        assertTrue(matches(term("ソニー"), "ソニーのテレビが壊れた", "ja"));
        assertTrue(matches(term("ソニー"), "ソニーのテレビが壊れた", ""), "unknown language, mostly kana");
        assertTrue(matches(term("東京電力"), "昨日、東京電力の株価が大きく下がった。", "ja"));
        assertFalse(matches(term("東京電力"), "東京の電力会社について調べた", "ja"), "東京 and 電力 must be adjacent");
        assertTrue(matches(term("ユニクロ"), "ユニクロで新しいジャケットを買いました", "ja"));
        assertFalse(matches(term("ソニー"), "ソニックの新作ゲームが楽しい", "ja"));
        assertTrue(matches(new Query.Forms("壊れる", Span.NONE), "ソニーのテレビが壊れた", "ja"));
        assertTrue(matches(new Query.Near(term("ソニー"), term("テレビ"), 2, true, Span.NONE), "ソニーのテレビが壊れた",
                "ja"));
        assertFalse(matches(new Query.Near(term("テレビ"), term("ソニー"), 2, true, Span.NONE), "ソニーのテレビが壊れた",
                "ja"), "ordered");
        assertTrue(matches(term("ＳＯＮＹ"), "SONYのテレビを買った", "ja"), "width and case folded in Japanese text too");
    }

    @Test
    void englishAndRussianAreAnalysedAsBefore() throws IOException, QueryException {
        Analyzer before = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new ICUTokenizer();
                return new TokenStreamComponents(tokenizer, new ICUFoldingFilter(tokenizer));
            }
        };
        for (String text : List.of("Купил ＳＯＮＹ вчера, доставка опять задержалась",
                "Sberbank app crashed AGAIN after the update", "Ёлка и ёжик в Сбербанке", "I bought a ソニー TV")) {
            String field = MentionAnalyzer.analysisField(MentionFields.TEXT, "", text);
            assertEquals(MentionFields.TEXT, field, text);
            assertEquals(tokens(before, MentionFields.TEXT, text), tokens(ANALYZER, field, text), text);
        }
        before.close();
        assertTrue(matches(new Query.Forms("доставка", Span.NONE), "опоздали с доставкой", "ru"));
        assertTrue(matches(new Query.Phrase("app crashed", Span.NONE), "Sberbank app crashed again", "en"));
    }

    @Test
    void storedMentionsIndexTheSameWords() throws IOException {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(ANALYZER))) {
            Document document = new Document();
            document.add(MentionFields.text(MentionFields.TEXT, "昨日、東京電力の株価が大きく下がった。", "ja",
                    TextField.TYPE_STORED));
            writer.addDocument(document);
            writer.commit();
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                assertEquals(1, searcher.count(COMPILER.compile(term("東京電力"))));
                assertEquals(0, searcher.count(COMPILER.compile(term("東京の電力"))));
            } catch (QueryException e) {
                throw new AssertionError(e);
            }
        }
    }
}
