package io.chorus.index.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

import io.chorus.api.mention.Mention;
import io.chorus.api.mention.MentionMatch;
import io.chorus.api.mention.MentionMatcher;
import io.chorus.api.query.QueryException;
import io.chorus.api.query.QueryLanguage;
import io.chorus.api.registry.Brand;
import io.chorus.api.registry.KeywordRegistry;
import io.chorus.api.registry.Rule;

/**
 * Matches mentions against every brand and rule of the semantic core. The rules are compiled to Lucene queries (the
 * semantics) and put in a {@link RuleIndex}, whose presearch runs only the rules that can match a mention. (The name
 * is historical: a lucene-monitor Monitor did this before, an order of magnitude slower on short posts at ten
 * thousand rules; MatcherBenchmark compares the two and checks they agree.)
 *
 * <p>The rules are compiled when first needed, never at start-up. When the semantic core changes, only brands that
 * changed, or whose rules refer to a brand that changed, are compiled again, and a new immutable index replaces the
 * old one at once: matching threads never wait for a rebuild another thread is doing, they use the previous index.
 */
@Component(service = MentionMatcher.class)
public final class MonitorMatcher implements MentionMatcher {

    static {
        // Each mention is searched once, in its own MemoryIndex: caching results per query only costs the hashing of
        // every rule's query for the cache key. Lucene is private to this bundle, so this default is too.
        IndexSearcher.setDefaultQueryCache(null);
    }

    /** One brand's compiled rules and what they were compiled from. */
    private record BrandRules(Brand brand, Map<String, Brand> references, List<RuleIndex.Rule> rules,
                              List<String> failures, FuzzyWords.Builder fuzzyWords, Set<Term> entryTerms) {
    }

    /** The index matched against, with the brands it was built from. */
    private record Snapshot(RuleIndex index, Map<String, BrandRules> brands, List<String> problems) {
    }

    private final KeywordRegistry registry;
    private final QueryLanguage language;
    private final Logger logger;
    private final Runnable invalidate = this::invalidate;
    /** Analyses rule words while compiling; mentions are analysed by each index's own analyzer (its fuzzy words). */
    private final MentionAnalyzer ruleAnalyzer = new MentionAnalyzer();
    private final ReentrantLock updating = new ReentrantLock();
    private volatile Snapshot snapshot;
    private volatile boolean stale = true;

    @Activate
    public MonitorMatcher(@Reference KeywordRegistry registry, @Reference QueryLanguage language,
                          @Reference(service = LoggerFactory.class) Logger logger) {
        this.registry = registry;
        this.language = language;
        this.logger = logger;
        registry.addChangeListener(invalidate);
    }

    @Deactivate
    void deactivate() {
        registry.removeChangeListener(invalidate);
        updating.lock();
        try {
            ruleAnalyzer.close();
            if (snapshot != null) {
                snapshot.index().analyzer().close();
            }
        } finally {
            updating.unlock();
        }
    }

    private void invalidate() {
        stale = true;
    }

    @Override
    public List<List<MentionMatch>> match(List<Mention> mentions) {
        List<List<MentionMatch>> results = new ArrayList<>(mentions.size());
        if (mentions.isEmpty()) {
            return results;
        }
        RuleIndex index = current(false).index();
        for (Mention mention : mentions) {
            results.add(index.match(mention, (rule, error) -> logger.warn("Rule {} failed on mention {}: {}",
                    rule.id(), mention.id(), error.toString())));
        }
        return results;
    }

    @Override
    public int ruleCount() {
        return current(true).index().size();
    }

    @Override
    public List<String> problems() {
        return current(true).problems();
    }

    /** The stored rule ids ("brand/rule"), for tests. */
    Set<String> ruleIds() {
        Set<String> ids = new LinkedHashSet<>();
        current(true).index().rules().forEach(rule -> ids.add(rule.id()));
        return ids;
    }

    /** The index now matched against, for the benchmark to run other engines on the same compiled queries. */
    RuleIndex index() {
        return current(true).index();
    }

    /**
     * The current snapshot, rebuilt first when the semantic core changed. While another thread rebuilds, a matching
     * thread ({@code wait} false) takes the previous snapshot; only the very first build is waited for.
     */
    private Snapshot current(boolean wait) {
        Snapshot now = snapshot;
        if (now != null && !stale) {
            return now;
        }
        if (now == null || wait) {
            updating.lock();
        } else if (!updating.tryLock()) {
            return now;
        }
        try {
            if (snapshot == null || stale) {
                stale = false; // first: a change during the rebuild marks it stale again
                snapshot = rebuild(snapshot);
            }
            return snapshot;
        } finally {
            updating.unlock();
        }
    }

