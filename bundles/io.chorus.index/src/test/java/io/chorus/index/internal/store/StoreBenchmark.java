package io.chorus.index.internal.store;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import io.chorus.api.mention.Engagement;
import io.chorus.api.mention.FacetRequest;
import io.chorus.api.mention.Mention;
import io.chorus.api.mention.MentionMatch;
import io.chorus.api.mention.MentionSearch;
import io.chorus.api.mention.StoredMention;
import io.chorus.query.internal.ChorusQueryLanguage;

/**
 * How fast the mention store takes mentions durably, how large and heavy it is, and how fast a dashboard reads it:
 * COUNT generated short mentions (seeded: Russian, English and Japanese, 5 brands, 8 platforms, a sentiment label,
 * a year of dates) stored in batches of 1,000, then the store is reopened and a dashboard queried 200 times.
 * Usage: StoreBenchmark COUNT [DIRECTORY]
 */
public final class StoreBenchmark {

    private static final String[] BRANDS = {"sber", "acme", "sony", "beeline", "uniqlo"};
    private static final String[] PLATFORMS = {"vk", "telegram", "reddit", "x", "youtube", "mastodon", "bluesky",
        "news"};
    private static final String[] SENTIMENTS = {"negative", "neutral", "positive"};
    private static final Map<String, String[]> BRAND_NAMES = Map.of("sber", new String[] {"Сбербанк", "Sberbank",
        "Сбер"}, "acme", new String[] {"Acme", "Акме"}, "sony", new String[] {"ソニー", "Sony"}, "beeline",
        new String[] {"Билайн", "Beeline"}, "uniqlo", new String[] {"ユニクロ", "Uniqlo"});
    private static final String[][] RU = {{"опять", "снова", "вчера", "сегодня", "наконец"}, {"приложение", "банкомат",
        "тариф", "поддержка", "доставка", "карта", "вклад"}, {"не работает", "вылетает", "порадовал", "подорожал",
        "сломался", "отлично работает"}, {"спасибо", "ужас", "как всегда", "рекомендую", "никогда больше"}};
    private static final String[][] EN = {{"again", "today", "finally", "yesterday", "honestly"}, {"app", "robot",
        "vacuum", "support", "delivery", "camera", "store"}, {"is broken", "crashed", "works great", "got pricier",
        "asked for a refund", "is amazing"}, {"thanks", "awful", "as usual", "highly recommend", "never again"}};
    private static final String[][] JA = {{"今日", "また", "昨日", "やっと"}, {"アプリ", "カメラ", "店舗", "配達", "サポート"},
        {"が壊れた", "は最高です", "が高くなった", "が混んでいた", "がとても良い"}, {"ありがとう", "最悪", "おすすめ"}};

    private StoreBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path directory = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("chorus-store-bench");
        Instant end = Instant.parse("2026-11-01T00:00:00Z");
        Instant start = end.minus(Duration.ofDays(365));
        Random random = new Random(42);
        StoreFixtures.WordMatcher matcher = new StoreFixtures.WordMatcher();
        System.out.printf(Locale.ROOT, "Mention store benchmark: %,d mentions into %s, %d cores, %s, Java %s%n",
                count, directory, Runtime.getRuntime().availableProcessors(), cpu(),
                System.getProperty("java.version"));

        long stored = 0;
        long cpuBefore = processCpuNanos();
        long began = System.nanoTime();
        try (LuceneMentionStore store = new LuceneMentionStore(directory, Clock.systemUTC(),
                new ChorusQueryLanguage(), matcher)) {
            store.open();
            for (int next = 0; next < count; ) {
                List<StoredMention> batch = new ArrayList<>(1000);
                for (int i = 0; i < 1000 && next < count; i++, next++) {
                    batch.add(generate(next, random, start, end));
                }
                stored += store.store(batch).size();
                if (next % 200_000 == 0) {
                    System.out.printf(Locale.ROOT, "  %,d stored, %,.0f mentions/s so far%n", next,
                            next / ((System.nanoTime() - began) / 1e9));
                }
            }
            double seconds = (System.nanoTime() - began) / 1e9;
            System.out.printf(Locale.ROOT, "store: %,d mentions in %.1f s = %,.0f mentions/s (durable: journal"
                    + " forced per batch of 1,000)%n", stored, seconds, stored / seconds);
        }
        double cpuSeconds = (processCpuNanos() - cpuBefore) / 1e9;
        System.out.printf(Locale.ROOT, "CPU used by storing, incl. final commit: %.1f s = %,.0f mentions per"
                + " CPU-second (what a busy machine cannot hide)%n", cpuSeconds, stored / cpuSeconds);
        System.out.printf(Locale.ROOT, "on disk after close: %,.0f MB (%,.0f bytes a mention)%n",
                size(directory) / 1e6, size(directory) / (double) stored);

