package io.chorus.index.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.monitor.HighlightsMatch;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorQuery;
import org.osgi.service.log.Logger;

import io.chorus.api.mention.Mention;
import io.chorus.api.mention.MentionMatch;
import io.chorus.api.query.Query;
import io.chorus.api.query.Reference;
import io.chorus.api.query.UnknownReferenceException;
import io.chorus.api.registry.Brand;
import io.chorus.api.registry.BrandRole;
import io.chorus.api.registry.EntryType;
import io.chorus.api.registry.KeywordEntry;
import io.chorus.api.registry.KeywordRegistry;
import io.chorus.api.registry.MatchOptions;
import io.chorus.api.registry.Rule;
import io.chorus.api.registry.Variant;
import io.chorus.api.registry.VariantGenerator;
import io.chorus.api.registry.VariantStatus;
import io.chorus.query.internal.ChorusQueryLanguage;
import io.chorus.registry.variants.internal.JapaneseGenerator;
import io.chorus.registry.variants.internal.KeyboardLayoutGenerator;
import io.chorus.registry.variants.internal.TransliterationGenerator;
import io.chorus.registry.variants.internal.TypoGenerator;

/**
 * Matcher throughput against the number of stored rules, side by side on the same data in one run: this module's
 * matcher ({@link MonitorMatcher}: own presearch, Lucene queries verified in one MemoryIndex), stock lucene-monitor
 * (a plain Monitor with its default presearcher, the same compiled queries, highlights as the matcher gives) and a
 * naive loop running every compiled query against a MemoryIndex of the mention. Each size is a generated semantic core
 * of brands in English, Russian and Japanese (names, aliases, products, people, context words, exclusions, the top
 * three variants of the real variant generators accepted) with five rules per brand; mentions are short posts from
 * templates in the three languages, about a third naming a brand, a product or a variant (all seeded). The engines'
 * results are compared mention by mention and the agreement printed. Run with {@code tools/benchmarks/matcher.sh}.
 *
 * <p>System properties: {@code bench.rules} (sizes, default 1000,10000,100000), {@code bench.mentions} (default 4000),
 * {@code bench.naive.mentions} (how many of them the naive loop runs, default 100: it is slow by design).
 */
public final class MatcherBenchmark {

    private static final int RULES_PER_BRAND = 5;
    private static final int ACCEPTED_VARIANTS = 3;

