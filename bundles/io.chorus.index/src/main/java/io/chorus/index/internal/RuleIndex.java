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

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
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
 * (see {@link RequiredTerms}) to the rules. A mention is analysed once into {@link MentionTokens}; its words (and, for
 * prefix rules, their prefixes) look up the candidate rules, and only those run their Lucene query against a
 * MemoryIndex of the mention, whose Matches say which words matched. The MemoryIndex is filled from the recorded words
 * only when a candidate is left. Safe for any number of threads: each has its own scratch space.
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

    /**
     * What a word (or word start) of a field is to the presearch: the parts that require it, and its number among the
     * words the parts' conditions name (-1: none), so a condition is checked with array reads instead of hashing.
     */
    private static final class Lookup {
        int[] parts = new int[0];
        int word = -1;
    }

    /** The words and word starts of one field that parts require or that their conditions name. */
    private static final class FieldRules {
        final Map<BytesRef, Lookup> byTerm;
        final Map<BytesRef, Lookup> byPrefix;
        final int longestPrefix;

        FieldRules(Map<BytesRef, Lookup> byTerm, Map<BytesRef, Lookup> byPrefix) {
            this.byTerm = byTerm;
            this.byPrefix = byPrefix;
            this.longestPrefix = byPrefix.keySet().stream().mapToInt(prefix -> prefix.length).max().orElse(0);
        }
    }

    /** What one thread reuses from mention to mention. */
    private static final class Scratch {
        final MemoryIndex index = new MemoryIndex(true, true);
        final MentionTokens tokens = new MentionTokens();
        final BytesRef word = new BytesRef();
        final BytesRef prefix = new BytesRef();
        /** Per part, and per condition word: the generation (mention) that last saw it. */
        int[] seenAt = new int[0];
        int[] wordSeenAt = new int[0];
        int generation;
        int[] candidates = new int[16];
    }

    private final Rule[] rules;
    /** The parts of the rules' top-level ORs, each indexed by its own required words: see {@link #parts}. */
    private final Query[] parts;
    private final int[] ruleOfPart;
    /** Whether a part is rewritten already, for good: rewriting again costs as much as running it. */
    private final boolean[] rewrittenOnce;
    /**
     * What a mention must meet for a part to match: one word of each of its sets (see RequiredTerms.conditions), by
     * word number (see {@link Lookup#word}). Part {@code p}'s sets are {@code conditions[conditionStart[p]..
     * conditionStart[p + 1])}, each as its size then its words: one flat array, as the presearch checks hundreds of
     * candidates per mention at a hundred thousand rules and every indirection is a cache miss.
     */
    private final int[] conditions;
    private final int[] conditionStart;
    private final Map<String, FieldRules> byField;
    /** How many distinct words the conditions name. */
    private final int conditionWords;
    private final int[] alwaysTried;
    private final MentionAnalyzer analyzer;
    private final boolean fuzzy;
    /** The fields some rule reads: a mention's other fields are not analysed. Null: every field. */
    private final java.util.Set<String> fieldsRead;
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
        Map<String, Map<BytesRef, Lookup>> terms = new HashMap<>();
        Map<String, Map<BytesRef, Lookup>> prefixes = new HashMap<>();
        List<Integer> always = new ArrayList<>();
        RequiredTerms.Weights weights = new RequiredTerms.Weights(entryTerms, rulesUsing(this.rules));
        this.conditionStart = new int[parts.length + 1];
        org.apache.lucene.util.IntsRefBuilder flat = new org.apache.lucene.util.IntsRefBuilder();
        int[] words = {0};
        for (int i = 0; i < parts.length; i++) {
            conditionStart[i] = flat.length();
            // the narrowest first: a mention fails them soonest; very wide ones cost more to check than they save
            RequiredTerms.conditions(parts[i], weights).stream()
                    .filter(keys -> keys.size() <= MAX_CONDITION_WORDS)
                    .sorted(java.util.Comparator.comparingInt(List::size)).limit(MAX_CONDITIONS)
                    .map(keys -> keys.stream().mapToInt(key -> {
                        Lookup lookup = lookup(key, terms, prefixes);
                        if (lookup.word < 0) {
                            lookup.word = words[0]++;
                        }
                        return lookup.word;
                    }).distinct().toArray())
                    .forEach(set -> {
                        flat.append(set.length);
                        for (int word : set) {
                            flat.append(word);
                        }
                    });
        }
        conditionStart[parts.length] = flat.length();
        this.conditions = Arrays.copyOf(flat.ints(), flat.length());
        this.conditionWords = words[0];
        Map<Lookup, List<Integer>> required = new java.util.IdentityHashMap<>();
        for (int i = 0; i < parts.length; i++) {
            RequiredTerms part = RequiredTerms.of(parts[i], weights);
            if (part == null) {
                always.add(i);
                continue;
            }
            for (RequiredTerms.Key key : part.keys()) {
                required.computeIfAbsent(lookup(key, terms, prefixes), lookup -> new ArrayList<>()).add(i);
            }
        }
        // a part requiring two words of one field is listed once per word; the candidate marks remove repeats
        required.forEach((lookup, ids) -> lookup.parts = ids.stream().mapToInt(Integer::intValue).distinct()
                .toArray());
        Map<String, FieldRules> fields = new HashMap<>();
        for (String field : union(terms.keySet(), prefixes.keySet())) {
            fields.put(field, new FieldRules(terms.getOrDefault(field, Map.of()),
                    prefixes.getOrDefault(field, Map.of())));
        }
        this.byField = fields;
        this.alwaysTried = always.stream().mapToInt(Integer::intValue).toArray();
        this.fieldsRead = fieldsRead(this.parts);
    }

    /**
     * The fields the queries read, or null when a query might read fields it does not name (a kind of query not known
     * here): a mention's field no query reads cannot change any result, so it need not be analysed (a core without
     * stemmed entries never reads the stems fields).
     */
    static java.util.Set<String> fieldsRead(Query[] queries) {
        java.util.Set<String> fields = new java.util.HashSet<>();
        boolean[] unknown = {false};
        QueryVisitor visitor = new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                fields.add(field);
                return true;
            }

            @Override
            public void consumeTerms(Query query, Term... terms) {
                for (Term term : terms) {
                    fields.add(term.field());
                }
            }

            @Override
            public void consumeTermsMatching(Query query, String field,
                                             java.util.function.Supplier<org.apache.lucene.util.automaton.ByteRunAutomaton> automaton) {
                fields.add(field);
            }

            @Override
            public void visitLeaf(Query query) {
                if (!(query instanceof org.apache.lucene.search.MatchAllDocsQuery
                        || query instanceof org.apache.lucene.search.MatchNoDocsQuery)) {
                    unknown[0] = true;
                }
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }
        };
        for (Query query : queries) {
            query.visit(visitor);
        }
        return unknown[0] ? null : java.util.Set.copyOf(fields);
    }

    /** Whether mentions' {@code field} is analysed: some rule reads it. */
    boolean reads(String field) {
        return fieldsRead == null || fieldsRead.contains(field);
    }

    private static Lookup lookup(RequiredTerms.Key key, Map<String, Map<BytesRef, Lookup>> terms,
                                 Map<String, Map<BytesRef, Lookup>> prefixes) {
        return (key.prefix() ? prefixes : terms).computeIfAbsent(key.term().field(), field -> new HashMap<>())
                .computeIfAbsent(BytesRef.deepCopyOf(key.term().bytes()), term -> new Lookup());
    }

    /** Conditions of a part checked against the mention before it runs. */
    private static final int MAX_CONDITIONS = 16;
    private static final int MAX_CONDITION_WORDS = 32;

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
        analyse(mention, state);
        int count = candidates(state);
        if (count == 0) {
            return new ArrayList<>(0);
        }
        IndexSearcher searcher = index(state);
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
            // a canonical order, whatever order the presearch found the parts in
            texts.sort(Comparator.comparing(MentionMatch.MatchedText::field).thenComparingInt(
                    MentionMatch.MatchedText::start).thenComparingInt(MentionMatch.MatchedText::end));
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
        analyse(mention, state);
        return candidates(state);
    }

    /** The rule parts the presearch lets through for a mention, for tests and the benchmark. */
    List<Query> candidateParts(Mention mention) {
        Scratch state = scratch.get();
        analyse(mention, state);
        int count = candidates(state);
        List<Query> result = new ArrayList<>(count);
        for (int c = 0; c < count; c++) {
            result.add(parts[state.candidates[c]]);
        }
        return result;
    }

    /** Analyses each field of the mention once into {@code state.tokens}. */
    private void analyse(Mention mention, Scratch state) {
        MentionTokens tokens = state.tokens;
        tokens.clear();
        try {
            for (IndexableField field : MentionFields.document(mention, fuzzy)) {
                if (reads(field.name())) {
                    tokens.record(field, tokenStream(field, tokens));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a mention in memory failed", e);
        }
    }

    private TokenStream tokenStream(IndexableField field, MentionTokens tokens) {
        String wordsField = MentionAnalyzer.wordsFieldOf(field.name());
        int words = wordsField == null ? -1 : tokens.field(wordsField);
        // a fuzzy field has its words field's text and language (MentionFields adds them together), so its words
        // are that field's words marked: Kuromoji or the ICU tokenizer and folding run once, not twice
        if (words >= 0 && java.util.Objects.equals(field.stringValue(), tokens.value(words))) {
            return analyzer.fuzzyMarks(tokens.replay(words));
        }
        return field.tokenStream(analyzer, null);
    }

    /** The MemoryIndex of the analysed mention, filled from its recorded words. */
    private IndexSearcher index(Scratch state) {
        MemoryIndex index = state.index;
        index.reset();
        MentionTokens tokens = state.tokens;
        for (int f = 0; f < tokens.fieldCount(); f++) {
            index.addField(tokens.replayedField(f), analyzer);
        }
        IndexSearcher searcher = index.createSearcher();
        searcher.setQueryCache(null);
        return searcher;
    }

    /** Collects the ids of the rules worth trying into {@code state.candidates}, each once; returns how many. */
    private int candidates(Scratch state) {
        if (state.seenAt.length < parts.length || state.wordSeenAt.length < conditionWords) {
            state.seenAt = new int[Math.max(parts.length, state.seenAt.length)];
            state.wordSeenAt = new int[Math.max(conditionWords, state.wordSeenAt.length)];
            state.generation = 0;
        }
        if (++state.generation == Integer.MAX_VALUE) {
            Arrays.fill(state.seenAt, 0);
            Arrays.fill(state.wordSeenAt, 0);
            state.generation = 1;
        }
        int[] count = {0};
        for (int id : alwaysTried) {
            add(state, id, count);
        }
        MentionTokens tokens = state.tokens;
        BytesRef word = state.word;
        BytesRef prefix = state.prefix;
        for (int f = 0; f < tokens.fieldCount(); f++) {
            FieldRules field = byField.get(tokens.name(f));
            if (field == null) {
                continue;
            }
            for (int t = tokens.firstToken(f); t < tokens.endToken(f); t++) {
                tokens.term(t, word);
                found(state, field.byTerm.get(word), count);
                if (field.longestPrefix > 0) {
                    prefix.bytes = word.bytes;
                    prefix.offset = word.offset;
                    for (int length = 1; length <= Math.min(word.length, field.longestPrefix); length++) {
                        prefix.length = length;
                        found(state, field.byPrefix.get(prefix), count);
                    }
                }
            }
        }
        int kept = 0;
        for (int c = 0; c < count[0]; c++) {
            if (hasAllRequired(state.candidates[c], state)) {
                state.candidates[kept++] = state.candidates[c];
            }
        }
        return kept;
    }

    /** Whether the mention has a word of each of the part's sets: the presearch marked the words it has. */
    private boolean hasAllRequired(int part, Scratch state) {
        int[] seenAt = state.wordSeenAt;
        int generation = state.generation;
        int at = conditionStart[part];
        int end = conditionStart[part + 1];
        while (at < end) {
            int setEnd = at + 1 + conditions[at];
            boolean met = false;
            for (at++; at < setEnd && !met; at++) {
                met = seenAt[conditions[at]] == generation;
            }
            if (!met) {
                return false;
            }
            at = setEnd;
        }
        return true;
    }

    /** The mention has a word (or word start) the index knows: its parts are candidates, its conditions met. */
    private static void found(Scratch state, Lookup lookup, int[] count) {
        if (lookup != null) {
            if (lookup.word >= 0) {
                state.wordSeenAt[lookup.word] = state.generation;
            }
            for (int id : lookup.parts) {
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
