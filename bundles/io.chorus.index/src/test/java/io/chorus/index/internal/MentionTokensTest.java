package io.chorus.index.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import io.chorus.api.mention.Mention;

/**
 * The matcher analyses a mention once into {@link MentionTokens} and builds its MemoryIndex from them, deriving the
 * fuzzy fields from the words fields: what it indexes must be exactly what analysing every field gives.
 */
class MentionTokensTest {

    private static final MentionAnalyzer ANALYZER = new MentionAnalyzer();

    static {
        FuzzyWords.Builder fuzzy = new FuzzyWords.Builder();
        for (String word : new String[] {"acme", "отзыв", "samsung", "сбербанк"}) {
            fuzzy.add(word, 1);
        }
        fuzzy.add("galaxy", 2);
        ANALYZER.useFuzzyWords(fuzzy.build());
    }

    private static final List<Mention> MENTIONS = List.of(
            mention("Acme broke AGAIN, acmе support is terrible", "Review: Acmee", "en"),
            mention("купил Samsung Galaxy в Сбербанке, отзыв: доставкой доволен", "", "ru"),
            mention("ソニーのテレビが壊れた Samsng", "レビュー", "ja"),
            mention("東京電力の配達が遅い", "", ""),
            mention("ＳＯＮＹ Ёлка café naïve 🙂 x", "", "en"),
            mention("", "", ""));

    @AfterAll
    static void close() {
        ANALYZER.close();
    }

    private static Mention mention(String text, String title, String language) {
        return new Mention("m", "x", "https://forum.example.com/t/1", "someone", null, title, text, language);
    }

    @Test
    void replayedFieldsGiveTheTokensTheAnalyzerGives() throws IOException {
        for (Mention mention : MENTIONS) {
            MentionTokens tokens = record(mention);
            int f = 0;
            for (IndexableField field : MentionFields.document(mention, true)) {
                assertEquals(field.name(), tokens.name(f));
                assertEquals(tokens(field.tokenStream(ANALYZER, null)), tokens(tokens.replay(f)),
                        field.name() + " of " + mention.text());
                f++;
            }
            assertEquals(f, tokens.fieldCount());
        }
    }

    @Test
    void fuzzyFieldsDerivedFromTheWordsAreTheFuzzyFieldsAnalysed() throws IOException {
        boolean anyFuzzyWord = false;
        for (Mention mention : MENTIONS) {
            MentionTokens tokens = record(mention);
            for (IndexableField field : MentionFields.document(mention, true)) {
                String wordsField = MentionAnalyzer.wordsFieldOf(field.name());
                if (wordsField == null) {
                    continue;
                }
                List<String> analysed = tokens(field.tokenStream(ANALYZER, null));
                anyFuzzyWord |= analysed.size() > 1; // more than the end state
                assertEquals(analysed, tokens(ANALYZER.fuzzyMarks(tokens.replay(tokens.field(wordsField)))),
                        field.name() + " of " + mention.text());
            }
        }
        assertTrue(anyFuzzyWord, "the mentions must have words within reach of the fuzzy words");
    }

    @Test
    void memoryIndexFromReplayedFieldsEqualsTheAnalysedOne() throws IOException {
        for (Mention mention : MENTIONS) {
            MemoryIndex analysed = new MemoryIndex(true, true);
            MentionFields.document(mention, true).forEach(field -> analysed.addField(field, ANALYZER));
            MentionTokens tokens = record(mention);
            MemoryIndex replayed = new MemoryIndex(true, true);
            for (int f = 0; f < tokens.fieldCount(); f++) {
                replayed.addField(tokens.replayedField(f), ANALYZER);
            }
            assertEquals(postings(analysed), postings(replayed), mention.text());
        }
    }

    private static MentionTokens record(Mention mention) throws IOException {
        MentionTokens tokens = new MentionTokens();
        tokens.clear();
        for (IndexableField field : MentionFields.document(mention, true)) {
            tokens.record(field, field.tokenStream(ANALYZER, null));
        }
        return tokens;
    }

    /** Each token as "term+increment[start,end)", then the end state. */
    private static List<String> tokens(TokenStream stream) throws IOException {
        List<String> result = new ArrayList<>();
        try (stream) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offsets = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                result.add(term + "+" + increment.getPositionIncrement() + "[" + offsets.startOffset() + ","
                        + offsets.endOffset() + ")");
            }
            stream.end();
            result.add("end+" + increment.getPositionIncrement() + "[" + offsets.startOffset() + ","
                    + offsets.endOffset() + ")");
        }
        return result;
    }

    /** Every field's terms with their positions and offsets, as the matcher's queries see them. */
    private static List<String> postings(MemoryIndex index) throws IOException {
        List<String> result = new ArrayList<>();
        LeafReader reader = index.createSearcher().getIndexReader().leaves().get(0).reader();
        for (FieldInfo info : reader.getFieldInfos()) {
            result.add(info.name + " " + info.getIndexOptions());
            Terms terms = reader.terms(info.name);
            if (terms == null) {
                continue; // a field without words (an empty title)
            }
            TermsEnum words = terms.iterator();
            for (BytesRef word = words.next(); word != null; word = words.next()) {
                PostingsEnum postings = words.postings(null, PostingsEnum.ALL);
                postings.nextDoc();
                StringBuilder entry = new StringBuilder(info.name + ":" + word.utf8ToString());
                for (int i = 0; i < postings.freq(); i++) {
                    entry.append(' ').append(postings.nextPosition()).append('[').append(postings.startOffset())
                            .append(',').append(postings.endOffset()).append(')');
                }
                result.add(entry.toString());
            }
        }
        return result;
    }
}
