package io.chorus.index.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.index.Term;
import org.apache.lucene.queries.spans.FieldMaskingSpanQuery;
import org.apache.lucene.queries.spans.SpanMultiTermQueryWrapper;
import org.apache.lucene.queries.spans.SpanNearQuery;
import org.apache.lucene.queries.spans.SpanOrQuery;
import org.apache.lucene.queries.spans.SpanQuery;
import org.apache.lucene.queries.spans.SpanTermQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The words a mention must contain for a compiled rule to possibly match it: any one of them is enough to try the
 * rule, none means the rule cannot match. An OR needs any word of any branch; an AND needs the words of one of its
 * parts, the one least likely to be in a mention (the semantic core's names before common words, longer before
 * shorter); a phrase or NEAR needs one of its words. NOT and match-all add nothing: a rule with nothing required
 * ({@code NOT spam}, a field filter on a prefix-less value...) is tried on every mention.
 *
 * @param keys  the words: whole terms, or term prefixes for prefix queries
 * @param cost  how likely a mention contains one of them (higher: more often tried)
 */
record RequiredTerms(List<Key> keys, double cost) {

    /**
     * A term of a field, or, with {@code prefix}, any term of the field starting with these bytes.
     */
    record Key(Term term, boolean prefix) {
    }

    /**
     * What is known of words: whether they are the semantic core's, and how many rules use them. A word many rules
     * use ("shop", a context word of every brand) is likely common in mentions, and trying a rule for it costs more.
     */
    record Weights(Set<Term> entryTerms, Map<Term, Integer> rulesUsing) {
    }

    /** Words of keyword fields (language, platform) are in a large share of mentions. */
    private static final double KEYWORD_FIELD_COST = 50;
    /** Each edit a fuzzy word allows makes it this much more likely to be in a mention. */
    private static final double FUZZY_EDIT_FACTOR = 4;
    /** The semantic core's words (brand names, products) are in few mentions, whatever their length. */
    private static final double ENTRY_FACTOR = 0.2;

    /** What {@code query} requires, or null when a mention needs no particular word for it to match. */
    static RequiredTerms of(Query query, Weights weights) {
        return switch (query) {
            case TermQuery term -> term(term.getTerm(), weights);
            case PhraseQuery phrase -> {
                RequiredTerms best = null;
                for (Term term : phrase.getTerms()) {
                    best = cheaper(best, term(term, weights));
                }
                yield best;
            }
            case PrefixQuery prefix -> new RequiredTerms(List.of(new Key(prefix.getPrefix(), true)),
                    2 * termCost(prefix.getPrefix(), weights));
            case BooleanQuery bool -> bool(bool, weights);
            case ConstantScoreQuery constant -> of(constant.getQuery(), weights);
            case BoostQuery boost -> of(boost.getQuery(), weights);
            case SpanTermQuery term -> term(term.getTerm(), weights);
            case FieldMaskingSpanQuery masked -> of(masked.getMaskedQuery(), weights);
            case SpanMultiTermQueryWrapper<?> wrapper -> of(wrapper.getWrappedQuery(), weights);
            case SpanNearQuery near -> {
                RequiredTerms best = null;
                for (SpanQuery clause : near.getClauses()) {
                    RequiredTerms required = of(clause, weights);
                    if (required != null) {
                        best = cheaper(best, required);
                    }
                }
                yield best;
            }
            case SpanOrQuery or -> anyOf(List.of(or.getClauses()), weights);
            default -> null;
        };
    }

    /**
     * Conditions a mention must all meet for {@code query} to match it, each a set of words of which it must contain
     * one: a phrase, an AND or a NEAR needs each of its parts, an OR one of its words ({@code @acme AND (again OR
     * broken)} is {acme} and {again, broken}). Checking them is far cheaper than running the query.
     */
    static List<List<Key>> conditions(Query query, Weights weights) {
        List<List<Key>> conditions = new ArrayList<>();
        collectConditions(query, weights, conditions);
        return conditions;
    }

