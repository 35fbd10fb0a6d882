package io.chorus.source.reddit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

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

class RedditConnectorTest {

    private static final String TOKEN_PATH = "/api/v1/access_token";
    private static final String CLIENT_ID = "p-jcoLKBynTLew";
    private static final String CLIENT_SECRET = "gko_LXELoV07ZBNUXrvWZfzE3aI";
    private static final String PASSWORD = "p@ss wörd&=1";
    private static final String TOKEN = "eyJhbGciOiJSUzI1NiIsImtpZCI6IlNIQTI1NjpzS3dsMnlsV0VtMjVmcXhwTU40cWY4MXE2OWFFd";
    private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");

    private final RedditConnector connector = new RedditConnector();
    /** Where the clock of the next context stands; a test moves it forward. */
    private Instant now = NOW;
    private final List<ConnectorException> failures = new ArrayList<>();
    private ReplayServer server;

    @BeforeEach
    void start() {
        server = ReplayServer.start();
    }

    @AfterEach
    void stopAndCheckNoSecretLeaked() {
        server.close();
        for (ConnectorException failure : failures) {
            for (String secret : List.of(CLIENT_SECRET, PASSWORD, TOKEN, base64(CLIENT_ID + ":" + CLIENT_SECRET))) {
                for (Throwable t = failure; t != null; t = t.getCause()) {
                    assertFalse(String.valueOf(t.getMessage()).contains(secret), t.getMessage());
                    assertFalse(t.toString().contains(secret), t.toString());
                }
            }
        }
    }

    private ConnectorContext context(Map<String, Object> extra) {
        return TestConnectorContext.builder().id("reddit-yandex").setting("query", "yandex")
                .setting("clientId", CLIENT_ID).setting("clientSecret", CLIENT_SECRET)
                .setting("userAgentSuffix", "(by /u/chorus_agency)")
                .setting("authUrl", server.uri().toString()).setting("apiUrl", server.uri().toString())
                .settings(extra).clock(Clock.fixed(now, ZoneOffset.UTC)).requestTimeout(Duration.ofMillis(500))
                .build();
    }

    private ConnectorContext context() {
        return context(Map.of());
    }

    private static Reply recorded(String name) {
        return Reply.resource(200, "application/json; charset=UTF-8", RedditConnectorTest.class, name)
                .header("x-ratelimit-remaining", "598.0").header("x-ratelimit-used", "2")
                .header("x-ratelimit-reset", "417");
    }

    private void tokenIsGranted() {
        server.on("POST", TOKEN_PATH).reply(Reply.json(200, "{\"access_token\":\"" + TOKEN + "\",\"token_type\":"
                + "\"bearer\",\"expires_in\":86400,\"scope\":\"*\"}"));
    }

    private ConnectorException failure(Executable call) {
        ConnectorException e = assertThrows(ConnectorException.class, call);
        failures.add(e);
        return e;
    }

