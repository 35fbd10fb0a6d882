package io.chorus.index.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.BytesRef;

import io.chorus.api.mention.Mention;
import io.chorus.api.mention.MentionMatch;

/**
 * An immutable set of compiled rules with its own presearch: an inverted index from the words each rule requires
 * (see {@link RequiredTerms}) to the rules. A mention is analysed once into a MemoryIndex; its terms (and, for prefix
 * rules, their prefixes) look up the candidate rules, and only those run their Lucene query, whose Matches say
 * which words matched. Safe for any number of threads: each has its own MemoryIndex.
 */
final class RuleIndex {

    /** One compiled rule. */
    record Rule(String brandId, String ruleId, Query query) {
        String id() {
            return brandId + "/" + ruleId;
        }
    }

    private static final String[][] HIGHLIGHTED = {
        {MentionFields.TEXT, "text"}, {MentionFields.TEXT_STEMS, "text"}, {MentionFields.TEXT_FUZZY, "text"},
        {MentionFields.TITLE, "title"}, {MentionFields.TITLE_STEMS, "title"}, {MentionFields.TITLE_FUZZY, "title"}};

    /** The rules of one field that require a term, or a term prefix. */
    private static final class FieldRules {
        final Map<BytesRef, int[]> byTerm;
        final Map<BytesRef, int[]> byPrefix;
        final int longestPrefix;

        FieldRules(Map<BytesRef, int[]> byTerm, Map<BytesRef, int[]> byPrefix) {
            this.byTerm = byTerm;
            this.byPrefix = byPrefix;
            this.longestPrefix = byPrefix.keySet().stream().mapToInt(prefix -> prefix.length).max().orElse(0);
        }
    }

    /** What one thread reuses from mention to mention. */
    private static final class Scratch {
        final MemoryIndex index = new MemoryIndex(true, true);
        final BytesRef prefix = new BytesRef();
        final MentionWords words = new MentionWords();
        int[] seenAt = new int[0];
        int generation;
        int[] candidates = new int[16];
    }

    private final Rule[] rules;
    /** The parts of the rules' top-level ORs, each indexed by its own required words: see {@link #parts}. */
    private final Query[] parts;
    private final int[] ruleOfPart;
    /** Whether a part is rewritten already, for good: rewriting again costs as much as running it. */
    private final boolean[] rewrittenOnce;
    /** Per part, what a mention must meet for it to match: one word of each set (see RequiredTerms.conditions). */
    private final Condition[][] conditions;
    private final Map<String, FieldRules> byField;
    private final int[] alwaysTried;
    private final MentionAnalyzer analyzer;
    private final boolean fuzzy;
    /** Shared by every index: a thread matches one mention at a time, and a new index must not cost a new one. */
    private static final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(Scratch::new);