    private Snapshot rebuild(Snapshot previous) {
        Map<String, BrandRules> before = previous == null ? Map.of() : previous.brands();
        List<Brand> brands = registry.brands();
        Map<String, Brand> byId = new HashMap<>();
        brands.forEach(brand -> byId.put(brand.id(), brand));
        Map<String, BrandRules> compiled = new LinkedHashMap<>();
        List<RuleIndex.Rule> rules = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        FuzzyWords.Builder fuzzyWords = new FuzzyWords.Builder();
        Set<Term> entryTerms = new HashSet<>();
        for (Brand brand : brands) {
            BrandRules known = before.get(brand.id());
            BrandRules current = known != null && unchanged(known, brand, byId) ? known : compile(brand, byId);
            compiled.put(brand.id(), current);
            rules.addAll(current.rules());
            failures.addAll(current.failures());
            fuzzyWords.addAll(current.fuzzyWords());
            entryTerms.addAll(current.entryTerms());
        }
        MentionAnalyzer analyzer = new MentionAnalyzer();
        analyzer.useFuzzyWords(fuzzyWords.build());
        List<String> problems = List.copyOf(failures);
        if (previous == null || !problems.equals(previous.problems())) {
            problems.forEach(problem -> logger.error("{}", problem));
        }
        // The previous analyzer is not closed: threads may still be matching with it; it goes with its index.
        return new Snapshot(new RuleIndex(rules, analyzer, entryTerms), compiled, problems);
    }

    /** Whether a brand and every brand its rules refer to are as they were when it was compiled. */
    private static boolean unchanged(BrandRules known, Brand brand, Map<String, Brand> byId) {
        if (!known.brand().equals(brand)) {
            return false;
        }
        for (Map.Entry<String, Brand> reference : known.references().entrySet()) {
            if (!Objects.equals(reference.getValue(), byId.get(reference.getKey()))) {
                return false;
            }
        }
        return true;
    }

    private BrandRules compile(Brand brand, Map<String, Brand> byId) {
        FuzzyWords.Builder fuzzyWords = new FuzzyWords.Builder();
        LuceneQueryCompiler compiler = new LuceneQueryCompiler(ruleAnalyzer, fuzzyWords);
        Map<String, Brand> references = new HashMap<>();
        List<String> ruleIds = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        List<org.apache.lucene.search.Query> queries = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        ruleIds.add(MentionMatch.BRAND_RULE);
        texts.add("@" + brand.id());
        for (Rule rule : brand.rules()) {
            ruleIds.add(rule.id());
            texts.add(rule.query());
        }
        for (int i = 0; i < ruleIds.size(); i++) {
            String ruleId = ruleIds.get(i);
            String text = texts.get(i);
            try {
                Set<io.chorus.api.query.Query> entryLeaves = new HashSet<>();
                io.chorus.api.query.Query query = language.expand(language.parse(text), reference -> {
                    references.put(reference.brand(), byId.get(reference.brand()));
                    io.chorus.api.query.Query resolved = registry.resolve(reference);
                    collectLeaves(resolved, entryLeaves);
                    return resolved;
                });
                queries.add(compiler.compile(query, entryLeaves));
            } catch (QueryException e) {
                queries.add(null);
                failures.add("rule " + ruleId + " of brand " + brand.id() + " is left out: " + e.getMessage()
                        + (e.position() >= 0 ? " (column " + (e.position() + 1) + " of: " + text + ")" : ""));
            } catch (RuntimeException e) {
                queries.add(null);
                failures.add("rule " + ruleId + " of brand " + brand.id() + " is left out: " + e);
            }
        }
        Set<Term> entryTerms = compiler.entryTerms();
        List<RuleIndex.Rule> rules = new ArrayList<>();
        for (int i = 0; i < ruleIds.size(); i++) {
            if (queries.get(i) != null) {
                rules.add(new RuleIndex.Rule(brand.id(), ruleIds.get(i), queries.get(i)));
            }
        }
        return new BrandRules(brand, references, List.copyOf(rules), List.copyOf(failures), fuzzyWords,
                Set.copyOf(entryTerms));
    }

    private static void collectLeaves(io.chorus.api.query.Query query, Set<io.chorus.api.query.Query> leaves) {
        switch (query) {
            case io.chorus.api.query.Query.And and -> and.operands().forEach(operand -> collectLeaves(operand, leaves));
            case io.chorus.api.query.Query.Or or -> or.operands().forEach(operand -> collectLeaves(operand, leaves));
            case io.chorus.api.query.Query.Not not -> collectLeaves(not.operand(), leaves);
            case io.chorus.api.query.Query.Near near -> {
                collectLeaves(near.left(), leaves);
                collectLeaves(near.right(), leaves);
            }
            case io.chorus.api.query.Query.FieldFilter filter -> collectLeaves(filter.value(), leaves);
            default -> leaves.add(query);
        }
    }

    /** How many rules the presearch let through for a mention, of how many stored: for the benchmark. */
    int[] queriesRun(Mention mention) {
        RuleIndex index = current(true).index();
        return new int[] {index.candidateCount(mention), index.size()};
    }
}
