package io.chorus.index.internal;

import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import org.osgi.service.log.Logger;

import io.chorus.api.mention.Mention;
import io.chorus.api.mention.MentionMatch;
import io.chorus.api.query.Query;
import io.chorus.api.registry.Brand;
import io.chorus.api.registry.BrandRole;
import io.chorus.api.registry.EntryType;
import io.chorus.api.registry.KeywordEntry;
import io.chorus.api.registry.MatchOptions;
import io.chorus.api.registry.Rule;
import io.chorus.api.registry.Variant;
import io.chorus.api.registry.VariantStatus;
import io.chorus.query.internal.ChorusQueryLanguage;
import io.chorus.registry.internal.KeywordRegistryService;
import io.chorus.registry.internal.store.BrandStore;
import io.chorus.registry.variants.internal.JapaneseGenerator;
import io.chorus.registry.variants.internal.KeyboardLayoutGenerator;
import io.chorus.registry.variants.internal.TransliterationGenerator;
import io.chorus.registry.variants.internal.TypoGenerator;

/**
 * How fast rules compile and mentions match, on a realistic workspace: 20 brands in Russian, English and Japanese,
 * each with names, aliases, products, people, context words and exclusions, the top five generated variants of
 * every entry accepted (as a reviewed core has), and five rules per brand using every construct of the language.
 * Prints a markdown table for docs/benchmarks.md. Run with {@code tools/benchmarks/matcher.sh}.
 */
public final class MatcherBenchmark {

    private static final int BRANDS = 20;
    private static final int ROUNDS = 15;
    private static final int MENTIONS = Integer.getInteger("bench.mentions", 20_000);
    private static final int BATCH = 500;

    private static final String[][] NAMES = {
        {"Сбербанк", "ru"}, {"Яндекс", "ru"}, {"Билайн", "ru"}, {"Тинькофф", "ru"}, {"Пятёрочка", "ru"},
        {"Аэрофлот", "ru"}, {"Магнит", "ru"}, {"Wildberries", "ru"}, {"Acme Robotics", "en"}, {"Northwind", "en"},
        {"Contoso", "en"}, {"Globex", "en"}, {"Initech", "en"}, {"Umbrella", "en"}, {"Hooli", "en"},
        {"Stark Industries", "en"}, {"ソニー", "ja"}, {"ユニクロ", "ja"}, {"トヨタ", "ja"}, {"ニトリ", "ja"}};
    private static final String[] PRODUCTS = {"X200", "Pro Max", "Онлайн", "Mini", "Ultra", "Lite", "Plus", "Go",
        "Air", "Studio"};
    private static final String[] FILLER = ("купил вчера новый телефон доставка опять задержалась поддержка не отвечает "
        + "great service terrible app crashed again refund please thanks love it 最高です 配達が遅い アプリ 壊れた "
        + "отличный сервис кредит вклад отзыв обзор review which one to buy совет помогите").split(" ");