    @Test
    void pagesBackToTheWatermarkThenResumesFromTheNewestPostWithOneToken() throws Exception {
        tokenIsGranted();
        server.on("GET", "/search", request -> "t3_1h0c9xk".equals(request.queryParam("after")))
                .reply(recorded("search-page2.json"));
        server.on("GET", "/search").reply(recorded("search-page1.json")).reply(recorded("search-next-round.json"))
                .reply(recorded("search-empty.json"));

        Page first = connector.poll(context(), Cursor.START);
        assertTrue(first.more());
        assertEquals(List.of("t3_1h0fq2m", "t3_1h0e7ab", "t3_1h0c9xk"), ids(first));
        Page second = connector.poll(context(), first.next());
        assertFalse(second.more());
        assertEquals(List.of("t3_1h0a111"), ids(second), "the post older than the look-back ends the round");
        Page third = connector.poll(context(), second.next());
        assertEquals(List.of("t3_1h0k5zz"), ids(third), "the newest post of the last round is not repeated");
        Page quiet = connector.poll(context(), third.next());
        assertEquals(List.of(), ids(quiet));
        assertEquals(third.next(), quiet.next());

        List<RecordedRequest> requests = server.requests();
        assertEquals(List.of("POST " + TOKEN_PATH, "GET /search", "GET /search", "GET /search", "GET /search"),
                requests.stream().map(r -> r.method() + " " + r.path()).toList(), "the token is fetched once");
        RecordedRequest token = requests.get(0);
        assertEquals("Basic " + base64(CLIENT_ID + ":" + CLIENT_SECRET), token.header("Authorization"));
        assertEquals("application/x-www-form-urlencoded", token.header("Content-Type"));
        assertEquals("grant_type=client_credentials", token.body());
        RecordedRequest search = requests.get(1);
        assertEquals("Bearer " + TOKEN, search.header("Authorization"));
        assertTrue(search.header("User-Agent").endsWith(" (by /u/chorus_agency)"), search.header("User-Agent"));
        assertEquals("yandex", search.queryParam("q"));
        assertEquals("new", search.queryParam("sort"));
        assertEquals("100", search.queryParam("limit"));
        assertEquals("1", search.queryParam("raw_json"));
        assertNull(search.queryParam("after"));
        assertNull(search.queryParam("restrict_sr"));
        assertEquals("t3_1h0c9xk", requests.get(2).queryParam("after"));
        assertNull(requests.get(3).queryParam("after"));
    }

    @Test
    void itemsCarryTheListingsFields() throws Exception {
        tokenIsGranted();
        server.on("GET", "/search").reply(recorded("search-page1.json"));
        SourceItem japanese = connector.poll(context(), Cursor.START).items().get(1);
        assertEquals("Yandexの翻訳、DeepLより良い？", japanese.title());
        assertEquals("tanaka_k", japanese.author());
        assertEquals(new SourceItem.Metrics(104877, 12, 8, -1, -1), japanese.metrics());
    }

    @Test
    void aScriptAppSignsInWithTheAccountFormEncoded() throws Exception {
        tokenIsGranted();
        server.on("GET", "/r/ru+newsokur/search").reply(recorded("search-empty.json"));
        connector.poll(context(Map.of("username", "d_smirnov", "password", PASSWORD, "userAgentSuffix", "",
                "subreddits", new String[] {"r/ru", " newsokur "})), Cursor.START);
        RecordedRequest token = server.requests().get(0);
        assertEquals("grant_type=password&username=d_smirnov&password="
                + "p%40ss+w%C3%B6rd%26%3D1", token.body());
        RecordedRequest search = server.requests().get(1);
        assertEquals("1", search.queryParam("restrict_sr"));
        assertTrue(search.header("User-Agent").endsWith(" (by /u/d_smirnov)"), search.header("User-Agent"));
    }

    @Test
    void aRefusedTokenIsRenewedOnceAndTheSearchRepeated() throws Exception {
        server.on("POST", TOKEN_PATH)
                .reply(Reply.json(200, "{\"access_token\":\"" + TOKEN + "\",\"expires_in\":86400}"))
                .reply(Reply.json(200, "{\"access_token\":\"renewed\",\"expires_in\":86400}"));
        server.on("GET", "/search").reply(Reply.json(401, "{\"message\": \"Unauthorized\", \"error\": 401}"))
                .reply(recorded("search-page1.json"));
        assertEquals(3, connector.poll(context(), Cursor.START).items().size());
        List<RecordedRequest> requests = server.requests();
        assertEquals(4, requests.size());
        assertEquals("Bearer renewed", requests.get(3).header("Authorization"));
    }

    @Test
    void aTokenRefusedTwiceIsAnAuthenticationProblemThatHidesTheSecrets() {
        tokenIsGranted();
        server.on("GET", "/search").reply(Reply.json(401, "{\"message\": \"Unauthorized\", \"error\": 401}"));
        assertEquals(Kind.AUTHENTICATION, failure(() -> connector.poll(context(), Cursor.START)).kind());
        assertEquals(2, server.requests().stream().filter(r -> r.path().equals(TOKEN_PATH)).count());
    }