        System.gc();
        long heapBefore = usedHeap();
        long opening = System.nanoTime();
        try (LuceneMentionStore store = new LuceneMentionStore(directory, Clock.systemUTC(),
                new ChorusQueryLanguage(), matcher)) {
            store.open();
            System.out.printf(Locale.ROOT, "open: %.2f s, %,d mentions; heap used by the open store: %,.0f MB%n",
                    (System.nanoTime() - opening) / 1e9, store.size(), (usedHeap() - heapBefore) / 1e6);
            dashboard(store, end);
        }
    }

    private static void dashboard(LuceneMentionStore store, Instant end) throws Exception {
        Instant from = end.minus(Duration.ofDays(30));
        MentionSearch brand = MentionSearch.all().withBrands(Set.of("acme")).withPeriod(from, end);
        FacetRequest facets = new FacetRequest(List.of(FacetRequest.BRAND, FacetRequest.PLATFORM,
                FacetRequest.LANGUAGE, FacetRequest.label(StoredMention.SENTIMENT)), 10, FacetRequest.Interval.DAY,
                FacetRequest.label(StoredMention.SENTIMENT), ZoneId.of("Europe/Moscow"));
        String[] queries = {"robot OR vacuum", "refund", "\"works great\"", "broken AND NOT robot",
            "forms:приложение", "アプリ"};
        int warmUp = 30;
        int runs = 200;
        long[] facetTimes = new long[runs];
        long[] searchTimes = new long[runs];
        long[] both = new long[runs];
        long hits = 0;
        for (int i = 0; i < warmUp + runs; i++) {
            long t0 = System.nanoTime();
            var counted = store.facets(brand, facets);
            long t1 = System.nanoTime();
            var page = store.search(brand.withQuery(queries[i % queries.length]).withPage(0, 50));
            long t2 = System.nanoTime();
            hits += counted.total() + page.mentions().size();
            if (i >= warmUp) {
                facetTimes[i - warmUp] = t1 - t0;
                searchTimes[i - warmUp] = t2 - t1;
                both[i - warmUp] = t2 - t0;
            }
        }
        var sample = store.facets(brand, facets);
        System.out.printf(Locale.ROOT, "dashboard for one brand over 30 days (%,d mentions, %d day buckets):%n",
                sample.total(), sample.histogram().size());
        print("  facets brand+platform+language+sentiment + DAY histogram by sentiment", facetTimes);
        print("  search page of 50 newest with query text", searchTimes);
        print("  both (one dashboard refresh)", both);
        if (hits == 0) {
            throw new IllegalStateException("the dashboard found nothing: the benchmark is broken");
        }
    }

    private static void print(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%s: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n", what,
                sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.95)] / 1e6,
                sorted[(int) (sorted.length * 0.99)] / 1e6);
    }

    static StoredMention generate(int n, Random random, Instant start, Instant end) {
        String brand = BRANDS[random.nextInt(BRANDS.length)];
        String[] names = BRAND_NAMES.get(brand);
        String name = names[random.nextInt(names.length)];
        int script = random.nextInt(10);
        String language;
        String text;
        if (script < 5) {
            language = "ru";
            text = sentence(RU, name, random, " ");
        } else if (script < 8) {
            language = "en";
            text = sentence(EN, name, random, " ");
        } else {
            language = "ja";
            text = sentence(JA, name, random, "");
        }
        String platform = PLATFORMS[random.nextInt(PLATFORMS.length)];
        Instant published = start.plusSeconds((long) (random.nextDouble() * Duration.between(start, end)
                .getSeconds()));
        Engagement engagement = new Engagement(random.nextInt(100_000), random.nextInt(500), random.nextInt(50),
                random.nextInt(20), random.nextBoolean() ? random.nextInt(1_000_000) : -1);
        Mention mention = new Mention(Long.toString(n, 36) + "x" + Integer.toString(random.nextInt(1 << 20), 36),
                platform, "https://" + platform + ".example/p/" + n, "user" + random.nextInt(50_000), published, "",
                text, language, "", "", engagement);
        List<MentionMatch> matches = List.of(new MentionMatch(brand, MentionMatch.BRAND_RULE,
                List.of(new MentionMatch.MatchedText("text", 0, name.length(), name))));
        return new StoredMention(mention, platform + "-source", published.plusSeconds(30), matches, mention.key(),
                Map.of(StoredMention.SENTIMENT, SENTIMENTS[random.nextInt(SENTIMENTS.length)]));
    }

    private static String sentence(String[][] words, String name, Random random, String space) {
        StringBuilder text = new StringBuilder();
        text.append(words[0][random.nextInt(words[0].length)]).append(space).append(name).append(space)
                .append(words[1][random.nextInt(words[1].length)]).append(space)
                .append(words[2][random.nextInt(words[2].length)]);
        if (random.nextBoolean()) {
            text.append(space.isEmpty() ? "、" : ", ").append(words[3][random.nextInt(words[3].length)]);
        }
        return text.toString();
    }

    private static long size(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    private static long usedHeap() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static String cpu() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            return lines.filter(l -> l.startsWith("model name")).findFirst().map(l -> l.replaceFirst(".*: ", ""))
                    .orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }
}