    private static void collectConditions(Query query, Weights weights, List<List<Key>> conditions) {
        switch (query) {
            case TermQuery term -> conditions.add(List.of(new Key(term.getTerm(), false)));
            case PhraseQuery phrase -> {
                for (Term term : phrase.getTerms()) {
                    conditions.add(List.of(new Key(term, false)));
                }
            }
            case BooleanQuery bool -> {
                boolean conjunction = false;
                for (BooleanClause clause : bool.clauses()) {
                    if (clause.occur() == BooleanClause.Occur.MUST || clause.occur() == BooleanClause.Occur.FILTER) {
                        conjunction = true;
                        collectConditions(clause.query(), weights, conditions);
                    }
                }
                if (!conjunction) {
                    addAnyOf(query, weights, conditions);
                }
            }
            case ConstantScoreQuery constant -> collectConditions(constant.getQuery(), weights, conditions);
            case BoostQuery boost -> collectConditions(boost.getQuery(), weights, conditions);
            case SpanTermQuery term -> conditions.add(List.of(new Key(term.getTerm(), false)));
            case FieldMaskingSpanQuery masked -> collectConditions(masked.getMaskedQuery(), weights, conditions);
            case SpanNearQuery near -> {
                for (SpanQuery clause : near.getClauses()) {
                    collectConditions(clause, weights, conditions);
                }
            }
            default -> addAnyOf(query, weights, conditions);
        }
    }

    private static void addAnyOf(Query query, Weights weights, List<List<Key>> conditions) {
        RequiredTerms required = of(query, weights);
        if (required != null) {
            conditions.add(required.keys());
        }
    }

    private static RequiredTerms bool(BooleanQuery bool, Weights weights) {
        List<Query> shoulds = new ArrayList<>();
        RequiredTerms best = null;
        boolean hasRequired = false;
        for (BooleanClause clause : bool.clauses()) {
            switch (clause.occur()) {
                case MUST, FILTER -> {
                    hasRequired = true;
                    RequiredTerms required = of(clause.query(), weights);
                    if (required != null) {
                        best = cheaper(best, required);
                    }
                }
                case SHOULD -> shoulds.add(clause.query());
                case MUST_NOT -> {
                    // a mention without the excluded words still has to match the rest
                }
            }
        }
        if (hasRequired) {
            return best;
        }
        return shoulds.isEmpty() ? null : anyOf(shoulds, weights);
    }

    private static RequiredTerms anyOf(List<? extends Query> alternatives, Weights weights) {
        List<Key> keys = new ArrayList<>();
        double cost = 0;
        for (Query alternative : alternatives) {
            RequiredTerms required = of(alternative, weights);
            if (required == null) {
                return null;
            }
            keys.addAll(required.keys());
            cost += required.cost();
        }
        return keys.isEmpty() ? null : new RequiredTerms(List.copyOf(keys), cost);
    }

    private static RequiredTerms term(Term term, Weights weights) {
        return new RequiredTerms(List.of(new Key(term, false)), termCost(term, weights));
    }

    private static double termCost(Term term, Weights weights) {
        if (isKeywordField(term.field())) {
            return KEYWORD_FIELD_COST;
        }
        String text = term.text();
        double byLength;
        if (term.field().equals(MentionFields.TEXT_FUZZY) || term.field().equals(MentionFields.TITLE_FUZZY)) {
            // "fyr~1" stands for every word one edit away ("for", "fur"...): the shorter, the more words it is
            int tilde = text.lastIndexOf('~');
            int length = text.codePointCount(0, tilde);
            int edits = Integer.parseInt(text.substring(tilde + 1));
            byLength = Math.pow(FUZZY_EDIT_FACTOR, edits) / Math.max(1, length - 2 * edits);
        } else {
            byLength = 1.0 / (1 + text.codePointCount(0, text.length()));
        }
        double byUse = weights.rulesUsing().getOrDefault(term, 1);
        return (weights.entryTerms().contains(term) ? ENTRY_FACTOR : 1) * byLength * byUse;
    }

    private static boolean isKeywordField(String field) {
        return !field.startsWith(MentionFields.TEXT) && !field.startsWith(MentionFields.TITLE);
    }

    private static RequiredTerms cheaper(RequiredTerms a, RequiredTerms b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return b.cost() < a.cost() ? b : a;
    }
}
