package io.chorus.source.rss.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** The connector against recorded feeds served by a local replay server. */
class RssConnectorTest {

    private static final String ATOM = "application/atom+xml";
    private static final String RSS = "application/rss+xml";

    private final RssConnector connector = new RssConnector();
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
        TestConnectorContext.Builder builder = TestConnectorContext.builder().id("rss-test")
                .settings(Map.of("feedUrl", server.uri("/feed").toString())).requestTimeout(Duration.ofSeconds(2));
        extra.forEach(builder::setting);
        return builder.build();
    }

    private void serve(String contentType, String resource) {
        server.on("GET", "/feed").reply(Reply.resource(200, contentType, getClass(), "feeds/" + resource));
    }

    @Test
    void googleAlertsLinksAreUnwrappedAndMarkupStripped() throws Exception {
        serve(ATOM, "google-alerts.xml");
        Page page = connector.poll(context(Map.of()), Cursor.START);
        assertEquals(2, page.items().size());
        SourceItem newest = page.items().get(1);
        assertEquals("https://www.dailycoffeenews.com/2026/11/24/acme-coffee-lisbon-roastery/", newest.url());
        assertEquals("Acme Coffee opens its first roastery in Lisbon", newest.title());
        assertTrue(newest.text().startsWith("The Portuguese capital gets a 400 m² roastery as Acme Coffee expands"),
                newest.text());
        assertEquals("tag:google.com,2013:googlealerts/feed:1873390612957120486", newest.id());
        assertEquals(Instant.parse("2026-11-24T09:41:15Z"), newest.published());
        assertEquals("https://coffeeblog.example.net/posts/why-i-switched?ref=rss", page.items().get(0).url());
        assertEquals("web", newest.platform());
        assertFalse(page.more());
    }

    @Test
    void youtubeChannelHasDescriptionAndNumbers() throws Exception {
        serve(ATOM, "youtube-channel.xml");
        SourceItem video = connector.poll(context(Map.of()), Cursor.START).items().get(0);
        assertEquals("youtube", video.platform());
        assertEquals("yt:video:3vKXj2fNq8A", video.id());
        assertEquals("https://www.youtube.com/watch?v=3vKXj2fNq8A", video.url());
        assertEquals("A day with our head roaster. Beans: Ethiopia Guji, Brazil Cerrado.", video.text());
        assertEquals(48213, video.metrics().views());
        assertEquals(1342, video.metrics().likes());
        assertEquals("Acme Coffee", video.author());
        assertEquals(Instant.parse("2026-11-20T16:00:07Z"), video.published());
    }

    @Test
    void forumLinksResolveAgainstTheFeedAndCdataHtmlBecomesText() throws Exception {
        serve(ATOM, "forum-phpbb.xml");
        SourceItem post = connector.poll(context(Map.of()), Cursor.START).items().get(0);
        assertEquals(server.uri("/viewtopic.php?p=98213#p98213").toString(), post.url());
        assertEquals("grindnerd", post.author());
        assertTrue(post.text().startsWith("The Acme dark roast clogs my burrs. Mine too — I switched"), post.text());
        assertFalse(post.text().contains("<"), post.text());
    }

    @Test
    void newsFeedPrefersContentEncodedAndReadsSloppyDates() throws Exception {
        serve(RSS, "news-content-encoded.xml");
        List<SourceItem> items = connector.poll(context(Map.of("platform", "news")), Cursor.START).items();
        SourceItem recall = items.stream().filter(i -> i.title().startsWith("Acme")).findFirst().orElseThrow();
        assertEquals("The recall affects the 250 g “Morning” blend sold since October."
                + " Customers can return bags for a refund.", recall.text());
        assertEquals("Maria Santos", recall.author());
        assertEquals("news", recall.platform());
        assertEquals("https://news.example.com/?p=55120", recall.id());
        SourceItem prices = items.stream().filter(i -> i.title().startsWith("Roasters")).findFirst().orElseThrow();
        // "Mon, 23 Nov 26 17:05 EST": two-digit year, no seconds, named zone
        assertEquals(Instant.parse("2026-11-23T22:05:00Z"), prices.published());
        assertEquals(server.uri("/2026/11/23/green-prices/").toString(), prices.url());
    }

    @Test
    void russianWindows1251Feed() throws Exception {
        serve("text/xml", "russian-cp1251.xml");
        SourceItem post = connector.poll(context(Map.of()), Cursor.START).items().get(0);
        assertEquals("Зерно Acme: стоит ли брать?", post.title());
        assertTrue(post.text().contains("«Азбуке вкуса»"), post.text());
        assertEquals("Ольга", post.author());
        assertEquals(Instant.parse("2026-11-24T08:20:00Z"), post.published());
    }

    @Test
    void japaneseShiftJisRdfFeed() throws Exception {
        serve("application/rdf+xml", "japanese-shiftjis.xml");
        SourceItem post = connector.poll(context(Map.of()), Cursor.START).items().get(0);
        assertEquals("アクメコーヒーの新しい豆を試した", post.title());
        assertEquals("深煎りで苦味が強いです。朝に合います。", post.text());
        assertEquals("山田太郎", post.author());
        assertEquals(Instant.parse("2026-11-24T11:15:00Z"), post.published());
        assertEquals("https://blog.example.jp/entry/20261124", post.id());
    }

    @Test
    void rePollSendsValidatorsAndA304DeliversNothing() throws Exception {
        server.on("GET", "/feed").reply(Reply.resource(200, RSS, getClass(), "feeds/news-content-encoded.xml")
                        .header("ETag", "\"v1\"").header("Last-Modified", "Tue, 24 Nov 2026 09:30:12 GMT"))
                .reply(Reply.status(304));
        ConnectorContext context = context(Map.of());
        Page first = connector.poll(context, Cursor.START);
        Page second = connector.poll(context, first.next());
        assertTrue(second.items().isEmpty());
        assertEquals(first.next(), second.next());
        RecordedRequest again = server.requests().get(1);
        assertEquals("\"v1\"", again.header("if-none-match"));
        assertEquals("Tue, 24 Nov 2026 09:30:12 GMT", again.header("if-modified-since"));
    }

    @Test
    void rePollDeliversOnlyNewEntries() throws Exception {
        server.on("GET", "/feed").reply(Reply.resource(200, ATOM, getClass(), "feeds/google-alerts.xml"))
                .reply(Reply.resource(200, ATOM, getClass(), "feeds/google-alerts.xml")
                        .replace("feed:1873390612957120486", "feed:5550001112223334445"));
        ConnectorContext context = context(Map.of());
        Page first = connector.poll(context, Cursor.START);
        Page second = connector.poll(context, first.next());
        assertEquals(List.of("tag:google.com,2013:googlealerts/feed:5550001112223334445"),
                second.items().stream().map(SourceItem::id).toList());
    }

    @Test
    void cappedPollsContinueWithoutSkipping() throws Exception {
        server.on("GET", "/feed").reply(Reply.resource(200, ATOM, getClass(), "feeds/google-alerts.xml")
                .header("ETag", "\"v1\""));
        ConnectorContext context = context(Map.of("maxItemsPerPoll", 1));
        Page first = connector.poll(context, Cursor.START);
        assertTrue(first.more());
        Page second = connector.poll(context, first.next());
        assertFalse(second.more());
        assertEquals(1, first.items().size());
        assertEquals(1, second.items().size());
        assertTrue(first.items().get(0).published().isBefore(second.items().get(0).published()));
        assertEquals(null, server.requests().get(1).header("if-none-match"), "held-back entries need a full fetch");
    }

    @Test
    void tooManyRequestsCarriesRetryAfter() {
        server.on("GET", "/feed").reply(Reply.status(429).header("Retry-After", "120"));
        ConnectorException e = assertThrows(ConnectorException.class,
                () -> connector.poll(context(Map.of()), Cursor.START));
        assertEquals(Kind.RATE_LIMITED, e.kind());
        assertEquals(Duration.ofSeconds(120), e.retryAfter());
    }

    @Test
    void checkSaysWhatIsWrong() throws Exception {
        server.on("GET", "/feed").reply(Reply.resource(200, ATOM, getClass(), "feeds/youtube-channel.xml"))
                .reply(Reply.status(404)).reply(Reply.status(401));
        ConnectorContext context = context(Map.of("username", "agency", "password", "hunter2-secret"));
        assertEquals("Feed found: Acme Coffee, 1 entries", connector.check(context));
        assertEquals("Basic YWdlbmN5Omh1bnRlcjItc2VjcmV0", server.requests().get(0).header("authorization"));
        ConnectorException missing = assertThrows(ConnectorException.class, () -> connector.check(context));
        assertEquals(Kind.CONFIGURATION, missing.kind());
        ConnectorException refused = assertThrows(ConnectorException.class, () -> connector.check(context));
        assertEquals(Kind.AUTHENTICATION, refused.kind());
        assertFalse(refused.getMessage().contains("hunter2"), refused.getMessage());
    }

    @Test
    void malformedFeedIsBadResponseWithPlace() {
        server.on("GET", "/feed").reply(Reply.text(200, RSS, "<rss version=\"2.0\"><channel>\n<item><title>a"
                + "</titel></item></channel></rss>"));
        ConnectorException e = assertThrows(ConnectorException.class,
                () -> connector.poll(context(Map.of()), Cursor.START));
        assertEquals(Kind.BAD_RESPONSE, e.kind());
        assertTrue(e.getMessage().contains("line 2, column"), e.getMessage());
    }

    @Test
    void htmlPageIsNotAFeed() {
        server.on("GET", "/feed").reply(Reply.text(200, "text/html", "<html><body><p>Hello</p></body></html>"));
        ConnectorException e = assertThrows(ConnectorException.class,
                () -> connector.poll(context(Map.of()), Cursor.START));
        assertEquals(Kind.BAD_RESPONSE, e.kind());
        assertTrue(e.getMessage().contains("not an RSS or Atom feed"), e.getMessage());
    }

    @Test
    void badSettingsAreConfiguration() {
        ConnectorException e = assertThrows(ConnectorException.class, () -> connector.poll(
                TestConnectorContext.builder().settings(Map.of("feedUrl", "ftp://example.com/feed")).build(),
                Cursor.START));
        assertEquals(Kind.CONFIGURATION, e.kind());
        ConnectorException platform = assertThrows(ConnectorException.class,
                () -> connector.poll(context(Map.of("platform", "myspace")), Cursor.START));
        assertEquals(Kind.CONFIGURATION, platform.kind());
    }
}