    private static final String[] EN_FIRST = {"North", "Blue", "Silver", "Bright", "Green", "Iron", "Swift", "Clear",
        "Red", "Star", "Pine", "Oak", "Stone", "River", "Sun", "Cloud", "Urban", "Prime", "Nova", "Apex", "Summit",
        "Harbor", "Maple", "Cedar", "Falcon", "Eagle", "Polar", "Crystal", "Golden", "Atlas"};
    private static final String[] EN_SECOND = {"wind", "field", "wave", "gate", "point", "ridge", "bridge", "works",
        "stream", "line", "craft", "forge", "path", "light", "peak", "rock", "spark", "core", "hub", "mark"};
    private static final String[] EN_KIND = {"", " Bank", " Motors", " Foods", " Telecom", " Air", " Labs",
        " Pharma", " Energy", " Games", " Media", " Insurance"};
    private static final String[] RU_FIRST = {"Сбер", "Тех", "Рос", "Мега", "Альфа", "Газ", "Нефте", "Агро",
        "Строй", "Транс", "Энерго", "Мото", "Авиа", "Фарм", "Теле", "Хлеб", "Молоко", "Лес", "Сталь", "Север",
        "Волга", "Урал", "Сибирь", "Байкал", "Нева", "Кама", "Дон", "Ока", "Алтай", "Амур"};
    private static final String[] RU_SECOND = {"банк", "торг", "сеть", "маркет", "пром", "снаб", "сервис", "лайн",
        "трейд", "групп", "ком", "тел", "инвест", "холдинг", "авто", "мед", "строй", "логистик", "дом", "мир"};
    private static final String[] JA_FIRST = {"サクラ", "ミドリ", "ヒカリ", "アサヒ", "ツバサ", "カゼ", "ソラ",
        "ミライ", "ホシ", "ユキ", "ハナ", "ウミ", "ヤマト", "ツキ", "コダマ", "ナギ", "スバル", "アオイ", "カエデ",
        "イロハ", "東京", "大阪", "北海", "日本", "中央", "新星", "富士", "青葉", "白鳥", "光"};
    private static final String[] JA_SECOND = {"電機", "電力", "銀行", "食品", "製薬", "自動車", "航空", "商事",
        "通信", "化学", "運輸", "証券", "電気", "ホールディングス", "ストア", "モバイル", "カメラ", "ゲームス",
        "ビール", "不動産"};
    private static final String[] PRODUCTS = {"X200", "Pro Max", "Mini", "Ultra", "Lite", "Plus", "Go", "Air",
        "Studio", "Max", "One", "Neo"};
    private static final String[][] PEOPLE = {
        {"Anna", "John", "Maria", "David", "Emma", "James", "Olivia", "Robert"},
        {"Smith", "Johnson", "Brown", "Miller", "Davis", "Wilson", "Taylor", "Clark"},
        {"Анна", "Иван", "Мария", "Дмитрий", "Елена", "Сергей", "Ольга", "Алексей"},
        {"Иванова", "Петров", "Смирнова", "Кузнецов", "Попова", "Соколов", "Лебедева", "Козлов"},
        {"佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村"},
        {"健太", "美咲", "翔太", "陽菜", "大輔", "さくら", "拓海", "結衣"}};
    private static final String[][] TEMPLATES = {
        {"en", "just got my new {} and it already broke", "{} customer service is terrible, waited two hours again",
            "anyone tried {}? which one to buy", "love the {} update, great job", "refund please, {} charged me twice",
            "{} app crashed again after the update", "is {} worth it? need advice", "the delivery from {} was late"},
        {"en", "what a day, coffee and rain again", "which one to buy: the red or the blue one?",
            "great service at the cafe downstairs", "my cat ignores me again", "terrible traffic this morning"},
        {"ru", "купил {} вчера, доставка опять задержалась", "{} не отвечает уже второй день",
            "кто пользовался {}? посоветуйте", "отличный сервис у {}, спасибо", "приложение {} вылетает после обновления",
            "оформил вклад в {} и доволен", "поддержка {} опять не отвечает", "отзыв о {}: всё пришло вовремя"},
        {"ru", "погода сегодня отличная", "посоветуйте хороший фильм на вечер", "опять пробки на кольцевой",
            "доставка пиццы задержалась на час", "кот опять разбил чашку"},
        {"ja", "{}のテレビが壊れた", "{}の新しいアプリは最高です", "昨日{}で買い物した", "{}の配達が遅い",
            "{}のサポートに電話したけど繋がらない", "{}の店でスマホを買った"},
        {"ja", "今日は天気がいいですね", "新しいカフェを見つけた", "電車が遅れて会議に遅刻した",
            "週末は家でゆっくり休みます", "配達が遅いので困っています"}};

    private MatcherBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = new ArrayList<>();
        for (String size : System.getProperty("bench.rules", "1000,10000,100000").split(",")) {
            sizes.add(Integer.parseInt(size.strip()));
        }
        int mentionCount = Integer.getInteger("bench.mentions", 4000);
        int naiveCount = Integer.getInteger("bench.naive.mentions", 100);
        List<String> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (int size : sizes) {
            rows.add(run(size, mentionCount, naiveCount, notes));
            System.err.println(rows.get(rows.size() - 1)); // progress: a size at 100k rules takes minutes
            System.gc();
        }
        Runtime runtime = Runtime.getRuntime();
        System.out.println();
        System.out.println("| Rules | Brands | Compile rules | Matcher heap | This matcher | Stock lucene-monitor "
                + "| Naive loop | Speed-up vs monitor | Rules tried per mention | Agreement |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        rows.forEach(System.out::println);
        System.out.println();
        notes.forEach(System.out::println);
        System.out.printf(Locale.ROOT, "Mentions/s are one thread; %d mentions per size (the naive loop runs the first "
                + "%d); this matcher: median of %d passes after %d s of warm-up, the others: best pass. %d cores, %s, "
                + "Java %s, max heap %d MB.%n", mentionCount, naiveCount, STEADY_PASSES, WARM_UP_NANOS / 1_000_000_000L,
                runtime.availableProcessors(), System.getProperty("os.arch"), System.getProperty("java.version"),
                runtime.maxMemory() >> 20);
    }