    private MatcherBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path workspace = Files.createTempDirectory("chorus-matcher-bench");
        try {
            run(workspace);
        } finally {
            try (var files = Files.walk(workspace)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private static void run(Path workspace) throws Exception {
        Logger logger = silent();
        KeywordRegistryService registry = new KeywordRegistryService(
                new BrandStore(workspace, Clock.fixed(Instant.parse("2026-11-24T12:00:00Z"), ZoneOffset.UTC)),
                logger, 20);
        registry.addGenerator(new TypoGenerator());
        registry.addGenerator(new KeyboardLayoutGenerator());
        registry.addGenerator(new TransliterationGenerator());
        registry.addGenerator(new JapaneseGenerator());
        List<String> ruleTexts = new ArrayList<>();
        for (int b = 0; b < BRANDS; b++) {
            Brand brand = brand(b);
            registry.save(brand);
            registry.generateVariants(brand.id(), null, 20);
            Brand generated = registry.brand(brand.id()).orElseThrow();
            registry.save(generated.withEntries(generated.entries().stream().map(MatcherBenchmark::acceptTopFive)
                    .toList()));
            brand.rules().forEach(rule -> ruleTexts.add(rule.query()));
            ruleTexts.add("@" + brand.id());
        }
        int variants = registry.brands().stream().flatMap(brand -> brand.entries().stream())
                .mapToInt(entry -> entry.matchedTexts().size()).sum();

        ChorusQueryLanguage language = new ChorusQueryLanguage();
        MentionAnalyzer analyzer = new MentionAnalyzer();
        long[] compileNanos = new long[ROUNDS];
        long[] parseNanos = new long[ROUNDS];
        for (int round = -5; round < ROUNDS; round++) {
            // a new compiler each round, as each change of the rules gets: fuzzy automata are built again
            LuceneQueryCompiler compiler = new LuceneQueryCompiler(analyzer, new FuzzyWords.Builder());
            long parse = 0;
            long start = System.nanoTime();
            for (String text : ruleTexts) {
                long parseStart = System.nanoTime();
                Query parsed = language.parse(text);
                parse += System.nanoTime() - parseStart;
                compiler.compile(language.expand(parsed, registry::resolve));
            }
            if (round >= 0) {
                compileNanos[round] = (System.nanoTime() - start) / ruleTexts.size();
                parseNanos[round] = parse / ruleTexts.size();
            }
        }
        analyzer.close();

        long[] buildMillis = new long[5];
        MonitorMatcher matcher = null;
        for (int round = -1; round < buildMillis.length; round++) {
            if (matcher != null) {
                matcher.deactivate();
            }
            long start = System.nanoTime();
            matcher = new MonitorMatcher(registry, language, logger);
            matcher.ruleCount();
            if (round >= 0) {
                buildMillis[round] = (System.nanoTime() - start) / 1_000_000;
            }
        }

        List<Mention> mentions = mentions(registry.brands(), new Random(42));
        double[] perSecond = new double[5];
        long matched = 0;
        for (int round = -2; round < perSecond.length; round++) {
            long start = System.nanoTime();
            matched = 0;
            for (int from = 0; from < mentions.size(); from += BATCH) {
                for (List<MentionMatch> matches : matcher.match(mentions.subList(from, Math.min(mentions.size(),
                        from + BATCH)))) {
                    matched += matches.isEmpty() ? 0 : 1;
                }
            }
            if (round >= 0) {
                perSecond[round] = mentions.size() / ((System.nanoTime() - start) / 1e9);
            }
        }
        int rules = matcher.ruleCount();
        long run = 0;
        int stored = 0;
        for (Mention mention : mentions.subList(0, Math.min(1000, mentions.size()))) {
            int[] counts = matcher.queriesRun(mention);
            run += counts[0];
            stored = counts[1];
        }
        matcher.deactivate();

        Runtime runtime = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "Workspace: %d brands, %d entries, %d texts matched (entries and accepted "
                + "variants), %d rules and brand queries.%n", BRANDS, registry.brands().stream()
                .mapToInt(brand -> brand.entries().size()).sum(), variants, rules);
        System.out.println();
        System.out.println("| Measure | Median | p90 |");
        System.out.println("|---|---:|---:|");
        System.out.printf(Locale.ROOT, "| Parse one rule | %.1f µs | %.1f µs |%n", median(parseNanos) / 1e3,
                p90(parseNanos) / 1e3);
        System.out.printf(Locale.ROOT, "| Parse, expand references and compile to Lucene, per rule | %.1f µs | %.1f µs |%n",
                median(compileNanos) / 1e3, p90(compileNanos) / 1e3);
        System.out.printf(Locale.ROOT, "| Build the rule index (Lucene Monitor) for all %d rules | %d ms | %d ms |%n",
                rules, (long) median(buildMillis), (long) p90(buildMillis));
        System.out.printf(Locale.ROOT, "| Match mentions, one thread, batches of %d | %,.0f mentions/s | %,.0f "
                + "mentions/s (slowest) |%n", BATCH, medianOf(perSecond), Arrays.stream(perSecond).min().orElse(0));
        System.out.println();
        System.out.printf(Locale.ROOT, "The presearcher lets through %.1f of the %d stored rule parts per mention.%n",
                run / (double) Math.min(1000, mentions.size()), stored);
        System.out.printf(Locale.ROOT, "%d of %d mentions matched something. %d cores, %s, Java %s.%n", matched,
                mentions.size(), runtime.availableProcessors(), System.getProperty("os.arch"),
                System.getProperty("java.version"));
    }

    private static Brand brand(int index) {
        String name = NAMES[index][0];
        String lang = NAMES[index][1];
        String id = "b" + index;
        List<KeywordEntry> entries = new ArrayList<>();
        MatchOptions nameMatch = lang.equals("ru") ? MatchOptions.STEMMED : MatchOptions.EXACT;
        entries.add(entry("name", EntryType.BRAND_NAME, name, lang, nameMatch));
        entries.add(entry("alias", EntryType.ALIAS, name.substring(0, Math.min(4, name.length())), lang,
                MatchOptions.EXACT));
        for (int p = 0; p < PRODUCTS.length; p++) {
            entries.add(entry("product-" + p, EntryType.PRODUCT, name + " " + PRODUCTS[p], lang,
                    p % 3 == 0 ? MatchOptions.fuzzy(1) : MatchOptions.EXACT));
        }
        entries.add(entry("ceo", EntryType.PERSON, "Anna Ivanova " + index, lang, MatchOptions.EXACT));
        entries.add(entry("context-1", EntryType.CONTEXT, lang.equals("ja") ? "店" : "магазин", lang,
                MatchOptions.STEMMED));
        entries.add(entry("context-2", EntryType.CONTEXT, "shop", "en", MatchOptions.STEMMED));
        entries.add(entry("context-3", EntryType.CONTEXT, lang.equals("ja") ? "アプリ" : "приложение", lang,
                MatchOptions.STEMMED));
        entries.add(entry("exclusion", EntryType.EXCLUSION, "вакансия " + name, lang, MatchOptions.EXACT));
        entries.add(entry("exclusion-2", EntryType.EXCLUSION, "jobs", "en", MatchOptions.EXACT));
        List<Rule> rules = List.of(
                new Rule("complaints", "Complaints", "@" + id + " AND (опять OR again OR \"не отвечает\" OR 壊れた)",
                        Set.of()),
                new Rule("delivery", "Delivery", "@" + id + " NEAR/5 (forms:доставка OR deliver* OR 配達)", Set.of()),
                new Rule("products", "Products", "@" + id + ".products NOT lang:ja", Set.of()),
                new Rule("reviews", "Reviews", "(@" + id + " OR @" + id + ".people) AND (title:(review OR обзор) OR "
                        + "отзыв~1 OR site:otzovik.com)", Set.of()),
                new Rule("intent", "Buying advice", "(\"which one\" ONEAR/3 buy) OR (forms:\"посоветуйте\" AND @"
                        + id + ")", Set.of()));
        return new Brand(id, name, index % 4 == 3 ? BrandRole.COMPETITOR : BrandRole.OWN, List.of(lang), entries,
                rules, List.of(), "");
    }

    private static KeywordEntry entry(String id, EntryType type, String text, String lang, MatchOptions match) {
        return new KeywordEntry(id, type, text, List.of(lang), match, Set.of(), "", List.of(),
                KeywordEntry.USER);
    }

    private static KeywordEntry acceptTopFive(KeywordEntry entry) {
        List<Variant> ranked = new ArrayList<>(entry.variants());
        ranked.sort((a, b) -> Double.compare(b.likelihood(), a.likelihood()));
        List<Variant> decided = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            Variant variant = ranked.get(i);
            decided.add(i < 5 ? new Variant(variant.text(), variant.generator(), variant.reason(),
                    variant.likelihood(), VariantStatus.ACCEPTED) : variant);
        }
        return entry.withVariants(decided);
    }

