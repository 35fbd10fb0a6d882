package io.chorus.index.internal.store;

import static io.chorus.index.internal.store.StoreFixtures.mention;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.chorus.api.jobs.JobMonitor;
import io.chorus.api.mention.FacetRequest;
import io.chorus.api.mention.FacetResult;
import io.chorus.api.mention.MentionSearch;
import io.chorus.api.mention.StoredMention;
import io.chorus.api.query.QueryException;
import io.chorus.api.query.QuerySyntaxException;
import io.chorus.query.internal.ChorusQueryLanguage;

class MentionSearchTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    /** 2026-03-08 in New York has 23 hours: clocks jump from 02:00 to 03:00. */
    private static final LocalDate DST_DAY = LocalDate.of(2026, 3, 8);

    @TempDir
    Path temp;

    private final StoreFixtures.WordMatcher matcher = new StoreFixtures.WordMatcher();
    private LuceneMentionStore store;

    private static Instant local(String dateTime) {
        return java.time.LocalDateTime.parse(dateTime).atZone(NEW_YORK).toInstant();
    }

    @BeforeEach
    void fill() throws IOException {
        store = new LuceneMentionStore(temp, Clock.fixed(Instant.parse("2026-03-12T00:00:00Z"), ZoneOffset.UTC),
                new ChorusQueryLanguage(), matcher);
        store.open();
        store.store(List.of(
                mention("1", "vk", "ru", local("2026-03-07T12:00"), "Сбербанк опять не работает, верните деньги",
                        500, List.of("sber"), Map.of("sentiment", "negative")),
                mention("2", "telegram", "ru", local("2026-03-08T00:30"), "Открыл вклад в Сбербанке, всё отлично",
                        20, List.of("sber"), Map.of("sentiment", "positive")),
                mention("3", "reddit", "en", local("2026-03-08T23:30"), "My Acme robot vacuum asked for a refund",
                        9000, List.of("acme"), Map.of("sentiment", "negative")),
                mention("4", "reddit", "en", local("2026-03-10T09:00"), "Acme and Sberbank both sponsor the race",
                        100, List.of("acme", "sber"), Map.of("sentiment", "neutral")),
                mention("5", "x", "ja", local("2026-03-10T10:00"), "ソニーの新しいカメラ、最高です", 3,
                        List.of(), Map.of())));
    }

    @AfterEach
    void close() throws IOException {
        store.close();
    }

    private List<String> ids(MentionSearch search) throws QueryException {
        return store.search(search).mentions().stream().map(m -> m.mention().id()).toList();
    }

    @Test
    void queryLanguageTextSearchesWordsAndStemsInEnglishRussianAndJapanese() throws QueryException {
        assertEquals(List.of("3"), ids(MentionSearch.query("refund")));
        assertEquals(List.of("3"), ids(MentionSearch.query("\"robot vacuum\"")));
        assertEquals(List.of("4", "3"), ids(MentionSearch.query("acme")));
        assertEquals(List.of("1"), ids(MentionSearch.query("Сбербанк")));
        assertEquals(List.of("2", "1"), ids(MentionSearch.query("forms:Сбербанк")));
        assertEquals(List.of("1"), ids(MentionSearch.query("forms:Сбербанк AND NOT вклад")));
        assertEquals(List.of("5"), ids(MentionSearch.query("カメラ")));
        assertEquals(List.of("3"), ids(MentionSearch.query("acme NEAR/3 vacuum")));
        assertEquals(List.of("3"), ids(MentionSearch.query("refnud~1")));
        assertEquals(List.of("4", "3"), ids(MentionSearch.query("lang:en")));
    }

    @Test
    void aQueryMistakeIsAQueryExceptionWithItsPosition() {
        QueryException error = assertThrows(QuerySyntaxException.class,
                () -> store.search(MentionSearch.query("(acme OR robot")));
        assertEquals(14, error.position());
        QueryException reference = assertThrows(QueryException.class,
                () -> store.search(MentionSearch.query("robot AND @acme")));
        assertEquals(10, reference.position());
    }

    @Test
    void filtersCombineWithTheQuery() throws QueryException {
        assertEquals(List.of("4", "2", "1"), ids(MentionSearch.all().withBrands(Set.of("sber"))));
        assertEquals(List.of("4", "3", "2", "1"), ids(MentionSearch.all().withBrands(Set.of("sber", "acme"))));
        assertEquals(List.of("4", "3"), ids(MentionSearch.all().withPlatforms(Set.of("reddit"))));
        assertEquals(List.of("2", "1"), ids(MentionSearch.all().withLanguages(Set.of("ru"))));
        assertEquals(List.of("3", "1"), ids(MentionSearch.all().withLabels(Map.of("sentiment", "negative"))));
        assertEquals(List.of("3", "2"), ids(MentionSearch.all().withPeriod(local("2026-03-08T00:00"),
                local("2026-03-09T00:00"))));
        assertEquals(List.of("1"), ids(MentionSearch.query("forms:сбербанк").withLabels(Map.of("sentiment",
                "negative")).withPlatforms(Set.of("vk", "reddit"))));
    }

    @Test
    void everySortAndPagingWithAnExactTotal() throws QueryException {
        assertEquals(List.of("5", "4", "3", "2", "1"), ids(MentionSearch.all()));
        assertEquals(List.of("1", "2", "3", "4", "5"), ids(MentionSearch.all().withSort(MentionSearch.Sort.OLDEST)));
        assertEquals(List.of("3", "1", "4", "2", "5"), ids(MentionSearch.all().withSort(MentionSearch.Sort.REACH)));
        // "acme" twice in a short text scores above once in a longer one.
        assertEquals("3", ids(MentionSearch.query("acme OR robot OR vacuum")
                .withSort(MentionSearch.Sort.RELEVANCE)).get(0));
        var page = store.search(MentionSearch.all().withSort(MentionSearch.Sort.OLDEST).withPage(1, 2));
        assertEquals(5, page.total());
        assertEquals(List.of("2", "3"), page.mentions().stream().map(m -> m.mention().id()).toList());
        var beyond = store.search(MentionSearch.all().withPage(10, 5));
        assertEquals(5, beyond.total());
        assertTrue(beyond.mentions().isEmpty());
    }

    @Test
    void facetsCountHitsPerDimensionLargestFirst() throws QueryException {
        FacetResult result = store.facets(MentionSearch.all(), new FacetRequest(List.of(FacetRequest.BRAND,
                FacetRequest.PLATFORM, FacetRequest.LANGUAGE, FacetRequest.RULE, FacetRequest.SOURCE,
                FacetRequest.label("sentiment")), 2, null, "", NEW_YORK));
        assertEquals(5, result.total());
        assertEquals(List.of(new FacetResult.Count("sber", 3), new FacetResult.Count("acme", 2)),
                result.counts().get(FacetRequest.BRAND));
        assertEquals(List.of(new FacetResult.Count("reddit", 2), new FacetResult.Count("telegram", 1)),
                result.counts().get(FacetRequest.PLATFORM));
        assertEquals(List.of(new FacetResult.Count("sber/brand", 3), new FacetResult.Count("acme/brand", 2)),
                result.counts().get(FacetRequest.RULE));
        assertEquals(List.of(new FacetResult.Count("test-source", 5)), result.counts().get(FacetRequest.SOURCE));
        assertEquals(List.of(new FacetResult.Count("negative", 2), new FacetResult.Count("neutral", 1)),
                result.counts().get("label:sentiment"));
        assertTrue(result.histogram().isEmpty());

        FacetResult english = store.facets(MentionSearch.query("acme"), new FacetRequest(
                List.of(FacetRequest.LANGUAGE), 5, null, "", NEW_YORK));
        assertEquals(2, english.total());
        assertEquals(List.of(new FacetResult.Count("en", 2)), english.counts().get(FacetRequest.LANGUAGE));
    }

    @Test
    void dayHistogramFollowsTheZoneAcrossDaylightSavingAndIncludesEmptyDays() throws QueryException {
        FacetResult result = store.facets(MentionSearch.all(), new FacetRequest(List.of(), 5,
                FacetRequest.Interval.DAY, FacetRequest.label("sentiment"), NEW_YORK));
        List<FacetResult.Bucket> days = result.histogram();
        assertEquals(List.of(local("2026-03-07T00:00"), local("2026-03-08T00:00"), local("2026-03-09T00:00"),
                local("2026-03-10T00:00")), days.stream().map(FacetResult.Bucket::start).toList());
        // The DST day is 23 hours long: the post at 23:30 local time still belongs to it.
        assertEquals(23 * 3600, days.get(2).start().getEpochSecond() - days.get(1).start().getEpochSecond());
        assertEquals(DST_DAY, days.get(1).start().atZone(NEW_YORK).toLocalDate());
        assertEquals(List.of(1L, 2L, 0L, 2L), days.stream().map(FacetResult.Bucket::count).toList());
        assertEquals(Map.of("positive", 1L, "negative", 1L), days.get(1).split());
        assertEquals(Map.of(), days.get(2).split());
        assertEquals(Map.of("neutral", 1L), days.get(3).split());

        FacetResult utc = store.facets(MentionSearch.all(), new FacetRequest(List.of(), 5,
                FacetRequest.Interval.DAY, "", ZoneOffset.UTC));
        // In UTC the 23:30 New York post (03:30 UTC) falls on the 9th.
        assertEquals(List.of(1L, 1L, 1L, 2L), utc.histogram().stream().map(FacetResult.Bucket::count).toList());

        List<FacetResult.Bucket> weeks = store.facets(MentionSearch.all(), new FacetRequest(List.of(), 5,
                FacetRequest.Interval.WEEK, "", NEW_YORK)).histogram();
        assertEquals(List.of(local("2026-03-02T00:00"), local("2026-03-09T00:00")),
                weeks.stream().map(FacetResult.Bucket::start).toList());
        assertEquals(List.of(3L, 2L), weeks.stream().map(FacetResult.Bucket::count).toList());
        List<FacetResult.Bucket> months = store.facets(MentionSearch.all(), new FacetRequest(List.of(), 5,
                FacetRequest.Interval.MONTH, "", NEW_YORK)).histogram();
        assertEquals(List.of(new FacetResult.Bucket(local("2026-03-01T00:00"), 5, Map.of())), months);
        List<FacetResult.Bucket> hours = store.facets(MentionSearch.all().withPeriod(local("2026-03-08T00:00"),
                local("2026-03-09T00:00")), new FacetRequest(List.of(), 5, FacetRequest.Interval.HOUR, "",
                NEW_YORK)).histogram();
        // 00:00 to 23:00 local on a 23-hour day: 23 buckets, first and last non-empty.
        assertEquals(23, hours.size());
        assertEquals(1, hours.get(0).count());
        assertEquals(1, hours.get(22).count());
    }

    @Test
    void labelsAreDurableAndSearchable() throws Exception {
        store.label("x:5", Map.of("sentiment", "positive", "category", "product"));
        assertEquals(List.of("5", "2"), ids(MentionSearch.all().withLabels(Map.of("sentiment", "positive"))));
        assertEquals(Map.of("sentiment", "positive", "category", "product"),
                store.get("x:5").orElseThrow().labels());
        assertThrows(IllegalArgumentException.class, () -> store.label("x:404", Map.of("sentiment", "neutral")));
        Path crashed = StoreFixtures.crashCopy(temp, temp.resolveSibling(temp.getFileName() + "-crashed"));
        try (LuceneMentionStore reopened = new LuceneMentionStore(crashed, Clock.systemUTC(),
                new ChorusQueryLanguage(), matcher)) {
            reopened.open();
            assertEquals("product", reopened.get("x:5").orElseThrow().labels().get("category"));
            assertEquals(1, reopened.search(MentionSearch.all().withLabels(Map.of("category", "product"))).total());
        }
    }

    @Test
    void rematchUpdatesTheMentionsWhoseMatchesChangedSinceATimeAndReportsProgress() throws Exception {
        store.label("reddit:3", Map.of("sentiment", "positive"));
        matcher.words.put("acme", List.of("acme"));
        matcher.words.put("sony", List.of("ソニー"));
        List<Long> worked = new ArrayList<>();
        long[] total = new long[1];
        JobMonitor monitor = new JobMonitor() {
            @Override public void begin(long totalWork) { total[0] = totalWork; }
            @Override public void worked(long units) { worked.add(units); }
            @Override public void message(String text) { }
            @Override public boolean isCancelled() { return false; }
        };
        // From the 8th: 2, 3, 4, 5. 2 and 4 lose sber (no rule for it now), 5 gains sony, 3 stays acme but now
        // says which words matched; 1 is older and keeps sber.
        long changed = store.rematch(local("2026-03-08T00:00"), monitor);
        assertEquals(4, changed);
        assertEquals(4, total[0]);
        assertEquals(4, worked.stream().mapToLong(Long::longValue).sum());
        assertEquals(List.of("5"), ids(MentionSearch.all().withBrands(Set.of("sony"))));
        assertEquals(List.of("1"), ids(MentionSearch.all().withBrands(Set.of("sber"))));
        StoredMention sony = store.get("x:5").orElseThrow();
        assertEquals("ソニー", sony.matches().get(0).matched().get(0).text());
        assertEquals("positive", store.get("reddit:3").orElseThrow().labels().get("sentiment"),
                "rematching keeps labels");
        assertEquals(0, store.rematch(local("2026-03-08T00:00"), monitor));

        JobMonitor cancelled = new JobMonitor() {
            @Override public void begin(long totalWork) { }
            @Override public void worked(long units) { }
            @Override public void message(String text) { }
            @Override public boolean isCancelled() { return true; }
        };
        matcher.words.clear();
        assertEquals(0, store.rematch(Instant.EPOCH, cancelled));
        assertEquals(List.of("5"), ids(MentionSearch.all().withBrands(Set.of("sony"))));
    }
}