    private static String run(int ruleCount, int mentionCount, int naiveCount, List<String> notes) throws Exception {
        Random random = new Random(ruleCount * 31L + 7);
        List<Brand> brands = brands(Math.max(1, ruleCount / RULES_PER_BRAND), random);
        BenchRegistry registry = new BenchRegistry(brands);
        List<Mention> mentions = mentions(brands, mentionCount, new Random(42));

        long heapBefore = usedHeap();
        long start = System.nanoTime();
        MonitorMatcher matcher = new MonitorMatcher(registry, new ChorusQueryLanguage(), silent());
        int rules = matcher.ruleCount();
        long compileMillis = (System.nanoTime() - start) / 1_000_000;
        long heap = usedHeap() - heapBefore;
        if (!matcher.problems().isEmpty()) {
            notes.add(ruleCount + " rules: " + matcher.problems().size() + " rules left out, first: "
                    + matcher.problems().get(0));
        }
        RuleIndex index = matcher.index();

        start = System.nanoTime();
        Monitor monitor = new Monitor(index.analyzer());
        List<MonitorQuery> queries = new ArrayList<>();
        for (RuleIndex.Rule rule : index.rules()) {
            queries.add(new MonitorQuery(rule.id(), rule.query()));
        }
        monitor.register(queries);
        long monitorMillis = (System.nanoTime() - start) / 1_000_000;
        boolean fuzzy = !index.analyzer().fuzzyWords().isEmpty();

        List<Set<String>> ours = new ArrayList<>();
        double oursPerSecond = timedSteady(mentions, batch -> {
            ours.clear();
            for (List<MentionMatch> found : matcher.match(batch)) {
                Set<String> ids = new TreeSet<>();
                found.forEach(match -> ids.add(match.brandId() + "/" + match.ruleId()));
                ours.add(ids);
            }
        });
        List<Set<String>> stock = new ArrayList<>();
        double stockPerSecond = timed(mentions, 1, 1, batch -> {
            stock.clear();
            for (Mention mention : batch) {
                stock.add(new TreeSet<>(monitor.match(MentionFields.document(mention, fuzzy), HighlightsMatch.MATCHER)
                        .getMatches().stream().map(HighlightsMatch::getQueryId).toList()));
            }
        });
        List<Mention> naiveMentions = mentions.subList(0, Math.min(naiveCount, mentions.size()));
        List<Set<String>> naive = new ArrayList<>();
        MemoryIndex memory = new MemoryIndex(true, true);
        double naivePerSecond = timed(naiveMentions, 1, 1, batch -> {
            naive.clear();
            for (Mention mention : batch) {
                memory.reset();
                for (IndexableField field : MentionFields.document(mention, fuzzy)) {
                    memory.addField(field, index.analyzer());
                }
                Set<String> ids = new TreeSet<>();
                for (RuleIndex.Rule rule : index.rules()) {
                    if (memory.search(rule.query()) > 0) {
                        ids.add(rule.id());
                    }
                }
                naive.add(ids);
            }
        });
        long tried = 0;
        int matchedMentions = 0;
        for (int i = 0; i < mentions.size(); i++) {
            tried += index.candidateCount(mentions.get(i));
            matchedMentions += ours.get(i).isEmpty() ? 0 : 1;
        }
        int agreeStock = agreeing(ours, stock, mentions, ruleCount + " rules, lucene-monitor", notes);
        int agreeNaive = agreeing(ours, naive, mentions, ruleCount + " rules, naive loop", notes);
        monitor.close();
        matcher.deactivate();
        notes.add(String.format(Locale.ROOT, "%,d rules: %d of %d mentions matched a rule; lucene-monitor took %,d ms to "
                + "register the compiled queries.", rules, matchedMentions, mentions.size(), monitorMillis));
        return String.format(Locale.ROOT, "| %,d | %,d | %,d ms | %,d MB | %,.0f/s | %,.0f/s | %,.1f/s | %.1fx | %.1f "
                        + "| %s |", rules, brands.size(), compileMillis, heap >> 20, oursPerSecond, stockPerSecond,
                naivePerSecond, oursPerSecond / stockPerSecond, tried / (double) mentions.size(),
                String.format(Locale.ROOT, "monitor %d/%d, naive %d/%d", agreeStock, stock.size(), agreeNaive,
                        naive.size()));
    }