    /** Mentions of three to thirty words; about one in three names a brand or one of its accepted variants. */
    private static List<Mention> mentions(List<Brand> brands, Random random) {
        List<String> named = new ArrayList<>();
        for (Brand brand : brands) {
            for (KeywordEntry entry : brand.entries()) {
                if (entry.type() != EntryType.EXCLUSION) {
                    named.addAll(entry.matchedTexts());
                }
            }
        }
        String[] languages = {"ru", "en", "ja"};
        String[] platforms = {"vk", "x", "reddit", "otzovik", "telegram"};
        List<Mention> mentions = new ArrayList<>(MENTIONS);
        for (int i = 0; i < MENTIONS; i++) {
            StringBuilder text = new StringBuilder();
            int words = 3 + random.nextInt(28);
            for (int w = 0; w < words; w++) {
                text.append(w == 0 ? "" : " ").append(random.nextInt(30) == 0 ? named.get(random.nextInt(
                        named.size())) : FILLER[random.nextInt(FILLER.length)]);
            }
            mentions.add(new Mention("m" + i, platforms[i % platforms.length], "https://example.com/" + i, "user" + i,
                    null, i % 7 == 0 ? "обзор" : "", text.toString(), languages[i % languages.length]));
        }
        return mentions;
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double medianOf(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double p90(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * 0.9) - 1)];
    }

    private static Logger silent() {
        return (Logger) Proxy.newProxyInstance(Logger.class.getClassLoader(), new Class<?>[] {Logger.class},
                (proxy, method, arguments) -> null);
    }
}
