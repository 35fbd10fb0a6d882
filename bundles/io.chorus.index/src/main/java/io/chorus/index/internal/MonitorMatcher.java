package io.chorus.index.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.monitor.HighlightsMatch;
import org.apache.lucene.monitor.MatchingQueries;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorQuery;
import org.apache.lucene.monitor.TermFilteredPresearcher;
import org.apache.lucene.monitor.TermWeightor;
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
 * Matches mentions against every brand and rule of the semantic core with lucene-monitor: the rules are stored
 * queries, a batch of mentions is one small in-memory index, and the monitor's presearcher runs only the rules that
 * share a word with it. The rules are compiled when first needed, never at start-up, and only rules that changed
 * are compiled again when the semantic core changes.
 */
@Component(service = MentionMatcher.class)
public final class MonitorMatcher implements MentionMatcher {

    private static final String SEPARATOR = "/";

    static {
        // Each mention is searched once, in its own MemoryIndex: caching results per query only costs the hashing of
        // every rule's query for the cache key. Lucene is private to this bundle, so this default is too.
        IndexSearcher.setDefaultQueryCache(null);
    }

    private final KeywordRegistry registry;
    private final QueryLanguage language;
    private final Logger logger;
    private final Runnable invalidate = this::invalidate;
    private MentionAnalyzer analyzer;
    private Monitor monitor;
    private Map<String, String> compiled = new LinkedHashMap<>();
    private List<String> problems = List.of();
    private volatile boolean stale = true;
    private volatile Set<Term> entryTerms = Set.of();

    @Activate
    public MonitorMatcher(@Reference KeywordRegistry registry, @Reference QueryLanguage language,
                          @Reference(service = LoggerFactory.class) Logger logger) {
        this.registry = registry;
        this.language = language;
        this.logger = logger;
        registry.addChangeListener(invalidate);
    }

    @Deactivate
    synchronized void deactivate() {
        registry.removeChangeListener(invalidate);
        if (monitor != null) {
            try {
                monitor.close();
            } catch (IOException e) {
                logger.warn("Closing the rule index failed: {}", e.toString());
            }
            analyzer.close();
        }
    }

    /**
     * Which word of a rule's AND a mention must contain for the rule to be tried: the presearcher takes the one with
     * the highest weight. The semantic core's words (brand names, products) come first: "again" or "review" in the
     * same rule are in most mentions, the brand's name in few.
     */
    private double presearchWeight(Term term) {
        double byLength = TermWeightor.DEFAULT.applyAsDouble(term);
        return entryTerms.contains(term) ? 1 + byLength : byLength;
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
        Monitor current = current();
        boolean fuzzy = !analyzer.fuzzyWords().isEmpty();
        // One mention at a time: Monitor then indexes it in a MemoryIndex, where finding the matched words is cheap;
        // a batch goes through an in-memory directory, and highlighting there costs more than it saves.
        for (Mention mention : mentions) {
            MatchingQueries<HighlightsMatch> matches;
            try {
                matches = current.match(MentionFields.document(mention, fuzzy), HighlightsMatch.MATCHER);
            } catch (IOException e) {
                throw new UncheckedIOException("matching in memory failed", e);
            }
            matches.getErrors().forEach((id, error) -> logger.warn("Rule {} failed on mention {}: {}", id,
                    mention.id(), error.toString()));
            results.add(toMatches(mention, matches.getMatches()));
        }
        return results;
    }

    private static List<MentionMatch> toMatches(Mention mention, Collection<HighlightsMatch> found) {
        List<MentionMatch> result = new ArrayList<>();
        for (HighlightsMatch match : found) {
            String id = match.getQueryId();
            int slash = id.indexOf(SEPARATOR);
            List<MentionMatch.MatchedText> texts = new ArrayList<>();
            addHits(texts, match, MentionFields.TEXT, "text", mention.text());
            addHits(texts, match, MentionFields.TEXT_STEMS, "text", mention.text());
            addHits(texts, match, MentionFields.TEXT_FUZZY, "text", mention.text());
            addHits(texts, match, MentionFields.TITLE, "title", mention.title());
            addHits(texts, match, MentionFields.TITLE_STEMS, "title", mention.title());
            addHits(texts, match, MentionFields.TITLE_FUZZY, "title", mention.title());
            texts.sort(Comparator.comparing(MentionMatch.MatchedText::field).thenComparingInt(
                    MentionMatch.MatchedText::start));
            result.add(new MentionMatch(id.substring(0, slash), id.substring(slash + 1), dedupe(texts)));
        }
        result.sort(Comparator.comparing(MentionMatch::brandId).thenComparing(MentionMatch::ruleId));
        return result;
    }

