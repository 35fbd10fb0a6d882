package io.chorus.index.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.spans.FieldMaskingSpanQuery;
import org.apache.lucene.queries.spans.SpanMultiTermQueryWrapper;
import org.apache.lucene.queries.spans.SpanNearQuery;
import org.apache.lucene.queries.spans.SpanOrQuery;
import org.apache.lucene.queries.spans.SpanQuery;
import org.apache.lucene.queries.spans.SpanTermQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;

import io.chorus.api.query.QueryException;
import io.chorus.api.query.Span;

/**
 * Turns a Chorus query (references already expanded) into a Lucene query over {@link MentionFields}, analysing every
 * word with the same analyzer the mentions go through, so "ＳＯＮＹ" in a rule finds "Sony" in a post.
 */
public final class LuceneQueryCompiler {

    /** Which text a subtree applies to: the mention's text, or its title (inside {@code title:}). */
    private record Target(String words, String stems, String fuzzy) {
    }

    private static final Target TEXT = new Target(MentionFields.TEXT, MentionFields.TEXT_STEMS,
            MentionFields.TEXT_FUZZY);
    private static final Target TITLE = new Target(MentionFields.TITLE, MentionFields.TITLE_STEMS,
            MentionFields.TITLE_FUZZY);

    /** Spreading ANDs over ORs stops here: Lucene allows 1024 clauses in one query by default. */
    private static final int MAX_ALTERNATIVES = 1024;

    private final Analyzer analyzer;
    private final FuzzyWords.Builder fuzzyWords;

    /**
     * @param fuzzyWords collects the fuzzy words of the compiled queries; mentions must be analysed with what it
     *                   builds for fuzzy clauses to match
     */
    public LuceneQueryCompiler(Analyzer analyzer, FuzzyWords.Builder fuzzyWords) {
        this.analyzer = analyzer;
        this.fuzzyWords = fuzzyWords;
    }

    /** Lucene terms of the semantic core's entries, collected from every query compiled (see {@link #compile}). */
    private final Set<Term> entryTerms = new HashSet<>();
    private Set<io.chorus.api.query.Query> entryLeaves = Set.of();

    public Query compile(io.chorus.api.query.Query query) throws QueryException {
        return compile(query, Set.of());
    }

    /**
     * Compiles a query whose words in {@code entryLeaves} came from the semantic core: their
     * Lucene terms are collected in {@link #entryTerms()}, for the rule index to prefer them when it chooses which
     * words a mention must contain for a rule to be tried.
     */
    public Query compile(io.chorus.api.query.Query query, Set<io.chorus.api.query.Query> entryLeaves)
            throws QueryException {
        this.entryLeaves = entryLeaves;
        try {
            return compile(query, TEXT);
        } finally {
            this.entryLeaves = Set.of();
        }
    }

    public Set<Term> entryTerms() {
        return entryTerms;
    }

    private <Q extends Query> Q noteEntry(io.chorus.api.query.Query leaf, Q compiled) {
        if (entryLeaves.contains(leaf)) {
            compiled.visit(new QueryVisitor() {
                @Override
                public void consumeTerms(Query query, Term... terms) {
                    entryTerms.addAll(Arrays.asList(terms));
                }

                @Override
                public QueryVisitor getSubVisitor(Occur occur, Query parent) {
                    return this;
                }
            });
        }
        return compiled;
    }

