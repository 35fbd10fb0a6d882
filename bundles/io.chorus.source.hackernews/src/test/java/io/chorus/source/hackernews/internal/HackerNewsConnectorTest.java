package io.chorus.source.hackernews.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.chorus.source.api.ConnectorContext;
import io.chorus.source.api.ConnectorException;
import io.chorus.source.api.ConnectorException.Kind;
import io.chorus.source.api.Cursor;
import io.chorus.source.api.Page;
import io.chorus.source.api.SourceItem;
import io.chorus.source.testkit.RecordedRequest;
import io.chorus.source.testkit.ReplayServer;
import io.chorus.source.testkit.Reply;
import io.chorus.source.testkit.TestConnectorContext;

class HackerNewsConnectorTest {

    private static final String SEARCH = "/api/v1/search_by_date";
    private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
    private static final long WEEK_AGO = 1794916800L;

    private final HackerNewsConnector connector = new HackerNewsConnector();
    private ReplayServer server;

    @BeforeEach
    void start() {
        server = ReplayServer.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private ConnectorContext context(Map<String, Object> extra) {
        return TestConnectorContext.builder().id("hn-yandex").setting("query", "yandex")
                .setting("baseUrl", server.uri().toString()).setting("hitsPerPage", 3).settings(extra)
                .clock(Clock.fixed(NOW, ZoneOffset.UTC)).requestTimeout(Duration.ofMillis(500)).build();
    }

    private ConnectorContext context() {
        return context(Map.of());
    }

    private static Reply recorded(String name) {
        return Reply.resource(200, "application/json; charset=utf-8", HackerNewsConnectorTest.class, name);
    }

    @Test
    void readsEveryPageOfARoundThenResumesFromItsNewestSecondWithoutRepeatingIt() throws Exception {
        server.on("GET", SEARCH, request -> "1".equals(request.queryParam("page")))
                .reply(recorded("search-page1.json"));
        server.on("GET", SEARCH).reply(recorded("search-page0.json")).reply(recorded("search-next-round.json"))
                .reply(recorded("search-empty.json"));

        Page first = connector.poll(context(), Cursor.START);
        assertTrue(first.more());
        assertEquals(List.of("42219905", "42218302", "42216990"), ids(first));
        Page second = connector.poll(context(), first.next());
        assertFalse(second.more());
        assertEquals(List.of("42216471", "42214388"), ids(second));
        Page third = connector.poll(context(), second.next());
        assertEquals(List.of("42221377"), ids(third), "the item of the watermark second came again and is dropped");
        Page quiet = connector.poll(context(), third.next());
        assertEquals(List.of(), ids(quiet));
        assertEquals(third.next(), quiet.next());

        List<RecordedRequest> requests = server.requests();
        assertEquals(4, requests.size());
        RecordedRequest request = requests.get(0);
        assertEquals("yandex", request.queryParam("query"));
        assertEquals("(story,comment)", request.queryParam("tags"));
        assertEquals("created_at_i>=" + WEEK_AGO, request.queryParam("numericFilters"));
        assertEquals("3", request.queryParam("hitsPerPage"));
        assertEquals("0", request.queryParam("page"));
        assertTrue(request.header("User-Agent").contains("Chorus"), request.header("User-Agent"));
        assertEquals("created_at_i>=" + WEEK_AGO + ",created_at_i<=1795511645",
                requests.get(1).queryParam("numericFilters"), "the round's upper bound keeps its pages still");
        assertEquals("1", requests.get(1).queryParam("page"));
        assertEquals("created_at_i>=1795511645", requests.get(2).queryParam("numericFilters"));
        assertEquals("created_at_i>=1795523410", requests.get(3).queryParam("numericFilters"));
    }

    @Test
    void aRoundInterruptedAfterItsFirstPageResumesWithTheSamePage() throws Exception {
        server.on("GET", SEARCH).reply(recorded("search-page0.json")).reply(Reply.status(503))
                .reply(recorded("search-page1.json"));
        Page first = connector.poll(context(), Cursor.START);
        ConnectorException down = assertThrows(ConnectorException.class, () -> connector.poll(context(), first.next()));
        assertEquals(Kind.UNAVAILABLE, down.kind());
        Page second = connector.poll(context(), first.next());
        assertEquals(List.of("42216471", "42214388"), ids(second));
        assertEquals("1", server.requests().get(2).queryParam("page"));
    }

    @Test
    void storiesOnlyAskForStoryTag() throws Exception {
        server.on("GET", SEARCH).reply(recorded("search-empty.json"));
        connector.poll(context(Map.of("tags", "stories")), Cursor.START);
        assertEquals("story", server.requests().get(0).queryParam("tags"));
    }

    @Test
    void pastThePaginationLimitTheRoundContinuesBelowTheOldestSecondRead() throws Exception {
        server.on("GET", SEARCH).reply(Reply.json(200, "{\"hits\":[" + hit("9", 1795500000L) + "," + hit("8",
                1795400000L) + "],\"page\":0,\"nbPages\":1,\"nbHits\":40000,\"hitsPerPage\":2}"));
        Page page = connector.poll(context(), Cursor.START);
        assertTrue(page.more());
        AlgoliaCursor next = AlgoliaCursor.decode(page.next());
        assertEquals(1795400000L, next.until());
        assertEquals(0, next.page());
        assertEquals(1795500000L, next.top());
        assertEquals(Set.of("9"), next.topIds());
    }

    private static String hit(String id, long createdAt) {
        return "{\"objectID\":\"" + id + "\",\"created_at_i\":" + createdAt + ",\"author\":\"a\",\"title\":\"t\"}";
    }

    @Test
    void tooManyRequestsIsRateLimitedForAsLongAsTheServerSays() {
        server.on("GET", SEARCH).reply(Reply.json(429, "{\"message\":\"Too many requests\",\"status\":429}")
                .header("Retry-After", "120"));
        ConnectorException e = assertThrows(ConnectorException.class, () -> connector.poll(context(), Cursor.START));
        assertEquals(Kind.RATE_LIMITED, e.kind());
        assertEquals(Duration.ofSeconds(120), e.retryAfter());
    }

    @Test
    void aRejectedSearchSaysWhatAlgoliaSaid() {
        server.on("GET", SEARCH).reply(Reply.json(400,
                "{\"message\":\"Unbalanced quote in query\",\"status\":400}"));
        ConnectorException e = assertThrows(ConnectorException.class, () -> connector.poll(context(), Cursor.START));
        assertEquals(Kind.CONFIGURATION, e.kind());
        assertTrue(e.getMessage().contains("Unbalanced quote in query"), e.getMessage());
    }

    @Test
    void aTruncatedAnswerIsABadResponseNamingWhereItBroke() throws Exception {
        String recorded = new String(SearchPageTest.resource("search-page0.json"), StandardCharsets.UTF_8);
        server.on("GET", SEARCH).reply(Reply.json(200, recorded.replace("\"page\":0,", "\"page\":0,\n[")));
        ConnectorException e = assertThrows(ConnectorException.class, () -> connector.poll(context(), Cursor.START));
        assertEquals(Kind.BAD_RESPONSE, e.kind());
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    }

    @Test
    void aHangingServerIsUnavailableAfterTheRequestTimeout() {
        server.on("GET", SEARCH).reply(Reply.hang());
        ConnectorException e = assertThrows(ConnectorException.class, () -> connector.poll(context(), Cursor.START));
        assertEquals(Kind.UNAVAILABLE, e.kind());
    }

    @Test
    void settingsThatCannotWorkAreRejectedBeforeAnyRequest() {
        ConnectorException noQuery = assertThrows(ConnectorException.class,
                () -> connector.poll(context(Map.of("query", " ")), Cursor.START));
        assertEquals(Kind.CONFIGURATION, noQuery.kind());
        assertTrue(noQuery.getMessage().contains("hn-yandex"), noQuery.getMessage());
        ConnectorException badTags = assertThrows(ConnectorException.class,
                () -> connector.poll(context(Map.of("tags", "polls")), Cursor.START));
        assertTrue(badTags.getMessage().contains("polls"), badTags.getMessage());
        ConnectorException badUrl = assertThrows(ConnectorException.class,
                () -> connector.poll(context(Map.of("baseUrl", "hn.algolia.com")), Cursor.START));
        assertEquals(Kind.CONFIGURATION, badUrl.kind());
        ConnectorException badCursor = assertThrows(ConnectorException.class,
                () -> connector.poll(context(), new Cursor("{\"page\":2}")));
        assertEquals(Kind.CONFIGURATION, badCursor.kind());
        assertEquals(List.of(), server.requests());
    }

    @Test
    void checkCountsMatchesOfTheLastWeek() throws Exception {
        server.on("GET", SEARCH).reply(recorded("search-page0.json"));
        assertEquals("Hacker News search works: 5 stories and comments matched \"yandex\" in the last 7 days.",
                connector.check(context()));
    }

    @Test
    void declaresTheDocumentedLimitAndThePlatformOfTheRegistry() {
        assertEquals("hackernews", connector.info().id());
        assertEquals(Set.of("hackernews"), connector.info().platforms());
        assertEquals(10_000, connector.info().rateLimit().requests());
        assertEquals(Duration.ofHours(1), connector.info().rateLimit().per());
        assertEquals("io.chorus.source.hackernews", connector.info().settingsPid());
    }

    private static List<String> ids(Page page) {
        return page.items().stream().map(SourceItem::id).toList();
    }
}
