package io.chorus.ui.dashboard.internal.tiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.chorus.api.mention.MentionSearch;
import io.chorus.api.mention.StoredMention;
import io.chorus.index.internal.store.LuceneMentionStore;
import io.chorus.ui.api.ChartData;
import io.chorus.ui.api.ChartKind;
import io.chorus.ui.api.ChartSeries;
import io.chorus.ui.api.DashboardQuery;
import io.chorus.ui.dashboard.internal.DashboardFixtures;
import io.chorus.ui.dashboard.internal.Translations;

/** The overview tiles against a real Lucene store: every value equals the hits of its own drill-down search. */
class OverviewTilesTest {

    @TempDir
    static Path folder;
    static LuceneMentionStore store;
    static final Translations TRANSLATIONS = Translations.fromClassPath();

    @BeforeAll
    static void fill() throws Exception {
        store = DashboardFixtures.open(folder.resolve("store"));
        DashboardFixtures.fill(store, 4000, 40, 7);
    }

    @AfterAll
    static void close() throws Exception {
        store.close();
    }

    static DashboardQuery last30Days(String brand, Locale locale) {
        LocalDate today = LocalDate.now(DashboardFixtures.clock());
        Instant to = today.plusDays(1).atStartOfDay(DashboardFixtures.ZONE).toInstant();
        Instant from = today.minusDays(29).atStartOfDay(DashboardFixtures.ZONE).toInstant();
        return new DashboardQuery(brand, from, to, DashboardFixtures.ZONE, locale);
    }

    static long hits(Object drillDown) throws Exception {
        return store.search(((MentionSearch) drillDown).withPage(0, 0)).total();
    }

    /** Every value with a drill-down counts exactly the mentions its search finds. */
    static void assertDrillDownsMatch(ChartData chart) throws Exception {
        int checked = 0;
        for (ChartSeries series : chart.series()) {
            for (int i = 0; i < series.values().size(); i++) {
                if (series.drillDown(i) != null) {
                    assertEquals(series.values().get(i).longValue(), hits(series.drillDown(i)),
                            series.name() + " / " + chart.categories().get(i));
                    checked++;
                }
            }
        }
        assertTrue(checked > 0, "no drill-downs");
        assertEquals("io.chorus.mentions", chart.drillDownView());
    }

    @Test
    void sentimentOverTimeHasOneStackedValuePerDayAndSentiment() throws Exception {
        DashboardQuery query = last30Days("acme", Locale.ENGLISH);
        ChartData chart = new SentimentOverTimeTile(store, TRANSLATIONS).compute(query);

        assertEquals(ChartKind.STACKED_AREA, chart.kind());
        assertEquals(30, chart.categories().size());
        assertEquals("Nov 25", chart.categories().get(29));
        assertEquals(List.of("Positive", "Neutral", "Negative", "Not rated"),
                chart.series().stream().map(ChartSeries::name).toList());
        assertEquals(List.of("#2E9E44", "#9E9E9E", "#D64541", "#D9D9D9"),
                chart.series().stream().map(ChartSeries::color).toList());
        assertDrillDownsMatch(chart);
        MentionSearch lastNegative = (MentionSearch) chart.series().get(2).drillDown(29);
        assertEquals(Set.of("acme"), lastNegative.brands());
        assertEquals(Map.of(StoredMention.SENTIMENT, "negative"), lastNegative.labels());
        assertEquals(query.to(), lastNegative.to());
        // The stack adds up to every acme mention of the period; the unrated part opens nothing.
        double stacked = chart.series().stream().flatMap(s -> s.values().stream()).mapToDouble(v -> v).sum();
        assertEquals(hits(MentionSearch.all().withBrands(Set.of("acme")).withPeriod(query.from(), query.to())),
                (long) stacked);
        assertNull(chart.series().get(3).drillDown(0));
    }

    @Test
    void shareOfVoiceComparesTheBrandWithItsCompetitors() throws Exception {
        ChartData chart = new ShareOfVoiceTile(store, TRANSLATIONS, DashboardFixtures::brands)
                .compute(last30Days("acme", Locale.ENGLISH));

        assertEquals(ChartKind.PIE, chart.kind());
        assertEquals(List.of("Acme", "Globex", "Initech"), chart.categories());
        List<Double> values = chart.series().get(0).values();
        assertTrue(values.get(0) > values.get(1) && values.get(0) > values.get(2), values.toString());
        assertDrillDownsMatch(chart);
        assertEquals("", chart.note());
    }

    @Test
    void shareOfVoiceWithoutCompetitorsSaysHowToAddThem() throws Exception {
        ChartData chart = new ShareOfVoiceTile(store, TRANSLATIONS,
                () -> List.of(DashboardFixtures.brands().get(0))).compute(last30Days("acme", new Locale("ru")));

        assertEquals(List.of("Acme"), chart.categories());
        assertTrue(chart.note().contains("конкурент"), chart.note());
    }

    @Test
    void platformsAreHorizontalBarsBusiestFirst() throws Exception {
        ChartData chart = new PlatformsTile(store, TRANSLATIONS, id -> id.toUpperCase(Locale.ROOT))
                .compute(last30Days("", Locale.ENGLISH));

        assertEquals(ChartKind.HORIZONTAL_BAR, chart.kind());
        assertEquals(List.of("VK", "TELEGRAM", "REDDIT", "YOUTUBE"), chart.categories());
        assertDrillDownsMatch(chart);
        assertEquals(Set.of("vk"), ((MentionSearch) chart.series().get(0).drillDown(0)).platforms());
    }

    @Test
    void languagesAreNamedInTheWindowLanguage() throws Exception {
        ChartData english = new LanguagesTile(store, TRANSLATIONS).compute(last30Days("globex", Locale.ENGLISH));
        ChartData japanese = new LanguagesTile(store, TRANSLATIONS).compute(last30Days("globex", Locale.JAPANESE));

        assertEquals(List.of("Russian", "English", "Japanese"), english.categories());
        assertEquals(List.of("ロシア語", "英語", "日本語"), japanese.categories());
        assertEquals("メンション", japanese.series().get(0).name());
        assertDrillDownsMatch(english);
    }

    @Test
    void aPeriodWithoutMentionsIsEmpty() throws Exception {
        Instant from = LocalDate.of(2026, 12, 5).atStartOfDay(DashboardFixtures.ZONE).toInstant();
        DashboardQuery future = new DashboardQuery("", from, from.plusSeconds(86_400 * 7), DashboardFixtures.ZONE,
                Locale.ENGLISH);

        assertTrue(new PlatformsTile(store, TRANSLATIONS, id -> id).compute(future).isEmpty());
        ChartData days = new SentimentOverTimeTile(store, TRANSLATIONS).compute(future);
        assertEquals(7, days.categories().size());
        assertTrue(days.isEmpty());
    }
}
