package io.chorus.source.mastodon.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

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

class MastodonConnectorTest {

    static final Instant NOW = Instant.parse("2026-01-15T12:10:00Z");
    static final String TAG = "/api/v1/timelines/tag/acme";

    ReplayServer server;
    final MastodonConnector connector = new MastodonConnector();

    @BeforeEach
    void start() {
        server = ReplayServer.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    ConnectorContext context(Map<String, Object> settings) {
        return TestConnectorContext.builder().id("acme-mastodon").settings(settings)
                .setting("instanceUrl", server.uri().toString())
                .clock(Clock.fixed(NOW, ZoneOffset.UTC)).requestTimeout(Duration.ofSeconds(2)).build();
    }

    ConnectorContext hashtag() {
        return context(Map.of("mode", "hashtag", "query", "#acme", "pageSize", 3, "historyPages", 1));
    }

    static Reply page(String resource) {
        return page(resource, 297);
    }

    static Reply page(String resource, int rateRemaining) {
        return Reply.resource(200, "application/json; charset=utf-8", MastodonConnectorTest.class, "/mastodon/" + resource)
                .header("X-RateLimit-Limit", "300").header("X-RateLimit-Remaining", Integer.toString(rateRemaining))
                .header("X-RateLimit-Reset", "2026-01-15T12:15:00.000000Z");
    }

    @Test
    void firstPollReadsTheNewestPageAsPlainText() throws Exception {
        server.on("GET", TAG).reply(page("tag-acme-newest.json").header("Link",
                "<https://mastodon.social/api/v1/timelines/tag/acme?limit=3&max_id=113520899105843921>; rel=\"next\", "
                        + "<https://mastodon.social/api/v1/timelines/tag/acme?limit=3&min_id=113520940383372245>; rel=\"prev\""));

        Page page = connector.poll(hashtag(), Cursor.START);

        assertEquals(3, page.items().size());
        assertFalse(page.more(), "one page of history was asked for");
        SourceItem russian = page.items().get(0);
        assertEquals("https://mastodon.ru.example/users/ivan_petrov/statuses/113520940383372245", russian.id());
        assertEquals("mastodon", russian.platform());
        assertEquals("https://mastodon.ru.example/@ivan_petrov/113520940383372245", russian.url());
        assertEquals("Иван Петров (@ivan_petrov@mastodon.ru.example)", russian.author());
        assertEquals(Instant.parse("2026-01-15T11:58:02Z"), russian.published());
        assertEquals("@acme Купил чайник #acme — кипятит за две минуты, но крышка «гуляет».\n\nПоддержка ответила быстро.",
                russian.text());
        assertEquals("ru", russian.language());
        assertEquals("113520931190882710", russian.parentId());
        assertEquals(new SourceItem.Metrics(312, 4, 0, 1, -1), russian.metrics());

        SourceItem japanese = page.items().get(1);
        assertEquals("ACMEケトルのレビュー", japanese.title(), "the content warning is the title");
        assertEquals("新しい #acme ケトルを買いました。\nお湯が早く沸いて便利です！\n\nhttps://example.jp/review/acme-kettle",
                japanese.text());
        assertEquals("ja", japanese.language());
        assertEquals("", japanese.parentId());

        SourceItem local = page.items().get(2);
        assertEquals("@kettlefan@" + server.uri().getHost() + ":" + server.uri().getPort(), local.author(),
                "a local account is qualified with the instance");
        assertEquals("Anyone else's #Acme kettle whistling at 3am? <asking for a friend>", local.text());

        RecordedRequest request = server.requests().get(0);
        assertEquals("3", request.queryParam("limit"));
        assertNull(request.queryParam("min_id"));
        assertNull(request.header("Authorization"), "no token configured, none sent");
        assertEquals("113520940383372245||0|hashtag:acme", page.next().value());
    }

    @Test
    void aNewSourceReadsThePagesOfHistoryItWasAskedFor() throws Exception {
        String next = "<https://mastodon.social/api/v1/timelines/tag/acme?limit=3&max_id=113520899105843921>; rel=\"next\", "
                + "<https://mastodon.social/api/v1/timelines/tag/acme?limit=3&min_id=113520940383372245>; rel=\"prev\"";
        server.on("GET", TAG, r -> r.queryParam("max_id") == null).reply(page("tag-acme-newest.json").header("Link", next));
        server.on("GET", TAG, r -> "113520899105843921".equals(r.queryParam("max_id")))
                .reply(page("tag-acme-older.json"));
        ConnectorContext context = context(Map.of("mode", "hashtag", "query", "acme", "pageSize", 3, "historyPages", 5));

        Page newest = connector.poll(context, Cursor.START);
        Page older = connector.poll(context, newest.next());

        assertTrue(newest.more());
        assertEquals("113520940383372245|113520899105843921|1|hashtag:acme", newest.next().value());
        assertFalse(older.more(), "a short page ends the history");
        assertEquals(1, older.items().size());
        assertEquals("113520940383372245||0|hashtag:acme", older.next().value(), "then follow from the newest");
    }

    @Test
    void laterPollsPageForwardFromTheNewestIdSeen() throws Exception {
        server.on("GET", TAG, r -> "113520800000000000".equals(r.queryParam("min_id")))
                .reply(page("tag-acme-newest.json"));
        server.on("GET", TAG, r -> "113520940383372245".equals(r.queryParam("min_id")))
                .reply(page("tag-acme-after.json"));

        Page full = connector.poll(hashtag(), new Cursor("113520800000000000||0|hashtag:acme"));
        Page rest = connector.poll(hashtag(), full.next());

        assertTrue(full.more(), "a full page means more statuses are waiting");
        // without a Link header, the newest id of the page is where the next page starts
        assertEquals("113520940383372245||0|hashtag:acme", full.next().value());
        assertFalse(rest.more());
        assertEquals(1, rest.items().size());
        assertEquals("113520977204417730||0|hashtag:acme", rest.next().value());
        assertEquals(List.of("113520800000000000", "113520940383372245"),
                server.requests().stream().map(r -> r.queryParam("min_id")).toList());
    }

    @Test
    void thePrevLinkNamesTheNextMinId() throws Exception {
        server.on("GET", TAG).reply(page("tag-acme-after.json").header("Link",
                "<https://mastodon.social/api/v1/timelines/tag/acme?max_id=113520977204417730>; rel=\"next\", "
                        + "<https://mastodon.social/api/v1/timelines/tag/acme?min_id=113520977204417730>; rel=\"prev\""));

        Page page = connector.poll(hashtag(), new Cursor("113520940383372245||0|hashtag:acme"));

        assertFalse(page.more(), "one status on a page of three: caught up");
        assertEquals("113520977204417730||0|hashtag:acme", page.next().value());
        assertEquals("Kaffee :coffee: (@kaffee@chaos.social)", page.items().get(0).author());
    }

    @Test
    void aCursorOfAnotherHashtagStartsAfresh() throws Exception {
        server.on("GET", TAG).reply(page("tag-acme-after.json"));

        connector.poll(hashtag(), new Cursor("113520940383372245||0|hashtag:other"));

        assertNull(server.requests().get(0).queryParam("min_id"));
    }

    @Test
    void anEmptyPageKeepsTheCursor() throws Exception {
        server.on("GET", TAG).reply(Reply.json(200, "[]"));
        Cursor cursor = new Cursor("113520977204417730||0|hashtag:acme");

        Page page = connector.poll(hashtag(), cursor);

        assertEquals(List.of(), page.items());
        assertEquals(cursor, page.next());
    }

    @Test
    void exhaustedRateLimitWaitsForTheReset() throws Exception {
        server.on("GET", TAG).reply(page("tag-acme-newest.json", 0));

        Page page = connector.poll(hashtag(), new Cursor("113520899105843921||0|hashtag:acme"));

        assertFalse(page.more());
        assertEquals(Duration.ofMinutes(5), page.pollAgainIn());
    }

    @Test
    void tooManyRequestsIsRateLimitedUntilTheReset() {
        server.on("GET", TAG).reply(Reply.resource(429, "application/json", getClass(), "/mastodon/error-rate-limited.json")
                .header("X-RateLimit-Remaining", "0").header("X-RateLimit-Reset", "2026-01-15T12:12:30.000Z"));

        ConnectorException e = assertThrows(ConnectorException.class, () -> connector.poll(hashtag(), Cursor.START));

        assertEquals(Kind.RATE_LIMITED, e.kind());
        assertEquals(Duration.ofSeconds(150), e.retryAfter());
    }

    @Test
    void searchSendsTheTokenAndReadsTheStatusesOfTheSearchResult() throws Exception {
        server.on("GET", "/api/v2/search").reply(page("search-acme.json"));
        ConnectorContext context = context(Map.of("mode", "search", "query", "acme чайник", "accessToken", "tok-123"));

        Page page = connector.poll(context, Cursor.START);

        assertEquals(2, page.items().size());
        RecordedRequest request = server.requests().get(0);
        assertEquals("Bearer tok-123", request.header("Authorization"));
        assertEquals("acme чайник", request.queryParam("q"));
        assertEquals("statuses", request.queryParam("type"));
    }

    @Test
    void searchWithoutTokenAsksForOne() {
        ConnectorException e = assertThrows(ConnectorException.class,
                () -> connector.poll(context(Map.of("mode", "search", "query", "acme")), Cursor.START));

        assertEquals(Kind.CONFIGURATION, e.kind());
        assertTrue(e.getMessage().contains("access token"), e.getMessage());
        assertEquals(List.of(), server.requests());
    }

    @Test
    void aRefusedTokenIsAnAuthenticationErrorWithoutTheToken() {
        server.on("GET", "/api/v1/timelines/public").reply(
                Reply.resource(401, "application/json", getClass(), "/mastodon/error-unauthorized.json"));
        ConnectorContext context = context(Map.of("mode", "public-local", "accessToken", "secret-token-value"));

        ConnectorException e = assertThrows(ConnectorException.class, () -> connector.poll(context, Cursor.START));

        assertEquals(Kind.AUTHENTICATION, e.kind());
        assertTrue(e.getMessage().contains("The access token is invalid"), e.getMessage());
        assertFalse(e.getMessage().contains("secret-token-value"));
        assertEquals("true", server.requests().get(0).queryParam("local"));
    }

    @Test
    void malformedJsonIsABadResponseNamingThePosition() {
        server.on("GET", TAG).reply(Reply.json(200, "[{\"id\": \"1\", \"uri\": "));

        ConnectorException e = assertThrows(ConnectorException.class, () -> connector.poll(hashtag(), Cursor.START));

        assertEquals(Kind.BAD_RESPONSE, e.kind());
        assertTrue(e.getMessage().contains("line 1"), e.getMessage());
    }

    @Test
    void anObjectInsteadOfAListIsABadResponse() {
        server.on("GET", TAG).reply(Reply.json(200, "{\"error\":\"unexpected\"}"));

        ConnectorException e = assertThrows(ConnectorException.class, () -> connector.poll(hashtag(), Cursor.START));

        assertEquals(Kind.BAD_RESPONSE, e.kind());
    }

    @Test
    void aHangingServerTimesOut() {
        server.on("GET", TAG).reply(Reply.hang());
        ConnectorContext context = TestConnectorContext.builder().settings(Map.of("mode", "hashtag", "query", "acme",
                "instanceUrl", server.uri().toString())).requestTimeout(Duration.ofMillis(300)).build();

        ConnectorException e = assertThrows(ConnectorException.class, () -> connector.poll(context, Cursor.START));

        assertEquals(Kind.UNAVAILABLE, e.kind());
        assertTrue(e.isTransient());
    }

    @Test
    void checkNamesTheServerAndCountsRecentStatuses() throws Exception {
        server.on("GET", "/api/v1/instance").reply(page("instance.json"));
        server.on("GET", TAG).reply(page("tag-acme-newest.json"));

        String result = connector.check(hashtag());

        assertTrue(result.contains("Mastodon") && result.contains("4.3.2") && result.contains("#acme: 3 recent"), result);
    }

    @Test
    void badSettingsSayWhatToEnter() {
        assertEquals(Kind.CONFIGURATION, assertThrows(ConnectorException.class,
                () -> connector.poll(context(Map.of("mode", "hashtag", "query", "two words")), Cursor.START)).kind());
        assertEquals(Kind.CONFIGURATION, assertThrows(ConnectorException.class,
                () -> connector.poll(context(Map.of("mode", "trending")), Cursor.START)).kind());
        ConnectorContext noUrl = TestConnectorContext.builder()
                .settings(Map.of("instanceUrl", "http:// bad host", "query", "acme")).build();
        assertEquals(Kind.CONFIGURATION,
                assertThrows(ConnectorException.class, () -> connector.poll(noUrl, Cursor.START)).kind());
    }

    @Test
    void rateScopeIsPerInstance() {
        assertEquals("mastodon:127.0.0.1", connector.rateScope(hashtag()));
    }

    @Test
    void aBoostIsTheStatusItBoosts() throws Exception {
        var json = MastodonApi.JSON.readTree(getClass().getResourceAsStream("/mastodon/status-reblog.json"));

        SourceItem item = MastodonStatuses.toItem(json, "mastodon.social");

        assertEquals("https://mstdn.jp.example/users/hanako/statuses/113520921870551342", item.id());
        assertEquals("花子 (@hanako@mstdn.jp.example)", item.author());
        assertEquals(new SourceItem.Metrics(1048, 17, 2, 5, -1), item.metrics());
    }
}