    private Query compile(io.chorus.api.query.Query query, Target target) throws QueryException {
        return noteEntry(query, switch (query) {
            case io.chorus.api.query.Query.Term term -> words(term.text(), target.words(), term.span());
            case io.chorus.api.query.Query.Phrase phrase -> words(phrase.text(), target.words(), phrase.span());
            case io.chorus.api.query.Query.Prefix prefix ->
                    new PrefixQuery(new Term(target.words(), oneWord(prefix.stem(), target.words(), prefix.span(),
                            "a prefix")));
            case io.chorus.api.query.Query.Fuzzy fuzzy -> {
                SpanQuery words = fuzzy(fuzzy, target);
                yield words instanceof FieldMaskingSpanQuery one && one.getMaskedQuery() instanceof SpanTermQuery key
                        ? new TermQuery(key.getTerm()) : words;
            }
            case io.chorus.api.query.Query.Forms forms -> words(forms.text(), target.stems(), forms.span());
            case io.chorus.api.query.Query.And and -> booleans(and, target);
            case io.chorus.api.query.Query.Or or -> booleans(or, target);
            case io.chorus.api.query.Query.Not not -> everythingBut(compile(not.operand(), target));
            case io.chorus.api.query.Query.Near near -> near(near, target);
            case io.chorus.api.query.Query.FieldFilter filter -> filter(filter);
            case io.chorus.api.query.Reference reference -> throw new QueryException("the reference "
                    + reference.text() + " must be expanded before it can be matched", reference.span().start());
        });
    }

    /** One way for a query to match: all of {@code musts}, none of {@code mustNots}. */
    private record Alternative(List<Query> musts, List<Query> mustNots) {
    }

    /**
     * AND and OR become alternatives: {@code (a OR b) AND c NOT e} is {@code (a AND c NOT e) OR (b AND c NOT e)}.
     * Same meaning, but the rule index (Lucene Monitor) splits a top-level OR into parts it indexes and runs
     * separately, each tried only on mentions that contain its words. A brand with sixty spellings then is sixty
     * small queries, each found by its spelling, instead of one large query tried on every mention that contains a
     * common word of the rule ("again", "review"). Only the operand with the most alternatives is spread out, so each
     * part keeps a distinctive word; the others stay whole.
     */
    private Query booleans(io.chorus.api.query.Query query, Target target) throws QueryException {
        return build(alternatives(query, target));
    }

    private List<Alternative> alternatives(io.chorus.api.query.Query query, Target target) throws QueryException {
        return switch (query) {
            case io.chorus.api.query.Query.Or or -> {
                List<Alternative> all = new ArrayList<>();
                for (io.chorus.api.query.Query operand : or.operands()) {
                    all.addAll(alternatives(operand, target));
                }
                yield all.size() <= MAX_ALTERNATIVES ? all : List.of(new Alternative(List.of(anyOf(all)), List.of()));
            }
            case io.chorus.api.query.Query.And and -> {
                List<List<Alternative>> positives = new ArrayList<>();
                List<Query> negatives = new ArrayList<>();
                for (io.chorus.api.query.Query operand : and.operands()) {
                    if (operand instanceof io.chorus.api.query.Query.Not not) {
                        negatives.add(compile(not.operand(), target));
                    } else {
                        positives.add(alternatives(operand, target));
                    }
                }
                if (positives.isEmpty()) {
                    yield List.of(new Alternative(List.of(new MatchAllDocsQuery()), negatives));
                }
                List<Alternative> widest = positives.get(0);
                for (List<Alternative> positive : positives) {
                    if (positive.size() > widest.size()) {
                        widest = positive;
                    }
                }
                List<Query> others = new ArrayList<>();
                for (List<Alternative> positive : positives) {
                    if (positive != widest) {
                        others.add(build(positive));
                    }
                }
                List<Alternative> spread = new ArrayList<>(widest.size());
                for (Alternative alternative : widest) {
                    List<Query> musts = new ArrayList<>(alternative.musts());
                    musts.addAll(others);
                    List<Query> mustNots = new ArrayList<>(alternative.mustNots());
                    mustNots.addAll(negatives);
                    spread.add(new Alternative(musts, mustNots));
                }
                yield spread;
            }
            default -> List.of(new Alternative(List.of(compile(query, target)), List.of()));
        };
    }

    private static Query build(List<Alternative> alternatives) {
        return alternatives.size() == 1 ? build(alternatives.get(0)) : anyOf(alternatives);
    }

