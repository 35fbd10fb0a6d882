package io.chorus.ingest.internal;

import io.chorus.index.internal.MonitorMatcher;
import io.chorus.index.internal.store.LuceneMentionStore;
import io.chorus.ingest.internal.pipeline.LanguageGuesser;
import io.chorus.ingest.internal.pipeline.MentionPipeline;
import io.chorus.ingest.internal.pipeline.NearDuplicates;
import io.chorus.query.internal.ChorusQueryLanguage;
import io.chorus.registry.internal.KeywordRegistryService;
import io.chorus.registry.internal.store.BrandStore;
import io.chorus.source.api.SourceItem;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.osgi.service.log.Logger;
import tools.jackson.databind.JsonNode;

/**
 * End-to-end ingest on one thread: parse recorded JSON API pages, normalise, drop exact duplicates, detect the
 * language, group near duplicates, match against a five-brand semantic core with the real matcher, store durably in
 * the real Lucene store. Prints mentions per second.
 * Usage: IngestBenchmark COUNT WORKDIR
 */
public final class IngestBenchmark {

    static final String[] TEMPLATES = {
        "Открыл вклад в Сбербанке, проценты %s, посмотрим что будет через месяц",
        "Приложение сбербанк онлайн опять вылетает при переводе %s, уже третий раз за неделю",
        "My Acme robot vacuum is stuck again under the sofa, support says %s",
        "Just unboxed the RoboVac X200 from Acme and it mapped the flat in %s minutes",
        "ソニーの新しいカメラ、最高です。%sで買いました",
        "ユニクロ銀座店は混んでいた。%sのセールらしい",
        "Билайн опять поднял тарифы, пишу в поддержку уже %s день",
        "Die neue Acme Saugroboter Serie ist laut, aber %s funktioniert gut",
        "nothing about brands here, just a long sentence about the weather and the weekend %s",
        "Le service client de Beeline ne répond pas depuis %s jours, inadmissible",
    };

    /** Filler words so that posts of one template differ as real posts do. */
    static final String[] WORDS = ("сегодня вчера опять снова очень быстро медленно дорого дешево хорошо плохо "
            + "today again really slow fast cheap expensive great awful maybe never always weekend morning evening "
            + "heute wieder sehr langsam schnell gut schlecht aujourd'hui encore vraiment lent rapide bien mal "
            + "今日 昨日 また とても 早い 遅い 高い 安い").split(" ");

