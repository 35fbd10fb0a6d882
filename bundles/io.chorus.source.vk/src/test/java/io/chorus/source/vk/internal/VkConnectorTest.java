package io.chorus.source.vk.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
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

class VkConnectorTest {

    private static final String TOKEN = "vk1.a.SECRET-service-key-0123456789";

    private final VkConnector connector = new VkConnector();
    private ReplayServer server;

    @BeforeEach
    void start() {
        server = ReplayServer.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private ConnectorContext context(Map<String, Object> settings) {
        return TestConnectorContext.builder().id("vk-acme").settings(settings)
                .setting("accessToken", TOKEN).setting("apiBase", server.uri() + "/method")
                .requestTimeout(Duration.ofSeconds(2)).build();
    }

    private ConnectorContext search() {
        return context(Map.of("mode", "newsfeed.search", "query", "acme OR акме"));
    }

    private Reply resource(String name) {
        return Reply.resource(200, "application/json", VkConnectorTest.class, "/vk/" + name);
    }

    static String form(RecordedRequest request, String name) {
        for (String pair : request.body().split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8).equals(name)) {
                return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    @Test
    void searchPagesWithNextFromAndMapsPostsRepostsAndAuthors() throws Exception {
        server.on("POST", "/method/newsfeed.search", r -> form(r, "start_from") != null)
                .reply(resource("search-page2.json"));
        server.on("POST", "/method/newsfeed.search").reply(resource("search-page1.json"));

        Page first = connector.poll(search(), Cursor.START);
        assertTrue(first.more());
        assertEquals(3, first.items().size());
        SourceItem post = first.items().get(0);
        assertEquals("-30022666_48211", post.id());
        assertEquals("vk", post.platform());
        assertEquals("https://vk.com/wall-30022666_48211", post.url());
        assertEquals("Техномания", post.author());
        assertEquals(Instant.ofEpochSecond(1768476600), post.published());
        assertEquals(new SourceItem.Metrics(-1, 412, 57, 31, 18240), post.metrics());
        SourceItem repost = first.items().get(1);
        assertEquals("Ирина Соколова", repost.author());
        assertEquals("Acme снижает цены на аксессуары до конца января", repost.text());
        assertEquals("-30022666_48190", repost.parentId());
        assertEquals(-1, first.items().get(2).metrics().views(), "no views field means unknown");

        Page second = connector.poll(search(), first.next());
        assertFalse(second.more());
        assertEquals(List.of("-199001122_5120"), second.items().stream().map(SourceItem::id).toList());
        assertEquals("Олег Петров", second.items().get(0).author());

        List<RecordedRequest> requests = server.requests();
        // next_from is opaque: it goes back exactly as VK sent it
        assertEquals("3/-30022666_48211%2C243551002_775", form(requests.get(1), "start_from"));
        assertEquals("5.199", form(requests.get(0), "v"));
        assertEquals("1", form(requests.get(0), "extended"));
        assertEquals(String.valueOf(TestConnectorContext.DEFAULT_NOW.minus(Duration.ofDays(7)).getEpochSecond()),
                form(requests.get(0), "start_time"));
        // the next round starts at the newest post of this one, so nothing published after it is skipped
        connector.poll(search(), second.next());
        assertEquals("1768476600", form(server.requests().get(2), "start_time"));
        assertEquals(null, form(server.requests().get(2), "start_from"));
    }

    @Test
    void theTokenTravelsInTheBodyNeverInTheUrl() throws Exception {
        server.on("POST", "/method/newsfeed.search").reply(resource("search-page2.json"));
        connector.poll(search(), Cursor.START);
        RecordedRequest request = server.requests().get(0);
        assertEquals(TOKEN, form(request, "access_token"));
        assertFalse(request.pathAndQuery().contains(TOKEN));
        String scope = connector.rateScope(search());
        assertTrue(scope.startsWith("vk:") && !scope.contains(TOKEN), scope);
        assertEquals(scope, connector.rateScope(context(Map.of("mode", "wall.get", "wall", "acme_ru"))));
        assertFalse(scope.equals(connector.rateScope(TestConnectorContext.builder()
                .setting("accessToken", "another").build())));
    }

    @Test
    void wallStopsAtTheNewestPostSeenAndIgnoresAnOldPinnedPost() throws Exception {
        server.on("POST", "/method/wall.get").reply(resource("wall-page1.json"));
        ConnectorContext wall = context(Map.of("mode", "wall.get", "wall", "https://vk.com/acme_ru"));

        Page first = connector.poll(wall, Cursor.START);
        assertEquals(List.of("-77001_1290", "-77001_1289", "-77001_1288"),
                first.items().stream().map(SourceItem::id).toList());
        assertFalse(first.more());
        assertEquals("Acme Russia", first.items().get(0).author());
        assertEquals("acme_ru", form(server.requests().get(0), "domain"));

        Page again = connector.poll(wall, first.next());
        assertTrue(again.items().isEmpty(), "everything up to post 1290 was delivered already");
        assertFalse(again.more());
    }

    @Test
    void wallPagesByOffsetWhileNothingKnownIsReached() throws Exception {
        String page = new String(resource("wall-page1.json").body(), StandardCharsets.UTF_8)
                .replace("\"count\":4", "\"count\":250");
        server.on("POST", "/method/wall.get").reply(Reply.json(200, page));
        ConnectorContext wall = context(Map.of("mode", "wall.get", "wall", "-77001"));
        Page first = connector.poll(wall, Cursor.START);
        assertTrue(first.more(), "the wall has 250 posts and none was old yet");
        connector.poll(wall, first.next());
        assertEquals("-77001", form(server.requests().get(1), "owner_id"));
        assertEquals("4", form(server.requests().get(1), "offset"));
    }

    @Test
    void errorsBecomeKindsThatSayWhatToDo() throws Exception {
        server.on("POST", "/method/newsfeed.search").reply(resource("error-auth.json"))
                .reply(resource("error-too-many.json")).reply(resource("error-quota.json"))
                .reply(Reply.status(502)).reply(Reply.text(200, "text/html", "<html>maintenance</html>"));
        ConnectorException auth = assertThrows(ConnectorException.class, () -> connector.poll(search(), Cursor.START));
        assertEquals(Kind.AUTHENTICATION, auth.kind());
        assertFalse(auth.getMessage().contains(TOKEN));
        ConnectorException perSecond = assertThrows(ConnectorException.class,
                () -> connector.poll(search(), Cursor.START));
        assertEquals(Kind.RATE_LIMITED, perSecond.kind());
        assertEquals(Duration.ofSeconds(1), perSecond.retryAfter());
        ConnectorException quota = assertThrows(ConnectorException.class, () -> connector.poll(search(), Cursor.START));
        assertEquals(Kind.RATE_LIMITED, quota.kind());
        assertTrue(quota.retryAfter().compareTo(Duration.ofMinutes(30)) >= 0);
        assertEquals(Kind.UNAVAILABLE,
                assertThrows(ConnectorException.class, () -> connector.poll(search(), Cursor.START)).kind());
        assertEquals(Kind.BAD_RESPONSE,
                assertThrows(ConnectorException.class, () -> connector.poll(search(), Cursor.START)).kind());
    }

    @Test
    void aPrivateWallIsAConfigurationProblem() {
        server.on("POST", "/method/wall.get").reply(resource("error-private.json"));
        ConnectorException e = assertThrows(ConnectorException.class,
                () -> connector.check(context(Map.of("mode", "wall.get", "wall", "id1"))));
        assertEquals(Kind.CONFIGURATION, e.kind());
        assertTrue(e.getMessage().contains("error 30"), e.getMessage());
    }

    @Test
    void missingQueryOrTokenIsReportedBeforeAnyRequest() {
        assertEquals(Kind.CONFIGURATION, assertThrows(ConnectorException.class,
                () -> connector.poll(context(Map.of("mode", "newsfeed.search")), Cursor.START)).kind());
        assertEquals(Kind.AUTHENTICATION, assertThrows(ConnectorException.class,
                () -> connector.poll(TestConnectorContext.builder().setting("query", "acme").build(),
                        Cursor.START)).kind());
        assertTrue(server.requests().isEmpty());
    }

    @Test
    void checkReportsTheWallAndTheSearchVolume() throws Exception {
        server.on("POST", "/method/wall.get").reply(resource("wall-page1.json"));
        server.on("POST", "/method/newsfeed.search").reply(resource("search-page1.json"));
        assertEquals("Wall found: Acme Russia, 4 posts",
                connector.check(context(Map.of("mode", "wall.get", "wall", "acme_ru"))));
        assertTrue(connector.check(search()).contains("about 1274 public posts"));
    }

    @Test
    void aDamagedCursorSaysHowToRecover() {
        ConnectorException e = assertThrows(ConnectorException.class,
                () -> connector.poll(search(), new Cursor("since=yesterday")));
        assertEquals(Kind.CONFIGURATION, e.kind());
    }

    @Test
    void infoDeclaresThePerTokenLimitAndTheSecret() {
        assertEquals("vk", connector.info().id());
        assertEquals(3, connector.info().rateLimit().requests());
        assertEquals(java.util.Set.of("accessToken"), connector.info().secretSettings());
    }
}