    private interface Pass {
        void run(List<Mention> mentions) throws Exception;
    }

    /**
     * Mentions per second of the fastest of {@code passes} passes over all mentions, after warming up: {@code warmUps}
     * passes over a tenth of them (slow engines at a hundred thousand rules would take minutes per pass). The last
     * pass is over all mentions, so its results are those of every mention.
     */
    private static double timed(List<Mention> mentions, int warmUps, int passes, Pass pass) throws Exception {
        for (int i = 0; i < warmUps; i++) {
            pass.run(mentions.subList(0, Math.max(1, mentions.size() / 10)));
        }
        double best = 0;
        for (int i = 0; i < passes; i++) {
            long start = System.nanoTime();
            pass.run(mentions);
            best = Math.max(best, mentions.size() / ((System.nanoTime() - start) / 1e9));
        }
        return best;
    }

    /** Passes over all mentions timed after the JIT has settled: the matcher runs for hours, not for a second. */
    private static final int STEADY_PASSES = 7;
    private static final long WARM_UP_NANOS = 5_000_000_000L;

    /**
     * Mentions per second of the median of {@link #STEADY_PASSES} passes over all mentions, after full passes for at
     * least five seconds (and two passes) of warm-up: a single best pass right after start-up measured mostly the JIT,
     * and quick runs varied by a factor of two. The last pass is over all mentions, so its results are those of every
     * mention.
     */
    private static double timedSteady(List<Mention> mentions, Pass pass) throws Exception {
        long warmUpStart = System.nanoTime();
        for (int i = 0; i < 2 || System.nanoTime() - warmUpStart < WARM_UP_NANOS; i++) {
            pass.run(mentions);
        }
        double[] rates = new double[STEADY_PASSES];
        for (int i = 0; i < rates.length; i++) {
            long start = System.nanoTime();
            pass.run(mentions);
            rates[i] = mentions.size() / ((System.nanoTime() - start) / 1e9);
        }
        java.util.Arrays.sort(rates);
        return rates[rates.length / 2];
    }