    private static Query anyOf(List<Alternative> alternatives) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (Alternative alternative : alternatives) {
            any.add(build(alternative), Occur.SHOULD);
        }
        return any.build();
    }

    private static Query build(Alternative alternative) {
        if (alternative.musts().size() == 1 && alternative.mustNots().isEmpty()) {
            return alternative.musts().get(0);
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        alternative.musts().forEach(must -> all.add(must, Occur.MUST));
        alternative.mustNots().forEach(mustNot -> all.add(mustNot, Occur.MUST_NOT));
        return all.build();
    }

    private static Query everythingBut(Query excluded) {
        return new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST).add(excluded, Occur.MUST_NOT)
                .build();
    }

    /**
     * A fuzzy word or phrase: each word is the key of a fuzzy word (see {@link FuzzyWords}), in the fuzzy field, which
     * has the same positions as the words field and stands in for it.
     */
    private SpanQuery fuzzy(io.chorus.api.query.Query.Fuzzy fuzzy, Target target) throws QueryException {
        List<String> tokens = terms(fuzzy.text(), target.words());
        if (tokens.isEmpty()) {
            throw noWords(fuzzy.text(), fuzzy.span());
        }
        SpanQuery[] words = new SpanQuery[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            words[i] = new FieldMaskingSpanQuery(new SpanTermQuery(new Term(target.fuzzy(),
                    fuzzyWords.add(tokens.get(i), fuzzy.maxEdits()))), target.words());
        }
        return words.length == 1 ? words[0] : new SpanNearQuery(words, 0, true);
    }

    /** Words as a term query, or a phrase when the analyzer splits them ("wi-fi", "Сбербанк Онлайн", "ソニー製品"). */
    private Query words(String text, String field, Span span) throws QueryException {
        List<String> tokens = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        analyze(text, field, tokens, positions);
        if (tokens.isEmpty()) {
            throw noWords(text, span);
        }
        if (tokens.size() == 1) {
            return new TermQuery(new Term(field, tokens.get(0)));
        }
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        for (int i = 0; i < tokens.size(); i++) {
            phrase.add(new Term(field, tokens.get(i)), positions.get(i));
        }
        return phrase.build();
    }

    /**
     * One way a NEAR operand can be found: words at a position, plus conditions on the whole mention. A brand
     * reference expands to its names AND a context word, NOT its exclusions; inside NEAR the names must be near, and
     * the context word and the exclusions apply to the mention ("@acme NEAR/3 broken").
     */
    private record Placed(SpanQuery words, List<io.chorus.api.query.Query> conditions) {
    }

    private Query near(io.chorus.api.query.Query.Near near, Target target) throws QueryException {
        List<Placed> alternatives = placed(near, target);
        if (alternatives.size() == 1) {
            return withConditions(alternatives.get(0), target);
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (Placed alternative : alternatives) {
            any.add(withConditions(alternative, target), Occur.SHOULD);
        }
        return any.build();
    }

    private Query withConditions(Placed placed, Target target) throws QueryException {
        if (placed.conditions().isEmpty()) {
            return placed.words();
        }
        List<io.chorus.api.query.Query> operands = new ArrayList<>(placed.conditions());
        BooleanQuery.Builder all = new BooleanQuery.Builder().add(placed.words(), Occur.MUST);
        for (io.chorus.api.query.Query condition : operands) {
            if (condition instanceof io.chorus.api.query.Query.Not not) {
                all.add(compile(not.operand(), target), Occur.MUST_NOT);
            } else {
                all.add(compile(condition, target), Occur.MUST);
            }
        }
        return all.build();
    }

    /** The ways a query can be found at a position; alternatives without conditions are merged into one. */
    private List<Placed> placed(io.chorus.api.query.Query query, Target target) throws QueryException {
        return switch (query) {
            case io.chorus.api.query.Query.Or or -> {
                List<Placed> all = new ArrayList<>();
                for (io.chorus.api.query.Query operand : or.operands()) {
                    all.addAll(placed(operand, target));
                }
                yield merged(all);
            }
            case io.chorus.api.query.Query.And and -> {
                // the first positive operand is what must be near; the rest are conditions on the mention
                io.chorus.api.query.Query subject = null;
                List<io.chorus.api.query.Query> conditions = new ArrayList<>();
                for (io.chorus.api.query.Query operand : and.operands()) {
                    if (subject == null && !(operand instanceof io.chorus.api.query.Query.Not)
                            && !(operand instanceof io.chorus.api.query.Query.FieldFilter)) {
                        subject = operand;
                    } else {
                        conditions.add(operand);
                    }
                }
                if (subject == null) {
                    throw notPlaceable(query);
                }
                List<Placed> all = new ArrayList<>();
                for (Placed placed : placed(subject, target)) {
                    List<io.chorus.api.query.Query> more = new ArrayList<>(placed.conditions());
                    more.addAll(conditions);
                    all.add(new Placed(placed.words(), more));
                }
                yield all;
            }
            case io.chorus.api.query.Query.Near near -> {
                List<Placed> all = new ArrayList<>();
                for (Placed left : placed(near.left(), target)) {
                    for (Placed right : placed(near.right(), target)) {
                        List<io.chorus.api.query.Query> conditions = new ArrayList<>(left.conditions());
                        conditions.addAll(right.conditions());
                        all.add(new Placed(new SpanNearQuery(new SpanQuery[] {left.words(), right.words()},
                                near.distance(), near.ordered()), conditions));
                    }
                }
                yield merged(all);
            }
            case io.chorus.api.query.Query.Not not -> throw notPlaceable(query);
            case io.chorus.api.query.Query.FieldFilter filter -> throw notPlaceable(query);
            case io.chorus.api.query.Reference reference -> throw notPlaceable(query);
            default -> List.of(new Placed(span(query, target), List.of()));
        };
    }

    /** Alternatives without conditions become one span OR, so a brand's many products stay one query. */
    private static List<Placed> merged(List<Placed> alternatives) {
        List<SpanQuery> free = new ArrayList<>();
        List<Placed> result = new ArrayList<>();
        for (Placed alternative : alternatives) {
            if (alternative.conditions().isEmpty()) {
                free.add(alternative.words());
            } else {
                result.add(alternative);
            }
        }
        if (free.size() == 1) {
            result.add(0, new Placed(free.get(0), List.of()));
        } else if (free.size() > 1) {
            result.add(0, new Placed(new SpanOrQuery(free.toArray(SpanQuery[]::new)), List.of()));
        }
        return result;
    }

    private static QueryException notPlaceable(io.chorus.api.query.Query query) {
        return new QueryException("NEAR needs words on each side: a NOT, a field filter or an AND of only those "
                + "cannot be near anything; move it outside the NEAR, as in (a NEAR/3 b) NOT c",
                query.span().start());
    }

    /** A single word, phrase, word forms, prefix or fuzzy word at a position. */
    private SpanQuery span(io.chorus.api.query.Query query, Target target) throws QueryException {
        String field = target.words();
        return noteEntry(query, switch (query) {
            case io.chorus.api.query.Query.Term term -> spanWords(term.text(), field, term.span());
            case io.chorus.api.query.Query.Phrase phrase -> spanWords(phrase.text(), field, phrase.span());
            case io.chorus.api.query.Query.Prefix prefix -> new SpanMultiTermQueryWrapper<>(new PrefixQuery(
                    new Term(field, oneWord(prefix.stem(), field, prefix.span(), "a prefix"))));
            case io.chorus.api.query.Query.Fuzzy fuzzy -> fuzzy(fuzzy, target);
            // the stems field has the same positions, so it can stand in for the words field inside one span
            case io.chorus.api.query.Query.Forms forms -> new FieldMaskingSpanQuery(
                    spanWords(forms.text(), target.stems(), forms.span()), field);
            default -> throw notPlaceable(query);
        });
    }

    private SpanQuery spanWords(String text, String field, Span span) throws QueryException {
        List<String> tokens = terms(text, field);
        if (tokens.isEmpty()) {
            throw noWords(text, span);
        }
        if (tokens.size() == 1) {
            return new SpanTermQuery(new Term(field, tokens.get(0)));
        }
        SpanQuery[] words = new SpanQuery[tokens.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = new SpanTermQuery(new Term(field, tokens.get(i)));
        }
        return new SpanNearQuery(words, 0, true);
    }

    private Query filter(io.chorus.api.query.Query.FieldFilter filter) throws QueryException {
        return switch (filter.field()) {
            case TITLE -> compile(filter.value(), TITLE);
            case PLATFORM -> keyword(MentionFields.PLATFORM, filter.value(), false);
            case AUTHOR -> keyword(MentionFields.AUTHOR, filter.value(), false);
            case LANG -> keyword(MentionFields.LANG, filter.value(), false);
            case SITE -> keyword(MentionFields.SITE, filter.value(), false);
            case URL -> keyword(MentionFields.URL, filter.value(), true);
        };
    }

    /** A keyword field compares whole values; {@code url:} compares the start of the address. */
    private Query keyword(String field, io.chorus.api.query.Query value, boolean prefix) throws QueryException {
        return switch (value) {
            case io.chorus.api.query.Query.Term term -> keywordValue(field, term.text(), prefix);
            case io.chorus.api.query.Query.Phrase phrase -> keywordValue(field, phrase.text(), prefix);
            case io.chorus.api.query.Query.Prefix start -> new PrefixQuery(new Term(field, normalized(field,
                    start.stem())));
            case io.chorus.api.query.Query.Or or -> {
                BooleanQuery.Builder builder = new BooleanQuery.Builder();
                for (io.chorus.api.query.Query operand : or.operands()) {
                    builder.add(keyword(field, operand, prefix), Occur.SHOULD);
                }
                yield builder.build();
            }
            case io.chorus.api.query.Query.Not not -> everythingBut(keyword(field, not.operand(), prefix));
            default -> throw new QueryException(field + ": takes a value, a phrase, a prefix or an OR group of"
                    + " them", value.span().start());
        };
    }

    private static Query keywordValue(String field, String value, boolean prefix) {
        String normalized = normalized(field, value);
        return prefix ? new PrefixQuery(new Term(field, normalized)) : new TermQuery(new Term(field, normalized));
    }

    private static String normalized(String field, String value) {
        String lower = value.strip().toLowerCase(Locale.ROOT);
        if (field.equals(MentionFields.URL)) {
            return MentionFields.normalizedUrl(lower);
        }
        if (field.equals(MentionFields.SITE)) {
            return lower.replaceFirst("^[a-z][a-z0-9+.-]*://", "").replaceFirst("^www\\.", "").replaceFirst("/.*$", "");
        }
        return lower;
    }

    private String oneWord(String text, String field, Span span, String what) throws QueryException {
        List<String> tokens = terms(text, field);
        if (tokens.size() != 1) {
            throw new QueryException(what + " works on one word, and \"" + text + "\" is " + tokens.size()
                    + " words here", span.start());
        }
        return tokens.get(0);
    }

    private List<String> terms(String text, String field) {
        List<String> tokens = new ArrayList<>();
        analyze(text, field, tokens, new ArrayList<>());
        return tokens;
    }

    private void analyze(String text, String field, List<String> tokens, List<Integer> positions) {
        // a rule has no language: Japanese words are analysed as Japanese, as they would be in a Japanese mention
        try (TokenStream stream = analyzer.tokenStream(MentionAnalyzer.analysisField(field, "", text), text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                tokens.add(term.toString());
                positions.add(position);
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing in memory cannot fail", e);
        }
    }

    private static QueryException noWords(String text, Span span) {
        return new QueryException("\"" + text + "\" has no words to search for (only punctuation or spaces)",
                span.start());
    }
}
