package io.chorus.ui.dashboard.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import io.chorus.api.mention.Engagement;
import io.chorus.api.mention.Mention;
import io.chorus.api.mention.MentionMatch;
import io.chorus.api.mention.MentionMatcher;
import io.chorus.api.mention.MentionStore;
import io.chorus.api.mention.StoredMention;
import io.chorus.api.registry.Brand;
import io.chorus.api.registry.BrandRole;
import io.chorus.index.internal.store.LuceneMentionStore;
import io.chorus.query.internal.ChorusQueryLanguage;
import io.chorus.ui.dashboard.internal.tiles.LanguagesTile;
import io.chorus.ui.dashboard.internal.tiles.PlatformsTile;
import io.chorus.ui.dashboard.internal.tiles.SentimentOverTimeTile;
import io.chorus.ui.dashboard.internal.tiles.ShareOfVoiceTile;

/** A real Lucene mention store with realistic, seeded mentions, and the overview tiles over it. */
public final class DashboardFixtures {

    /** "Now" of every test: the dashboards' last day is 25 November 2026 in Moscow. */
    public static final Instant NOW = Instant.parse("2026-11-25T09:00:00Z");
    public static final ZoneId ZONE = ZoneId.of("Europe/Moscow");
    public static final String[] BRANDS = {"acme", "globex", "initech"};
    public static final String[] PLATFORMS = {"vk", "telegram", "reddit", "youtube"};
    public static final String[] LANGUAGES = {"ru", "en", "ja"};
    /** Empty: not rated yet. */
    public static final String[] SENTIMENTS = {"positive", "neutral", "negative", ""};

    private DashboardFixtures() {
    }

    public static Clock clock() {
        return Clock.fixed(NOW, ZONE);
    }

    /** Opens (creating if needed) a Lucene store in {@code directory}. */
    public static LuceneMentionStore open(Path directory) throws IOException {
        LuceneMentionStore store = new LuceneMentionStore(directory, Clock.systemUTC(), new ChorusQueryLanguage(),
                new KeptMatches());
        store.open();
        return store;
    }

    /**
     * {@code count} mentions over the {@code days} before {@link #NOW}, seeded: acme twice as often as each
     * competitor, VK the busiest platform, Russian the most common language, and a negative spike on day 20.
     */
    public static void fill(MentionStore store, int count, int days, long seed) throws IOException {
        Random random = new Random(seed);
        Instant start = NOW.minus(Duration.ofDays(days));
        List<StoredMention> batch = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            batch.add(mention(n, random, start, days));
            if (batch.size() == 1000) {
                store.store(batch);
                batch.clear();
            }
        }
        store.store(batch);
    }

    private static StoredMention mention(int n, Random random, Instant start, int days) {
        int b = random.nextInt(4);
        String brand = BRANDS[b < 2 ? 0 : b - 1];
        int p = random.nextInt(10);
        String platform = PLATFORMS[p < 4 ? 0 : p < 7 ? 1 : p < 9 ? 2 : 3];
        int l = random.nextInt(10);
        String language = LANGUAGES[l < 5 ? 0 : l < 8 ? 1 : 2];
        Instant published = start.plusSeconds((long) (random.nextDouble() * days * 86_400));
        boolean spike = Duration.between(start, published).toDays() == days * 2 / 3;
        String sentiment = spike && random.nextBoolean() ? "negative" : SENTIMENTS[random.nextInt(4)];
        Map<String, String> labels = sentiment.isEmpty() ? Map.of() : Map.of(StoredMention.SENTIMENT, sentiment);
        Mention mention = new Mention("m" + n, platform, "https://" + platform + ".example/p/" + n, "user" + n % 997,
                published, "", brand + " post " + n, language, "", "", new Engagement(100, 1, 0, 0, 10));
        return new StoredMention(mention, platform + "-source", published.plusSeconds(30),
                List.of(new MentionMatch(brand, MentionMatch.BRAND_RULE, List.of())), mention.key(), labels);
    }

    public static List<Brand> brands() {
        return List.of(brand("acme", "Acme", BrandRole.OWN), brand("globex", "Globex", BrandRole.COMPETITOR),
                brand("initech", "Initech", BrandRole.COMPETITOR));
    }

    private static Brand brand(String id, String name, BrandRole role) {
        return new Brand(id, name, role, List.of("ru", "en"), List.of(), List.of(), List.of(), "");
    }

    /** The four overview tiles over {@code store}, titled in {@code locale}, as the tile tracker lists them. */
    public static List<TileEntry> overviewTiles(MentionStore store, Locale locale) {
        Translations translations = Translations.fromClassPath();
        var texts = translations.in(locale);
        Map<String, String> platformNames = Map.of("vk", "VK", "telegram", "Telegram", "reddit", "Reddit",
                "youtube", "YouTube");
        return List.of(
                new TileEntry("io.chorus.tile.sentiment-over-time", texts.get("tile.sentiment"), 10,
                        new SentimentOverTimeTile(store, translations)),
                new TileEntry("io.chorus.tile.share-of-voice", texts.get("tile.share"), 20,
                        new ShareOfVoiceTile(store, translations, DashboardFixtures::brands)),
                new TileEntry("io.chorus.tile.platforms", texts.get("tile.platforms"), 30,
                        new PlatformsTile(store, translations, id -> platformNames.getOrDefault(id, id))),
                new TileEntry("io.chorus.tile.languages", texts.get("tile.languages"), 40,
                        new LanguagesTile(store, translations)));
    }

    /** Matches are given with each stored mention; re-matching (not used by dashboards) keeps none. */
    private static final class KeptMatches implements MentionMatcher {
        @Override
        public List<List<MentionMatch>> match(List<Mention> mentions) {
            return mentions.stream().map(mention -> List.<MentionMatch>of()).toList();
        }

        @Override
        public int ruleCount() {
            return 0;
        }

        @Override
        public List<String> problems() {
            return List.of();
        }
    }
}