    private static void addHits(List<MentionMatch.MatchedText> texts, HighlightsMatch match, String field,
                                String name, String source) {
        for (HighlightsMatch.Hit hit : match.getHits(field)) {
            if (hit.startOffset() >= 0 && hit.endOffset() <= source.length() && hit.startOffset() < hit.endOffset()) {
                texts.add(new MentionMatch.MatchedText(name, hit.startOffset(), hit.endOffset(),
                        source.substring(hit.startOffset(), hit.endOffset())));
            }
        }
    }

    private static List<MentionMatch.MatchedText> dedupe(List<MentionMatch.MatchedText> texts) {
        List<MentionMatch.MatchedText> unique = new ArrayList<>();
        for (MentionMatch.MatchedText text : texts) {
            if (!unique.contains(text)) {
                unique.add(text);
            }
        }
        return unique;
    }

    @Override
    public synchronized int ruleCount() {
        current();
        return compiled.size();
    }

    @Override
    public synchronized List<String> problems() {
        current();
        return problems;
    }

    /** The monitor with the current rules: the first call builds it, later calls update what changed. */
    private synchronized Monitor current() {
        try {
            if (monitor == null) {
                analyzer = new MentionAnalyzer();
                monitor = new Monitor(analyzer, new TermFilteredPresearcher(this::presearchWeight, List.of(),
                        Set.of()));
            }
            if (stale) {
                stale = false;
                update();
            }
            return monitor;
        } catch (IOException e) {
            throw new UncheckedIOException("the rule index cannot be built in memory", e);
        }
    }

    private void update() throws IOException {
        FuzzyWords.Builder fuzzyWords = new FuzzyWords.Builder();
        LuceneQueryCompiler compiler = new LuceneQueryCompiler(analyzer, fuzzyWords);
        Map<String, String> wanted = new LinkedHashMap<>();
        Map<String, MonitorQuery> queries = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        for (Brand brand : registry.brands()) {
            rule(brand.id(), MentionMatch.BRAND_RULE, "@" + brand.id(), compiler, wanted, queries, failures);
            for (Rule rule : brand.rules()) {
                rule(brand.id(), rule.id(), rule.query(), compiler, wanted, queries, failures);
            }
        }
        List<String> removed = new ArrayList<>();
        for (String id : compiled.keySet()) {
            if (!wanted.containsKey(id)) {
                removed.add(id);
            }
        }
        List<MonitorQuery> changed = new ArrayList<>();
        wanted.forEach((id, text) -> {
            if (!text.equals(compiled.get(id))) {
                changed.add(queries.get(id));
            }
        });
        if (!removed.isEmpty()) {
            monitor.deleteById(removed);
        }
        // before the changed rules go in, so none runs against mentions analysed without its fuzzy words, and each is
        // indexed by its entries' words
        analyzer.useFuzzyWords(fuzzyWords.build());
        entryTerms = Set.copyOf(compiler.entryTerms());
        if (!changed.isEmpty()) {
            monitor.register(changed);
        }
        compiled = wanted;
        if (!failures.equals(problems)) {
            failures.forEach(failure -> logger.error("{}", failure));
        }
        problems = List.copyOf(failures);
    }

    /** Parses, expands and compiles one rule; a rule that fails is left out and reported. */
    private void rule(String brandId, String ruleId, String text, LuceneQueryCompiler compiler,
                      Map<String, String> wanted, Map<String, MonitorQuery> queries, List<String> failures) {
        String id = brandId + SEPARATOR + ruleId;
        try {
            Set<io.chorus.api.query.Query> entryLeaves = new HashSet<>();
            io.chorus.api.query.Query expanded = language.expand(language.parse(text), reference -> {
                io.chorus.api.query.Query resolved = registry.resolve(reference);
                collectLeaves(resolved, entryLeaves);
                return resolved;
            });
            String canonical = language.format(expanded);
            wanted.put(id, canonical);
            queries.put(id, new MonitorQuery(id, compiler.compile(expanded, entryLeaves), canonical, Map.of()));
        } catch (QueryException e) {
            failures.add("rule " + ruleId + " of brand " + brandId + " is left out: " + e.getMessage()
                    + (e.position() >= 0 ? " (column " + (e.position() + 1) + " of: " + text + ")" : ""));
        } catch (RuntimeException e) {
            failures.add("rule " + ruleId + " of brand " + brandId + " is left out: " + e);
        }
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

    /** How many rule parts the presearcher let through for a mention, of how many stored: for the benchmark. */
    synchronized int[] queriesRun(Mention mention) throws IOException {
        Monitor current = current();
        MatchingQueries<org.apache.lucene.monitor.QueryMatch> matches = current.match(MentionFields.document(mention,
                !analyzer.fuzzyWords().isEmpty()), org.apache.lucene.monitor.QueryMatch.SIMPLE_MATCHER);
        return new int[] {matches.getQueriesRun(), current.getQueryCount()};
    }

    /** The stored query ids, for tests. */
    synchronized Set<String> ruleIds() {
        current();
        return Set.copyOf(compiled.keySet());
    }

}