    private static int agreeing(List<Set<String>> ours, List<Set<String>> other, List<Mention> mentions, String what,
                                List<String> notes) {
        int same = 0;
        for (int i = 0; i < other.size(); i++) {
            if (ours.get(i).equals(other.get(i))) {
                same++;
            } else if (same + 3 > i) {
                notes.add(what + " differs on \"" + mentions.get(i).text() + "\": " + ours.get(i) + " vs "
                        + other.get(i));
            }
        }
        return same;
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static List<Brand> brands(int count, Random random) {
        List<VariantGenerator> generators = List.of(new TypoGenerator(), new KeyboardLayoutGenerator(),
                new TransliterationGenerator(), new JapaneseGenerator());
        Set<String> names = new HashSet<>();
        List<Brand> brands = new ArrayList<>(count);
        for (int b = 0; brands.size() < count; b++) {
            int language = b % 3;
            String name = switch (language) {
                case 0 -> pick(EN_FIRST, random) + pick(EN_SECOND, random) + pick(EN_KIND, random);
                case 1 -> pick(RU_FIRST, random) + pick(RU_SECOND, random);
                default -> pick(JA_FIRST, random) + pick(JA_SECOND, random);
            };
            String lang = new String[] {"en", "ru", "ja"}[language];
            if (!names.add(name)) {
                name = name + " " + (names.size() % 97 + 2);
                if (!names.add(name)) {
                    continue;
                }
            }
            brands.add(brand("b" + brands.size(), name, lang, language, random, generators));
        }
        return brands;
    }

    private static String pick(String[] values, Random random) {
        return values[random.nextInt(values.length)];
    }

    private static Brand brand(String id, String name, String lang, int language, Random random,
                               List<VariantGenerator> generators) {
        List<KeywordEntry> entries = new ArrayList<>();
        entries.add(entry("name", EntryType.BRAND_NAME, name, lang, lang.equals("ru") ? MatchOptions.STEMMED
                : MatchOptions.EXACT, generators));
        if (name.contains(" ")) {
            entries.add(entry("alias", EntryType.ALIAS, name.replace(" ", ""), lang, MatchOptions.EXACT, generators));
        }
        for (int p = 0; p < 2; p++) {
            entries.add(entry("product-" + p, EntryType.PRODUCT, name.split(" ")[0] + " " + pick(PRODUCTS, random),
                    lang, p == 0 && language != 2 ? MatchOptions.fuzzy(1) : MatchOptions.EXACT, generators));
        }
        // people are few and each works for one brand: the first brands of each language name theirs
        int ordinal = Integer.parseInt(id.substring(1)) / 3;
        boolean hasPerson = false;
        String[] first = PEOPLE[language * 2];
        String[] last = PEOPLE[language * 2 + 1];
        if (ordinal < first.length * last.length) {
            String person = first[ordinal % first.length] + (language == 2 ? "" : " ")
                    + last[ordinal / first.length];
            entries.add(entry("ceo", EntryType.PERSON, person, lang, MatchOptions.EXACT, generators));
            hasPerson = true;
        }
        entries.add(entry("context-1", EntryType.CONTEXT, new String[] {"shop", "магазин", "店"}[language], lang,
                MatchOptions.STEMMED, List.of()));
        entries.add(entry("context-2", EntryType.CONTEXT, new String[] {"app", "приложение", "アプリ"}[language], lang,
                MatchOptions.STEMMED, List.of()));
        entries.add(entry("exclusion", EntryType.EXCLUSION, new String[] {"jobs", "вакансия", "求人"}[language], lang,
                MatchOptions.EXACT, List.of()));
        List<Rule> rules = List.of(
                new Rule("complaints", "Complaints", "@" + id + " AND (опять OR again OR \"не отвечает\" OR 壊れた)",
                        Set.of()),
                new Rule("delivery", "Delivery", "@" + id + " NEAR/5 (forms:доставка OR deliver* OR 配達)", Set.of()),
                new Rule("products", "Products", "@" + id + ".products NOT lang:ja", Set.of()),
                new Rule("reviews", "Reviews", (hasPerson ? "(@" + id + " OR @" + id + ".people)" : "@" + id)
                        + " AND (title:(review OR обзор OR レビュー) OR отзыв~1 OR site:otzovik.com)", Set.of()));
        return new Brand(id, name, id.hashCode() % 4 == 3 ? BrandRole.COMPETITOR : BrandRole.OWN, List.of(lang),
                entries, rules, List.of(), "");
    }

    /** An entry with the top variants of the real generators accepted, as a reviewed core has. */
    private static KeywordEntry entry(String id, EntryType type, String text, String lang, MatchOptions match,
                                      List<VariantGenerator> generators) {
        KeywordEntry entry = new KeywordEntry(id, type, text, List.of(lang), match, Set.of(), "", List.of(),
                KeywordEntry.USER);
        List<Variant> all = new ArrayList<>();
        for (VariantGenerator generator : generators) {
            all.addAll(generator.generate(entry, ACCEPTED_VARIANTS * 2));
        }
        all.sort((a, b) -> Double.compare(b.likelihood(), a.likelihood()));
        Map<String, Variant> accepted = new LinkedHashMap<>();
        for (Variant variant : all) {
            if (accepted.size() < ACCEPTED_VARIANTS && !variant.text().equals(text)) {
                accepted.putIfAbsent(variant.text(), new Variant(variant.text(), variant.generator(), variant.reason(),
                        variant.likelihood(), VariantStatus.ACCEPTED));
            }
        }
        return entry.withVariants(List.copyOf(accepted.values()));
    }

    /** Short posts from templates; about a third name a brand entry or variant of this core. */
    private static List<Mention> mentions(List<Brand> brands, int count, Random random) {
        String[] platforms = {"vk", "x", "reddit", "otzovik", "telegram"};
        List<Mention> mentions = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int language = random.nextInt(3);
            boolean named = random.nextInt(3) == 0;
            String[] templates = TEMPLATES[language * 2 + (named ? 0 : 1)];
            String text = templates[1 + random.nextInt(templates.length - 1)];
            if (named) {
                Brand brand = brands.get(random.nextInt(brands.size()));
                List<String> texts = new ArrayList<>();
                brand.entries().stream().filter(entry -> entry.type() != EntryType.CONTEXT
                        && entry.type() != EntryType.EXCLUSION).forEach(entry -> texts.addAll(entry.matchedTexts()));
                text = text.replace("{}", texts.get(random.nextInt(texts.size())));
                if (random.nextInt(4) == 0) {
                    text = text + " " + new String[] {"shop", "магазин", "店"}[language];
                }
            }
            String site = i % 9 == 0 ? "https://otzovik.com/review_" + i : "https://example.com/" + i;
            mentions.add(new Mention("m" + i, platforms[i % platforms.length], site, "user" + i, null,
                    i % 7 == 0 ? new String[] {"review", "обзор", "レビュー"}[language] : "", text,
                    i % 10 == 0 ? "" : new String[] {"en", "ru", "ja"}[language]));
        }
        return mentions;
    }