    /**
     * @param analyzer analyses mentions with the fuzzy words of these rules; this index owns it from now on
     */
    RuleIndex(List<Rule> rules, MentionAnalyzer analyzer, java.util.Set<Term> entryTerms) {
        this.rules = rules.toArray(Rule[]::new);
        this.analyzer = analyzer;
        this.fuzzy = !analyzer.fuzzyWords().isEmpty();
        List<Query> allParts = new ArrayList<>();
        List<Integer> owners = new ArrayList<>();
        for (int r = 0; r < this.rules.length; r++) {
            for (Query part : parts(this.rules[r].query())) {
                allParts.add(part);
                owners.add(r);
            }
        }
        this.parts = new Query[allParts.size()];
        this.rewrittenOnce = new boolean[parts.length];
        for (int i = 0; i < parts.length; i++) {
            Query rewritten = rewritten(allParts.get(i));
            parts[i] = rewritten == null ? allParts.get(i) : rewritten;
            rewrittenOnce[i] = rewritten != null;
        }
        this.ruleOfPart = owners.stream().mapToInt(Integer::intValue).toArray();
        Map<String, Map<BytesRef, List<Integer>>> terms = new HashMap<>();
        Map<String, Map<BytesRef, List<Integer>>> prefixes = new HashMap<>();
        List<Integer> always = new ArrayList<>();
        RequiredTerms.Weights weights = new RequiredTerms.Weights(entryTerms, rulesUsing(this.rules));
        this.conditions = new Condition[parts.length][];
        for (int i = 0; i < parts.length; i++) {
            // the narrowest first: a mention fails them soonest; very wide ones cost more to check than they save
            conditions[i] = RequiredTerms.conditions(parts[i], weights).stream()
                    .filter(keys -> keys.size() <= MAX_CONDITION_WORDS)
                    .sorted(java.util.Comparator.comparingInt(List::size)).limit(MAX_CONDITIONS)
                    .map(Condition::new).toArray(Condition[]::new);
        }
        for (int i = 0; i < parts.length; i++) {
            RequiredTerms required = RequiredTerms.of(parts[i], weights);
            if (required == null) {
                always.add(i);
                continue;
            }
            for (RequiredTerms.Key key : required.keys()) {
                (key.prefix() ? prefixes : terms).computeIfAbsent(key.term().field(), field -> new HashMap<>())
                        .computeIfAbsent(BytesRef.deepCopyOf(key.term().bytes()), term -> new ArrayList<>()).add(i);
            }
        }
        Map<String, FieldRules> fields = new HashMap<>();
        for (String field : union(terms.keySet(), prefixes.keySet())) {
            fields.put(field, new FieldRules(frozen(terms.get(field)), frozen(prefixes.get(field))));
        }
        this.byField = fields;
        this.alwaysTried = always.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Conditions of a part checked against the mention before it runs. */
    private static final int MAX_CONDITIONS = 16;
    private static final int MAX_CONDITION_WORDS = 32;

    /**
     * Words of which a mention must have one: whole words as "field\0word" (a String keeps its hash, a BytesRef
     * computes it on every lookup), or word starts.
     */
    private record Condition(String[] words, String[] prefixFields, String[] prefixes) {
        Condition(List<RequiredTerms.Key> keys) {
            this(keys.stream().filter(key -> !key.prefix()).map(key -> wordKey(key.term().field(),
                    key.term().text())).toArray(String[]::new),
                    keys.stream().filter(RequiredTerms.Key::prefix).map(key -> key.term().field())
                            .toArray(String[]::new),
                    keys.stream().filter(RequiredTerms.Key::prefix).map(key -> key.term().text())
                            .toArray(String[]::new));
        }

        boolean metBy(MentionWords mention) {
            for (String word : words) {
                if (mention.words.contains(word)) {
                    return true;
                }
            }
            for (int i = 0; i < prefixes.length; i++) {
                for (String word : mention.byField.getOrDefault(prefixFields[i], List.of())) {
                    if (word.startsWith(prefixes[i])) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    private static String wordKey(String field, String word) {
        return field + '\0' + word;
    }

    /** The words of the mention being matched. */
    private static final class MentionWords {
        final java.util.Set<String> words = new java.util.HashSet<>();
        final Map<String, List<String>> byField = new HashMap<>();

        void clear() {
            words.clear();
            byField.values().forEach(List::clear);
        }

        void add(String field, BytesRef word) {
            String text = word.utf8ToString();
            words.add(wordKey(field, text));
            byField.computeIfAbsent(field, name -> new ArrayList<>()).add(text);
        }
    }

    private static final IndexSearcher EMPTY = emptySearcher();

    private static IndexSearcher emptySearcher() {
        try {
            return new IndexSearcher(new MultiReader());
        } catch (IOException e) {
            throw new UncheckedIOException("an empty reader has nothing to read", e);
        }
    }

    /**
     * The query rewritten once for all mentions when its rewriting does not depend on the mention's words (it has no
     * prefix), so that matching does not rewrite it every time; null when it does.
     */
    private static Query rewritten(Query query) {
        boolean[] multiTerm = {false};
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTermsMatching(Query leaf, String field,
                                             java.util.function.Supplier<org.apache.lucene.util.automaton.ByteRunAutomaton> automaton) {
                multiTerm[0] = true;
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        if (multiTerm[0]) {
            return null;
        }
        try {
            return EMPTY.rewrite(query);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** How many rules use each word. */
    private static Map<Term, Integer> rulesUsing(Rule[] rules) {
        Map<Term, Integer> counts = new HashMap<>();
        for (Rule rule : rules) {
            java.util.Set<Term> terms = new java.util.HashSet<>();
            rule.query().visit(new QueryVisitor() {
                @Override
                public void consumeTerms(Query query, Term... found) {
                    terms.addAll(java.util.Arrays.asList(found));
                }

                @Override
                public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                    return this;
                }
            });
            terms.forEach(term -> counts.merge(term, 1, Integer::sum));
        }
        return counts;
    }

    /**
     * A top-level OR split into its operands, each keeping the OR's exclusions: {@code (a OR b) NOT c} is
     * {@code a NOT c} and {@code b NOT c}. A brand with sixty spellings is sixty small queries, each tried only on
     * mentions with its words, instead of one large query tried whenever any spelling is there.
     */
    static List<Query> parts(Query query) {
        if (!(query instanceof BooleanQuery bool) || bool.getMinimumNumberShouldMatch() > 1) {
            return List.of(query);
        }
        List<Query> shoulds = new ArrayList<>();
        List<Query> mustNots = new ArrayList<>();
        for (BooleanClause clause : bool.clauses()) {
            switch (clause.occur()) {
                case SHOULD -> shoulds.add(clause.query());
                case MUST_NOT -> mustNots.add(clause.query());
                default -> {
                    return List.of(query);
                }
            }
        }
        if (shoulds.isEmpty()) {
            return List.of(query);
        }
        List<Query> result = new ArrayList<>();
        for (Query should : shoulds) {
            for (Query part : parts(should)) {
                if (mustNots.isEmpty()) {
                    result.add(part);
                } else {
                    BooleanQuery.Builder excluding = new BooleanQuery.Builder().add(part, BooleanClause.Occur.MUST);
                    mustNots.forEach(mustNot -> excluding.add(mustNot, BooleanClause.Occur.MUST_NOT));
                    result.add(excluding.build());
                }
            }
        }
        return result;
    }

    private static List<String> union(java.util.Set<String> a, java.util.Set<String> b) {
        java.util.Set<String> all = new java.util.LinkedHashSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    private static Map<BytesRef, int[]> frozen(Map<BytesRef, List<Integer>> lists) {
        Map<BytesRef, int[]> result = new HashMap<>();
        if (lists != null) {
            // a rule requiring two words of one field is listed once per word; the candidate marks remove repeats
            lists.forEach((term, ids) -> result.put(term, ids.stream().mapToInt(Integer::intValue).distinct()
                    .toArray()));
        }
        return result;
    }

    int size() {
        return rules.length;
    }

    int partCount() {
        return parts.length;
    }

    List<Rule> rules() {
        return List.of(rules);
    }

    MentionAnalyzer analyzer() {
        return analyzer;
    }

    /** The rules matched by a mention, sorted by brand and rule; {@code failed} hears of rules that threw. */
    List<MentionMatch> match(Mention mention, BiConsumer<Rule, RuntimeException> failed) {
        Scratch state = scratch.get();
        IndexSearcher searcher = index(mention, state);
        int count = candidates(searcher, state);
        LeafReaderContext leaf = searcher.getIndexReader().leaves().get(0);
        // every matching part adds its words to its rule's match, as lucene-monitor's highlights do
        Map<Integer, List<MentionMatch.MatchedText>> matched = new HashMap<>();
        for (int c = 0; c < count; c++) {
            int part = state.candidates[c];
            Rule rule = rules[ruleOfPart[part]];
            try {
                Query query = rewrittenOnce[part] ? parts[part] : searcher.rewrite(parts[part]);
                Weight weight = searcher.createWeight(query, ScoreMode.COMPLETE_NO_SCORES, 1);
                if (!matchesFirstDocument(weight, leaf)) {
                    continue;
                }
                Matches matches = weight.matches(leaf, 0);
                if (matches != null) {
                    matchedTexts(matches, mention, matched.computeIfAbsent(ruleOfPart[part], r -> new ArrayList<>()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("matching in memory failed", e);
            } catch (RuntimeException e) {
                failed.accept(rule, e);
            }
        }
        List<MentionMatch> result = new ArrayList<>(matched.size());
        matched.forEach((id, texts) -> {
            texts.sort(Comparator.comparing(MentionMatch.MatchedText::field).thenComparingInt(
                    MentionMatch.MatchedText::start));
            result.add(new MentionMatch(rules[id].brandId(), rules[id].ruleId(), texts));
        });
        result.sort(Comparator.comparing(MentionMatch::brandId).thenComparing(MentionMatch::ruleId));
        return result;
    }

    /** Whether the (only) document matches: cheaper than asking for its Matches, which only matches need. */
    private static boolean matchesFirstDocument(Weight weight, LeafReaderContext leaf) throws IOException {
        ScorerSupplier supplier = weight.scorerSupplier(leaf);
        if (supplier == null) {
            return false;
        }
        Scorer scorer = supplier.get(1);
        TwoPhaseIterator twoPhase = scorer.twoPhaseIterator();
        DocIdSetIterator documents = twoPhase == null ? scorer.iterator() : twoPhase.approximation();
        return documents.nextDoc() == 0 && (twoPhase == null || twoPhase.matches());
    }

    /** How many rule parts the presearch lets through for a mention: for the benchmark. */
    int candidateCount(Mention mention) {
        Scratch state = scratch.get();
        return candidates(index(mention, state), state);
    }

    /** The rule parts the presearch lets through for a mention, for tests and the benchmark. */
    List<Query> candidateParts(Mention mention) {
        Scratch state = scratch.get();
        int count = candidates(index(mention, state), state);
        List<Query> result = new ArrayList<>(count);
        for (int c = 0; c < count; c++) {
            result.add(parts[state.candidates[c]]);
        }
        return result;
    }

    private IndexSearcher index(Mention mention, Scratch state) {
        MemoryIndex index = state.index;
        index.reset();
        for (IndexableField field : MentionFields.document(mention, fuzzy)) {
            index.addField(field, analyzer);
        }
        IndexSearcher searcher = index.createSearcher();
        searcher.setQueryCache(null);
        return searcher;
    }

    /** Collects the ids of the rules worth trying into {@code state.candidates}, each once; returns how many. */
    private int candidates(IndexSearcher searcher, Scratch state) {
        if (state.seenAt.length < parts.length) {
            state.seenAt = new int[parts.length];
            state.generation = 0;
        }
        if (++state.generation == Integer.MAX_VALUE) {
            Arrays.fill(state.seenAt, 0);
            state.generation = 1;
        }
        int[] count = {0};
        for (int id : alwaysTried) {
            add(state, id, count);
        }
        LeafReader reader = searcher.getIndexReader().leaves().get(0).reader();
        state.words.clear();
        try {
            for (FieldInfo info : reader.getFieldInfos()) {
                FieldRules field = byField.get(info.name);
                Terms terms = reader.terms(info.name);
                if (terms == null) {
                    continue;
                }
                TermsEnum words = terms.iterator();
                for (BytesRef word = words.next(); word != null; word = words.next()) {
                    state.words.add(info.name, word);
                    if (field == null) {
                        continue;
                    }
                    addAll(state, field.byTerm.get(word), count);
                    if (field.longestPrefix > 0) {
                        BytesRef prefix = state.prefix;
                        prefix.bytes = word.bytes;
                        prefix.offset = word.offset;
                        for (int length = 1; length <= Math.min(word.length, field.longestPrefix); length++) {
                            prefix.length = length;
                            addAll(state, field.byPrefix.get(prefix), count);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading a mention in memory failed", e);
        }
        int kept = 0;
        for (int c = 0; c < count[0]; c++) {
            if (hasAllRequired(state.candidates[c], state.words)) {
                state.candidates[kept++] = state.candidates[c];
            }
        }
        return kept;
    }

    private boolean hasAllRequired(int part, MentionWords words) {
        for (Condition condition : conditions[part]) {
            if (!condition.metBy(words)) {
                return false;
            }
        }
        return true;
    }

    private void addAll(Scratch state, int[] ids, int[] count) {
        if (ids != null) {
            for (int id : ids) {
                add(state, id, count);
            }
        }
    }

    private static void add(Scratch state, int id, int[] count) {
        if (state.seenAt[id] == state.generation) {
            return;
        }
        state.seenAt[id] = state.generation;
        if (count[0] == state.candidates.length) {
            state.candidates = Arrays.copyOf(state.candidates, count[0] * 2);
        }
        state.candidates[count[0]++] = id;
    }

    private static void matchedTexts(Matches matches, Mention mention, List<MentionMatch.MatchedText> texts)
            throws IOException {
        for (String[] field : HIGHLIGHTED) {
            MatchesIterator hits = matches.getMatches(field[0]);
            if (hits == null) {
                continue;
            }
            String source = field[1].equals("text") ? mention.text() : mention.title();
            while (hits.next()) {
                MatchesIterator words = hits.getSubMatches();
                if (words == null) {
                    add(texts, field[1], source, hits.startOffset(), hits.endOffset());
                } else {
                    while (words.next()) {
                        add(texts, field[1], source, words.startOffset(), words.endOffset());
                    }
                }
            }
        }
    }

    private static void add(List<MentionMatch.MatchedText> texts, String field, String source, int start, int end) {
        if (start >= 0 && end <= source.length() && start < end) {
            MentionMatch.MatchedText text = new MentionMatch.MatchedText(field, start, end,
                    source.substring(start, end));
            if (!texts.contains(text)) {
                texts.add(text);
            }
        }
    }
}