    @Test
    void wrongAppCredentialsOrPasswordAreAuthenticationProblems() {
        server.on("POST", TOKEN_PATH).reply(Reply.json(401, "{\"message\": \"Unauthorized\", \"error\": 401}"))
                .reply(Reply.json(200, "{\"error\": \"invalid_grant\"}"));
        ConnectorException app = failure(() -> connector.poll(context(), Cursor.START));
        assertEquals(Kind.AUTHENTICATION, app.kind());
        assertTrue(app.getMessage().contains(CLIENT_ID), app.getMessage());
        ConnectorException user = failure(() -> connector.poll(context(Map.of("username", "d_smirnov",
                "password", PASSWORD)), Cursor.START));
        assertEquals(Kind.AUTHENTICATION, user.kind());
        assertTrue(user.getMessage().contains("invalid_grant"), user.getMessage());
    }

    @Test
    void anExpiredTokenIsReplaced() throws Exception {
        server.on("POST", TOKEN_PATH).reply(Reply.json(200, "{\"access_token\":\"" + TOKEN + "\",\"expires_in\":3600}"))
                .reply(Reply.json(200, "{\"access_token\":\"next\",\"expires_in\":3600}"));
        server.on("GET", "/search").reply(recorded("search-empty.json"));
        connector.poll(context(), Cursor.START);
        now = now.plus(Duration.ofMinutes(58));
        connector.poll(context(), Cursor.START);
        now = now.plus(Duration.ofMinutes(1).plusSeconds(1));
        connector.poll(context(), Cursor.START);
        List<String> bearers = server.requests().stream().filter(r -> r.path().equals("/search"))
                .map(r -> r.header("Authorization")).toList();
        assertEquals(List.of("Bearer " + TOKEN, "Bearer " + TOKEN, "Bearer next"), bearers);
    }

    @Test
    void commentsOfTheSubredditsFollowEachRoundOfPostsAndAreFilteredByTheSearchWords() throws Exception {
        tokenIsGranted();
        server.on("GET", "/r/ru/search").reply(recorded("search-empty.json"));
        server.on("GET", "/r/ru/comments").reply(recorded("subreddit-comments.json"));
        ConnectorContext context = context(Map.of("comments", true, "subreddits", new String[] {"ru"},
                "query", "yandex OR \"Яндекс\" OR ydb"));

        Page posts = connector.poll(context, Cursor.START);
        assertTrue(posts.more(), "the comments come next, at once");
        Page comments = connector.poll(context, posts.next());
        assertFalse(comments.more());
        assertEquals(List.of("t1_lzb2k9q", "t1_lz9w7k2"), ids(comments),
                "the off-topic comment has none of the words and the oldest is before the look-back");
        SourceItem first = comments.items().get(0);
        assertEquals("Пробовали в Яндексе ещё в 2022, до опенсорса. Для OLTP — отлично.", first.text());
        assertEquals("t3_1h0fq2m", first.threadId());
        assertEquals("https://www.reddit.com/r/ru/comments/1h0fq2m/яндекс_открыл_исходный_код_ydb_кто_уже_пробовал_в"
                + "/lzb2k9q/", first.url());
        connector.poll(context, comments.next());
        assertEquals(List.of("/r/ru/search", "/r/ru/comments", "/r/ru/search"), server.requests().stream()
                .map(RecordedRequest::path).filter(path -> !path.equals(TOKEN_PATH)).toList());
        assertEquals("100", server.requests().get(2).queryParam("limit"));
        RedditCursor after = RedditCursor.decode(comments.next());
        assertFalse(after.inComments());
        assertEquals("t1_lzb2k9q", after.comments().sinceName());
    }

    @Test
    void tooManyRequestsWaitsUntilRedditsWindowResets() {
        tokenIsGranted();
        server.on("GET", "/search").reply(Reply.json(429, "{\"message\": \"Too Many Requests\", \"error\": 429}")
                .header("x-ratelimit-remaining", "0.0").header("x-ratelimit-used", "600")
                .header("x-ratelimit-reset", "417"));
        ConnectorException e = failure(() -> connector.poll(context(), Cursor.START));
        assertEquals(Kind.RATE_LIMITED, e.kind());
        assertEquals(Duration.ofSeconds(417), e.retryAfter());
    }

