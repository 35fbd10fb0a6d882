package io.chorus.source.bluesky.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
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

class BlueskySearchConnectorTest {

    static final Instant NOW = Instant.parse("2026-01-15T12:10:00Z");
    static final String SEARCH = "/xrpc/app.bsky.feed.searchPosts";

    ReplayServer server;
    final BlueskySearchConnector connector = new BlueskySearchConnector();

    @BeforeEach
    void start() {
        server = ReplayServer.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    ConnectorContext context(Map<String, Object> extra) {
        Map<String, Object> settings = new HashMap<>(Map.of("serviceUrl", server.uri().toString(),
                "pdsUrl", server.uri("/pds").toString(), "query", "acme", "pageSize", 3, "historyPages", 1));
        settings.putAll(extra);
        return TestConnectorContext.builder().id("acme-bluesky").settings(settings)
                .clock(Clock.fixed(NOW, ZoneOffset.UTC)).requestTimeout(Duration.ofSeconds(2)).build();
    }

    static Reply json(int status, String resource) {
        return Reply.resource(status, "application/json; charset=utf-8", BlueskySearchConnectorTest.class,
                "/bluesky/" + resource);
    }

    @Test
    void theFirstPollReadsTheNewestPosts() throws Exception {
        server.on("GET", SEARCH).reply(json(200, "search-latest.json"));

        Page page = connector.poll(context(Map.of("language", "RU")), Cursor.START);

        assertEquals(3, page.items().size());
        assertFalse(page.more(), "one page of history was asked for");
        SourceItem japanese = page.items().get(0);
        assertEquals("at://did:plc:y3xrmnwvkvsq4tqcsgwch4na/app.bsky.feed.post/3mbxq4ke3zk2d", japanese.id());
        assertEquals("bluesky", japanese.platform());
        assertEquals("https://bsky.app/profile/sakura.bsky.social/post/3mbxq4ke3zk2d", japanese.url());
        assertEquals("さくら (@sakura.bsky.social)", japanese.author());
        assertEquals("ACMEの新しいケトル、お湯が沸くのが本当に早い！ #acme", japanese.text());
        assertEquals(Instant.parse("2026-01-15T11:59:40.512Z"), japanese.published());
        assertEquals(new SourceItem.Metrics(-1, 12, 1, 4, -1), japanese.metrics(), "shares are reposts and quotes");
        SourceItem russian = page.items().get(1);
        assertEquals("@acme.bsky.social крышка у чайника ACME всё ещё гуляет, жду замену", russian.text());
        assertEquals("ru", russian.language());
        assertEquals("at://did:plc:z72i7hdynmk6r22z27h6tvur/app.bsky.feed.post/3mbxm5tmu4c2x", russian.parentId());
        assertEquals("at://did:plc:z72i7hdynmk6r22z27h6tvur/app.bsky.feed.post/3mbxm5tmu4c2x", russian.threadId());
        SourceItem english = page.items().get(2);
        assertEquals("@kettle.fan", english.author(), "no display name: the handle");
        assertEquals("en", english.language(), "en-US is en");

        RecordedRequest request = server.requests().get(0);
        assertEquals("acme", request.queryParam("q"));
        assertEquals("latest", request.queryParam("sort"));
        assertEquals("3", request.queryParam("limit"));
        assertEquals("ru", request.queryParam("lang"));
        assertNull(request.queryParam("cursor"));
        assertNull(request.header("Authorization"));
    }

    @Test
    void aNewSourceReadsThePagesOfHistoryItWasAskedFor() throws Exception {
        server.on("GET", SEARCH, r -> r.queryParam("cursor") == null).reply(json(200, "search-latest.json"));
        server.on("GET", SEARCH, r -> "3".equals(r.queryParam("cursor"))).reply(json(200, "search-older.json"));
        ConnectorContext context = context(Map.of("historyPages", 2));

        Page newest = connector.poll(context, Cursor.START);
        Page older = connector.poll(context, newest.next());

        assertTrue(newest.more());
        assertFalse(older.more(), "two pages of history were asked for");
        assertEquals(2, older.items().size());
        assertEquals("ACME recalls 2,000 kettle lids in Europe", older.items().get(0).text());
        // the watermark is the newest post of the history, not of its last page
        server.reset();
        server.on("GET", SEARCH).reply(json(200, "search-latest.json"));
        assertEquals(List.of(), connector.poll(context, older.next()).items());
    }

    @Test
    void aLaterRoundPagesDownToThePreviousNewestPostAndNoFurther() throws Exception {
        server.on("GET", SEARCH, r -> r.queryParam("cursor") == null)
                .reply(json(200, "search-latest.json")).reply(json(200, "search-newer-page1.json"));
        server.on("GET", SEARCH, r -> "2".equals(r.queryParam("cursor"))).reply(json(200, "search-newer-page2.json"));
        ConnectorContext context = context(Map.of());

        Page first = connector.poll(context, Cursor.START);
        Page newer = connector.poll(context, first.next());
        Page rest = connector.poll(context, newer.next());
        Page quiet = connector.poll(context, rest.next());

        assertEquals(2, newer.items().size());
        assertTrue(newer.more(), "the whole page was new: page further down");
        assertEquals(List.of(), rest.items(), "the next page starts with the previous round's newest post");
        assertFalse(rest.more());
        assertEquals(List.of("update: acme support replied within an hour", "ACMEのサポート、対応が丁寧でした。"),
                newer.items().stream().map(SourceItem::text).toList());
        assertEquals(java.util.Arrays.asList(null, null, "2", null),
                server.requests().stream().map(r -> r.queryParam("cursor")).toList());
        // the round's newest post is the new watermark: the last poll stops at once
        assertEquals(List.of(), quiet.items());
    }

    @Test
    void aRoundStopsAtOlderPostsWhenTheWatermarkPostWasDeleted() throws Exception {
        server.on("GET", SEARCH).reply(json(200, "search-older.json"));
        Cursor watermark = new SearchCursor("acme|", "at://did:plc:gone/app.bsky.feed.post/3mbxnzzzzzz2a",
                Instant.parse("2026-01-15T11:30:00Z"), "", 0, "", null).write();

        Page page = connector.poll(context(Map.of()), watermark);

        assertEquals(List.of(), page.items());
        assertFalse(page.more());
    }

    @Test
    void aChangedQueryStartsAfresh() throws Exception {
        server.on("GET", SEARCH).reply(json(200, "search-latest.json"));
        Cursor other = new SearchCursor("kettle|", "at://did:plc:y3xrmnwvkvsq4tqcsgwch4na/app.bsky.feed.post/3mbxq4ke3zk2d",
                Instant.parse("2026-01-15T11:59:40Z"), "", 0, "", null).write();

        assertEquals(3, connector.poll(context(Map.of()), other).items().size());
        assertEquals(3, connector.poll(context(Map.of()), new Cursor("not json")).items().size());
    }

    @Test
    void refusedPublicSearchFallsBackToTheAccount() throws Exception {
        server.on("GET", SEARCH).reply(Reply.of(403, "text/html", readBytes("forbidden.html")));
        server.on("POST", "/pds/xrpc/com.atproto.server.createSession").reply(json(200, "create-session.json"));
        server.on("GET", "/pds" + SEARCH).reply(json(200, "search-latest.json"));
        ConnectorContext context = context(Map.of("handle", "@acme.bsky.social", "appPassword", "abcd-efgh-ijkl-mnop"));

        Page page = connector.poll(context, Cursor.START);
        connector.poll(context, page.next());

        assertEquals(3, page.items().size());
        List<RecordedRequest> sessions = server.requests().stream()
                .filter(r -> r.path().endsWith("createSession")).toList();
        assertEquals(1, sessions.size(), "the session is kept until it expires");
        assertTrue(sessions.get(0).body().contains("\"identifier\":\"acme.bsky.social\""));
        RecordedRequest authenticated = server.requests().stream().filter(r -> r.path().startsWith("/pds/xrpc/app"))
                .findFirst().orElseThrow();
        assertTrue(authenticated.header("Authorization").startsWith("Bearer eyJ"));
    }

    @Test
    void anExpiredSessionLogsInAgainOnce() throws Exception {
        server.on("GET", SEARCH).reply(Reply.status(403));
        server.on("POST", "/pds/xrpc/com.atproto.server.createSession").reply(json(200, "create-session.json"));
        server.on("GET", "/pds" + SEARCH).reply(json(400, "error-expired.json")).reply(json(200, "search-latest.json"));

        Page page = connector.poll(context(Map.of("handle", "acme.bsky.social", "appPassword", "abcd-efgh-ijkl-mnop")),
                Cursor.START);

        assertEquals(3, page.items().size());
        assertEquals(2, server.requests().stream().filter(r -> r.path().endsWith("createSession")).count());
    }

    @Test
    void refusedPublicSearchWithoutAccountAsksForOne() {
        server.on("GET", SEARCH).reply(Reply.of(403, "text/html", readBytes("forbidden.html")));

        ConnectorException e = assertThrows(ConnectorException.class, () -> connector.poll(context(Map.of()), Cursor.START));

        assertEquals(Kind.AUTHENTICATION, e.kind());
        assertTrue(e.getMessage().contains("app password"), e.getMessage());
    }

    @Test
    void aWrongAppPasswordIsAnAuthenticationErrorWithoutThePassword() {
        server.on("GET", SEARCH).reply(Reply.status(403));
        server.on("POST", "/pds/xrpc/com.atproto.server.createSession").reply(json(401, "error-auth.json"));

        ConnectorException e = assertThrows(ConnectorException.class, () -> connector.poll(
                context(Map.of("handle", "acme.bsky.social", "appPassword", "wrong-pass-word-1234")), Cursor.START));

        assertEquals(Kind.AUTHENTICATION, e.kind());
        assertFalse(e.getMessage().contains("wrong-pass-word-1234"));
    }

    @Test
    void rateLimitedUntilTheResetTheServerNames() {
        // RateLimit-Reset is epoch seconds: 12:11:30Z, 90 s after NOW
        server.on("GET", SEARCH).reply(json(429, "error-rate-limit.json").header("RateLimit-Limit", "3000")
                .header("RateLimit-Remaining", "0").header("RateLimit-Reset", "1768479090")
                .header("RateLimit-Policy", "3000;w=300"));

        ConnectorException e = assertThrows(ConnectorException.class, () -> connector.poll(context(Map.of()), Cursor.START));

        assertEquals(Kind.RATE_LIMITED, e.kind());
        assertEquals(Duration.ofSeconds(90), e.retryAfter());
    }

    @Test
    void malformedAnswersAreBadResponses() {
        server.on("GET", SEARCH).reply(Reply.json(200, "{\"posts\": [{\"uri\": \"at://x\", ")).reply(
                Reply.json(200, "{\"hitsTotal\": 0}")).reply(Reply.json(200, "{\"posts\": [{\"cid\": \"bafy\"}]}"));

        for (int i = 0; i < 3; i++) {
            assertEquals(Kind.BAD_RESPONSE, assertThrows(ConnectorException.class,
                    () -> connector.poll(context(Map.of()), Cursor.START)).kind());
        }
    }

    @Test
    void aHangingSearchTimesOut() {
        server.on("GET", SEARCH).reply(Reply.hang());
        ConnectorContext context = TestConnectorContext.builder().settings(Map.of("serviceUrl", server.uri().toString(),
                "query", "acme")).requestTimeout(Duration.ofMillis(300)).build();

        assertEquals(Kind.UNAVAILABLE, assertThrows(ConnectorException.class,
                () -> connector.poll(context, Cursor.START)).kind());
    }

    @Test
    void anEmptyQueryIsAConfigurationError() {
        assertEquals(Kind.CONFIGURATION, assertThrows(ConnectorException.class,
                () -> connector.poll(context(Map.of("query", "  ")), Cursor.START)).kind());
        assertEquals(List.of(), server.requests());
    }

    @Test
    void checkCountsRecentPosts() throws Exception {
        server.on("GET", SEARCH).reply(json(200, "search-latest.json"));

        assertEquals("Bluesky search works: \"acme\" found 3 recent posts", connector.check(context(Map.of())));
        assertEquals("bluesky:127.0.0.1", connector.rateScope(context(Map.of())));
    }

    static byte[] readBytes(String resource) {
        try (var in = BlueskySearchConnectorTest.class.getResourceAsStream("/bluesky/" + resource)) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