    private static Logger silent() {
        return (Logger) Proxy.newProxyInstance(Logger.class.getClassLoader(), new Class<?>[] {Logger.class},
                (proxy, method, arguments) -> null);
    }

    /**
     * The semantic core in memory, references resolved by the registry's own rules (BrandQueries, package-private in
     * io.chorus.registry, so reached reflectively): the registry service reads every brand on each lookup, which is
     * right for a workspace and far too slow to set up a hundred thousand rules.
     */
    private static final class BenchRegistry implements KeywordRegistry {
        private final List<Brand> brands;
        private final Map<String, Brand> byId = new LinkedHashMap<>();
        private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
        private final MethodHandle resolve;

        BenchRegistry(List<Brand> brands) throws ReflectiveOperationException {
            this.brands = List.copyOf(brands);
            brands.forEach(brand -> byId.put(brand.id(), brand));
            Method method = Class.forName("io.chorus.registry.internal.BrandQueries").getDeclaredMethod("resolve",
                    Reference.class, Optional.class, List.class);
            method.setAccessible(true);
            resolve = MethodHandles.lookup().unreflect(method).asType(MethodType.methodType(Query.class,
                    Reference.class, Optional.class, List.class));
        }

        @Override public List<Brand> brands() { return brands; }
        @Override public Optional<Brand> brand(String id) { return Optional.ofNullable(byId.get(id)); }
        @Override public Query resolve(Reference reference) throws UnknownReferenceException {
            try {
                return (Query) resolve.invokeExact(reference, Optional.ofNullable(byId.get(reference.brand())),
                        List.<String>of());
            } catch (UnknownReferenceException | RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }
        @Override public Brand save(Brand brand) { throw new UnsupportedOperationException(); }
        @Override public void delete(String brandId) { throw new UnsupportedOperationException(); }
        @Override public Brand generateVariants(String brandId, String entryId, int budget) { throw new UnsupportedOperationException(); }
        @Override public Brand decide(String b, String e, String v, VariantStatus s) { throw new UnsupportedOperationException(); }
        @Override public io.chorus.api.registry.ImportReport importFile(java.nio.file.Path file, boolean dryRun) { throw new UnsupportedOperationException(); }
        @Override public String export(io.chorus.api.registry.CoreFormat format) { throw new UnsupportedOperationException(); }
        @Override public void addChangeListener(Runnable listener) { listeners.add(listener); }
        @Override public void removeChangeListener(Runnable listener) { listeners.remove(listener); }
    }
}