    @Test
    void fewRequestsLeftPausesUntilTheWindowResetsEvenWithMorePages() throws Exception {
        tokenIsGranted();
        server.on("GET", "/search").reply(Reply.resource(200, "application/json", RedditConnectorTest.class,
                "search-page1.json").header("x-ratelimit-remaining", "3.0").header("x-ratelimit-reset", "95"));
        Page page = connector.poll(context(), Cursor.START);
        assertEquals(3, page.items().size());
        assertFalse(page.more());
        assertEquals(Duration.ofSeconds(95), page.pollAgainIn());
        assertEquals("t3_1h0c9xk", RedditCursor.decode(page.next()).posts().after(),
                "the round goes on after the pause");
    }

    @Test
    void brokenAnswersAndHangsAreTransient() {
        tokenIsGranted();
        server.on("GET", "/search").reply(Reply.json(200, "{\"kind\": \"Listing\", \"data\": {\"children\": [{"))
                .reply(Reply.status(502)).reply(Reply.hang());
        assertEquals(Kind.BAD_RESPONSE, failure(() -> connector.poll(context(), Cursor.START)).kind());
        assertEquals(Kind.UNAVAILABLE, failure(() -> connector.poll(context(), Cursor.START)).kind());
        assertEquals(Kind.UNAVAILABLE, failure(() -> connector.poll(context(), Cursor.START)).kind());
    }

    @Test
    void aForbiddenOrUnknownSubredditIsAConfigurationProblem() {
        tokenIsGranted();
        server.on("GET", "/r/secret_club/search").reply(Reply.json(403, "{\"reason\": \"private\", \"message\":"
                + " \"Forbidden\", \"error\": 403}"));
        ConnectorException e = failure(() -> connector.poll(context(Map.of("subreddits",
                new String[] {"secret_club"})), Cursor.START));
        assertEquals(Kind.CONFIGURATION, e.kind());
        assertTrue(e.getMessage().contains("r/secret_club"), e.getMessage());
    }

    @Test
    void incompleteSettingsAreRejectedBeforeAnyRequest() {
        assertEquals(Kind.CONFIGURATION, failure(() -> connector.poll(context(Map.of("clientSecret", "")),
                Cursor.START)).kind());
        assertEquals(Kind.CONFIGURATION, failure(() -> connector.poll(context(Map.of("username", "d_smirnov")),
                Cursor.START)).kind());
        ConnectorException badName = failure(() -> connector.poll(context(Map.of("subreddits",
                new String[] {"ru", "not a sub"})), Cursor.START));
        assertTrue(badName.getMessage().contains("not a sub"), badName.getMessage());
        assertEquals(Kind.CONFIGURATION, failure(() -> connector.poll(context(Map.of("query", "")),
                Cursor.START)).kind());
        assertEquals(List.of(), server.requests());
    }

    @Test
    void checkSignsInAndSearchesOnce() throws Exception {
        tokenIsGranted();
        server.on("GET", "/search").reply(recorded("search-page1.json"));
        assertEquals("Signed in to Reddit as the app " + CLIENT_ID + "; \"yandex\" finds at least 3 recent posts"
                + " on Reddit.", connector.check(context()));
        assertEquals("25", server.requests().get(1).queryParam("limit"));
    }

    @Test
    void declaresItsSecretsAndAPerAppLimit() {
        assertEquals(java.util.Set.of("clientSecret", "password"), connector.info().secretSettings());
        assertEquals(java.util.Set.of("reddit"), connector.info().platforms());
        assertEquals(100, connector.info().rateLimit().requests());
        assertEquals("reddit:" + CLIENT_ID, connector.rateScope(context()));
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> ids(Page page) {
        return page.items().stream().map(SourceItem::id).toList();
    }
}
