package io.chorus.index.internal.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.spans.FieldMaskingSpanQuery;
import org.apache.lucene.queries.spans.SpanMultiTermQueryWrapper;
import org.apache.lucene.queries.spans.SpanNearQuery;
import org.apache.lucene.queries.spans.SpanOrQuery;
import org.apache.lucene.queries.spans.SpanQuery;
import org.apache.lucene.queries.spans.SpanTermQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import io.chorus.api.mention.Mention;
import io.chorus.api.query.QueryException;
import io.chorus.index.internal.FuzzyWords;
import io.chorus.index.internal.LuceneQueryCompiler;
import io.chorus.index.internal.MentionAnalyzer;
import io.chorus.index.internal.MentionFields;

/**
 * The text side of the index, shared with the matcher so that a search finds what a rule matches: the analyzer,
 * the text fields of a mention and the compiler of the query language.
 */
final class IndexText {

    /** The words field each fuzzy field stands for. */
    private static final Map<String, String> FUZZY_TO_WORDS = Map.of(MentionFields.TEXT_FUZZY, MentionFields.TEXT,
            MentionFields.TITLE_FUZZY, MentionFields.TITLE);

    private IndexText() {
    }

    static Analyzer newAnalyzer() {
        return new MentionAnalyzer();
    }

    /** The analysed text fields of a mention (words, stems, keywords of the query language's field filters). */
    static Document textFields(Mention mention) {
        return MentionFields.document(mention, false);
    }

    /**
     * Compiles a parsed query to Lucene. The matcher indexes fuzzy words as keys of the rules' fuzzy words; the store
     * cannot know future queries' fuzzy words when it indexes, so fuzzy clauses become Lucene fuzzy queries on the
     * words fields instead, with the same first letter kept.
     */
    static Query compile(Analyzer analyzer, io.chorus.api.query.Query query) throws QueryException {
        return withFuzzyQueries(new LuceneQueryCompiler(analyzer, new FuzzyWords.Builder()).compile(query));
    }

    private static Query withFuzzyQueries(Query query) {
        return switch (query) {
            case TermQuery term when isFuzzyKey(term.getTerm()) -> fuzzy(term.getTerm());
            case BooleanQuery bool -> {
                BooleanQuery.Builder builder = new BooleanQuery.Builder()
                        .setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
                for (BooleanClause clause : bool.clauses()) {
                    builder.add(withFuzzyQueries(clause.query()), clause.occur());
                }
                yield builder.build();
            }
            case SpanQuery span -> withFuzzySpans(span);
            default -> query;
        };
    }

    private static SpanQuery withFuzzySpans(SpanQuery query) {
        return switch (query) {
            case FieldMaskingSpanQuery masked when masked.getMaskedQuery() instanceof SpanTermQuery term
                    && isFuzzyKey(term.getTerm()) -> new SpanMultiTermQueryWrapper<>(fuzzy(term.getTerm()));
            case SpanNearQuery near -> {
                SpanQuery[] clauses = near.getClauses().clone();
                for (int i = 0; i < clauses.length; i++) {
                    clauses[i] = withFuzzySpans(clauses[i]);
                }
                yield new SpanNearQuery(clauses, near.getSlop(), near.isInOrder());
            }
            case SpanOrQuery or -> {
                List<SpanQuery> clauses = new ArrayList<>();
                for (SpanQuery clause : or.getClauses()) {
                    clauses.add(withFuzzySpans(clause));
                }
                yield new SpanOrQuery(clauses.toArray(SpanQuery[]::new));
            }
            default -> query;
        };
    }

    private static boolean isFuzzyKey(Term term) {
        return FUZZY_TO_WORDS.containsKey(term.field()) && term.text().matches(".+~\\d");
    }

    /** {@code text.fuzzy:word~2} becomes a fuzzy query for "word" in {@code text}, two edits, first letter kept. */
    private static FuzzyQuery fuzzy(Term key) {
        String text = key.text();
        int tilde = text.lastIndexOf('~');
        // The matcher keeps the first letter of a fuzzy word (FuzzyWords.PREFIX_LENGTH); so does the store.
        return new FuzzyQuery(new Term(FUZZY_TO_WORDS.get(key.field()), text.substring(0, tilde)),
                Integer.parseInt(text.substring(tilde + 1)), 1);
    }
}