    public static void main(String[] args) throws Exception {
        int count = Integer.parseInt(args[0]);
        Path work = Path.of(args[1]);
        Clock clock = Clock.systemUTC();
        Logger silent = (Logger) Proxy.newProxyInstance(Logger.class.getClassLoader(), new Class<?>[] {Logger.class},
                (proxy, method, arguments) -> method.getReturnType() == boolean.class ? false : null);
        KeywordRegistryService registry = new KeywordRegistryService(new BrandStore(work.resolve("ws"), clock),
                silent, 50);
        Path core = work.resolve("core.csv");
        try (InputStream in = IngestBenchmark.class.getResourceAsStream("/bench/core.csv")) {
            Files.write(core, in.readAllBytes());
        }
        registry.importFile(core, false);
        MonitorMatcher matcher = new MonitorMatcher(registry, new ChorusQueryLanguage(), silent);
        LuceneMentionStore store = new LuceneMentionStore(work.resolve("ws/.chorus/index/mentions"), clock,
                new ChorusQueryLanguage(), matcher);
        store.open();
        long[] nanos = new long[3]; // store(), contains(), match()
        io.chorus.api.mention.MentionStore timedStore = (io.chorus.api.mention.MentionStore) Proxy.newProxyInstance(
                IngestBenchmark.class.getClassLoader(), new Class<?>[] {io.chorus.api.mention.MentionStore.class},
                (proxy, method, arguments) -> {
                    long t0 = System.nanoTime();
                    try {
                        return method.invoke(store, arguments);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    } finally {
                        int slot = method.getName().equals("store") ? 0 : method.getName().equals("contains") ? 1 : -1;
                        if (slot >= 0) {
                            nanos[slot] += System.nanoTime() - t0;
                        }
                    }
                });
        io.chorus.api.mention.MentionMatcher timedMatcher = new io.chorus.api.mention.MentionMatcher() {
            @Override
            public List<List<io.chorus.api.mention.MentionMatch>> match(List<io.chorus.api.mention.Mention> mentions) {
                long t0 = System.nanoTime();
                try {
                    return matcher.match(mentions);
                } finally {
                    nanos[2] += System.nanoTime() - t0;
                }
            }

            @Override
            public int ruleCount() {
                return matcher.ruleCount();
            }

            @Override
            public List<String> problems() {
                return matcher.problems();
            }
        };
        MentionPipeline pipeline = new MentionPipeline(() -> timedStore, () -> timedMatcher, clock, new LanguageGuesser(),
                new NearDuplicates(200_000));

        List<String> pages = recordedPages(count, 100);
        int warmup = Math.min(pages.size() / 10, 50);
        long matched = 0;
        long near = 0;
        long stored = 0;
        long start = 0;
        for (int i = 0; i < pages.size(); i++) {
            if (i == warmup) {
                start = System.nanoTime();
                stored = 0;
                near = 0;
                matched = 0;
                java.util.Arrays.fill(nanos, 0);
            }
            MentionPipeline.Result result = pipeline.process("bench", parse(pages.get(i)));
            stored += result.stored().size();
            near += result.nearDuplicates();
            matched += result.stored().stream().filter(m -> !m.matches().isEmpty()).count();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("ingest: %d mentions measured (after %d warm-up pages) on one thread in %.2f s = %.0f "
                        + "mentions/s; %d matched a brand (%d rules), %d near duplicates; store holds %d%n",
                stored, warmup, seconds, stored / seconds, matched, matcher.ruleCount(), near, store.size());
        double other = seconds - (nanos[0] + nanos[1] + nanos[2]) / 1e9;
        System.out.printf("  of which store() %.2f s, contains() %.2f s, match() %.2f s, parsing, normalising, "
                        + "language and near duplicates %.2f s (%.0f mentions/s without the store)%n",
                nanos[0] / 1e9, nanos[1] / 1e9, nanos[2] / 1e9, other, stored / (seconds - nanos[0] / 1e9 - nanos[1] / 1e9));
        store.close();
    }

    /** Pages as a platform API sends them: JSON with ids, authors, times, texts; a tenth are reposts. */
    static List<String> recordedPages(int count, int perPage) {
        SplittableRandom random = new SplittableRandom(42);
        List<String> pages = new ArrayList<>();
        List<String> earlier = new ArrayList<>();
        StringBuilder page = new StringBuilder();
        Instant base = Instant.parse("2026-02-01T00:00:00Z");
        for (int i = 0; i < count; i++) {
            if (i % perPage == 0) {
                page.setLength(0);
                page.append("{\"items\":[");
            }
            String text;
            if (!earlier.isEmpty() && random.nextInt(10) == 0) {
                text = "RT @user" + random.nextInt(1000) + ": " + earlier.get(random.nextInt(earlier.size()));
            } else {
                StringBuilder words = new StringBuilder();
                for (int w = 2 + random.nextInt(6); w > 0; w--) {
                    words.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
                }
                text = String.format(TEMPLATES[random.nextInt(TEMPLATES.length)], words.toString().strip())
                        + " " + WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)];
                if (earlier.size() < 5_000) {
                    earlier.add(text);
                }
            }
            page.append(i % perPage == 0 ? "" : ",").append("{\"id\":\"").append(i)
                    .append("\",\"url\":\"https://social.example/p/").append(i)
                    .append("\",\"author\":\"user").append(random.nextInt(50_000))
                    .append("\",\"created_at\":\"").append(base.plusSeconds(i * 7L))
                    .append("\",\"likes\":").append(random.nextInt(500))
                    .append(",\"text\":").append(SourceFiles.MAPPER.writeValueAsString(text)).append('}');
            if (i % perPage == perPage - 1 || i == count - 1) {
                pages.add(page.append("],\"next\":\"").append(i).append("\"}").toString());
            }
        }
        return pages;
    }

    static List<SourceItem> parse(String json) {
        JsonNode root = SourceFiles.MAPPER.readTree(json.getBytes(StandardCharsets.UTF_8));
        List<SourceItem> items = new ArrayList<>();
        for (JsonNode post : root.path("items")) {
            items.add(new SourceItem(post.path("id").asString(), "social", post.path("url").asString(),
                    post.path("author").asString(), Instant.parse(post.path("created_at").asString()), "",
                    post.path("text").asString(), "", "", "",
                    new SourceItem.Metrics(-1, post.path("likes").asLong(), -1, -1, -1)));
        }
        return items;
    }

    private IngestBenchmark() {
    }
}
