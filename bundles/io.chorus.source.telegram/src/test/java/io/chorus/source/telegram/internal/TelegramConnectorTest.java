package io.chorus.source.telegram.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import io.chorus.source.testkit.ReplayServer;
import io.chorus.source.testkit.Reply;
import io.chorus.source.testkit.TestConnectorContext;

class TelegramConnectorTest {

    private static final String TOKEN = "7012345678:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw";

    private final TelegramConnector connector = new TelegramConnector();
    private ReplayServer server;

    @BeforeEach
    void start() {
        server = ReplayServer.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private ConnectorContext preview(String channel) {
        return TestConnectorContext.builder().id("tg").settings(Map.of("mode", "preview", "channel", channel,
                "previewBase", server.uri().toString())).requestTimeout(Duration.ofSeconds(2)).build();
    }

    private ConnectorContext bot(String channel) {
        return TestConnectorContext.builder().id("tg-bot").settings(Map.of("mode", "bot", "botToken", TOKEN,
                "channel", channel, "botApiBase", server.uri().toString())).requestTimeout(Duration.ofSeconds(2))
                .build();
    }

    private Reply html(String name) {
        return Reply.resource(200, "text/html; charset=utf-8", TelegramConnectorTest.class, "/telegram/" + name);
    }

    private Reply json(String name) {
        return Reply.resource(200, "application/json", TelegramConnectorTest.class, "/telegram/" + name);
    }

    private void servePreview() {
        server.on("GET", "/s/techgadget_ru", r -> "4811".equals(r.queryParam("before")))
                .reply(html("channel-page-before-4811.html"));
        server.on("GET", "/s/techgadget_ru").reply(html("channel-page-latest.html"));
    }

    @Test
    void thePreviewPageBecomesItemsWithTextTimeViewsAndAuthor() throws Exception {
        servePreview();
        Page page = connector.poll(preview("https://t.me/techgadget_ru"), Cursor.START);
        assertEquals(List.of("techgadget_ru/4811", "techgadget_ru/4812", "techgadget_ru/4813", "techgadget_ru/4814"),
                page.items().stream().map(SourceItem::id).toList());
        SourceItem first = page.items().get(0);
        assertEquals("telegram", first.platform());
        assertEquals("https://t.me/techgadget_ru/4811", first.url());
        assertEquals("Технологии и гаджеты", first.author());
        assertEquals(Instant.parse("2026-01-15T08:14:03Z"), first.published());
        assertEquals("Acme S7: первый взгляд\n\nРаспаковали новый робот-пылесос Acme S7. Тихий, но щётка путается в "
                + "длинной шерсти. Полный обзор в пятницу 👀", first.text(), "the quoted reply is not the text");
        assertEquals(15_300, first.metrics().views());
        assertEquals("acme_official/312", page.items().get(1).parentId(), "a forward points at its original");
        assertEquals(987, page.items().get(2).metrics().views());
        assertEquals(1_200_000, page.items().get(3).metrics().views());
        assertFalse(page.more(), "the first poll takes the latest page only");
        assertEquals("4814", page.next().value(), "the cursor is the highest message number seen");
    }

    @Test
    void laterPollsPageBackWithBeforeUntilTheNewestSeenMessage() throws Exception {
        servePreview();
        Page first = connector.poll(preview("techgadget_ru"), new Cursor("4807"));
        assertTrue(first.more(), "4808..4810 are older than this page and newer than the cursor");
        assertEquals(4, first.items().size());
        Page second = connector.poll(preview("techgadget_ru"), first.next());
        assertEquals("4811", server.requests().get(1).queryParam("before"));
        assertEquals(List.of("techgadget_ru/4808", "techgadget_ru/4809"),
                second.items().stream().map(SourceItem::id).toList());
        assertFalse(second.more());
        assertEquals("4814", second.next().value());

        Page third = connector.poll(preview("techgadget_ru"), second.next());
        assertTrue(third.items().isEmpty(), "nothing new since 4814");
        assertNull(server.requests().get(2).queryParam("before"));
    }

    @Test
    void aChannelWithoutPreviewIsAConfigurationProblem() {
        server.on("GET", "/s/hidden_channel").reply(Reply.status(302).header("Location", "/hidden_channel"));
        server.on("GET", "/hidden_channel").reply(Reply.text(200, "text/html",
                "<html><head><meta property=\"og:title\" content=\"Hidden\"></head><body>"
                        + "<div class=\"tgme_page\">Hidden</div></body></html>"));
        ConnectorException e = assertThrows(ConnectorException.class,
                () -> connector.poll(preview("hidden_channel"), Cursor.START));
        assertEquals(Kind.CONFIGURATION, e.kind());
        assertTrue(e.getMessage().contains("no public preview"), e.getMessage());
        assertEquals(Kind.CONFIGURATION, assertThrows(ConnectorException.class,
                () -> connector.poll(preview("not a channel!"), Cursor.START)).kind());
    }

    @Test
    void previewFailuresAreTransient() {
        server.on("GET", "/s/techgadget_ru").reply(Reply.status(429).header("Retry-After", "30"))
                .reply(Reply.status(503)).reply(Reply.text(200, "text/html", "<html><body>Oops</body></html>"));
        ConnectorException limited = assertThrows(ConnectorException.class,
                () -> connector.poll(preview("techgadget_ru"), Cursor.START));
        assertEquals(Kind.RATE_LIMITED, limited.kind());
        assertEquals(Duration.ofSeconds(30), limited.retryAfter());
        assertEquals(Kind.UNAVAILABLE, assertThrows(ConnectorException.class,
                () -> connector.poll(preview("techgadget_ru"), Cursor.START)).kind());
        assertEquals(Kind.BAD_RESPONSE, assertThrows(ConnectorException.class,
                () -> connector.poll(preview("techgadget_ru"), Cursor.START)).kind());
    }

    @Test
    void botUpdatesBecomeItemsAndTheCursorConfirmsThem() throws Exception {
        server.on("GET", "/bot" + TOKEN + "/getUpdates").reply(json("bot-updates.json"))
                .reply(json("bot-no-updates.json"));
        Page page = connector.poll(bot(""), Cursor.START);
        assertEquals(List.of("acme_news_ru/2201", "c/2001234567/58", "acme_news_ru/2201", "acme_news_ru/2202"),
                page.items().stream().map(SourceItem::id).toList());
        SourceItem post = page.items().get(0);
        assertEquals("Мария Лебедева", post.author());
        assertEquals(Instant.ofEpochSecond(1768470000), post.published());
        assertEquals("https://t.me/acme_news_ru/2201", post.url());
        assertEquals("Жалоба клиента: Acme S7 не заряжается, фото прилагаем.", page.items().get(1).text());
        assertEquals("https://t.me/c/2001234567/58", page.items().get(1).url());
        assertTrue(page.items().get(2).text().contains("2.4.1"), "an edit carries the new text");
        assertEquals("techgadget_ru/4811", page.items().get(3).parentId());
        assertEquals("731100505", page.next().value());
        assertFalse(page.more());

        Page next = connector.poll(bot(""), page.next());
        assertTrue(next.items().isEmpty());
        assertEquals("731100505", server.requests().get(1).queryParam("offset"));
        assertEquals("[\"channel_post\",\"edited_channel_post\"]",
                server.requests().get(1).queryParam("allowed_updates"));
    }

    @Test
    void theChannelSettingFiltersBotUpdates() throws Exception {
        server.on("GET", "/bot" + TOKEN + "/getUpdates").reply(json("bot-updates.json"));
        Page page = connector.poll(bot("@acme_news_ru"), Cursor.START);
        assertEquals(3, page.items().size());
        assertEquals("731100505", page.next().value(), "filtered updates are confirmed too");
    }

    @Test
    void botErrorsNeverCarryTheToken() {
        server.on("GET", "/bot" + TOKEN + "/getUpdates").reply(json("bot-429.json").header("Retry-After", "17"))
                .reply(json("bot-401.json")).reply(json("bot-409.json")).reply(Reply.status(502))
                .reply(Reply.text(200, "application/json", "{\"ok\":true,\"result\":{\"not\":\"a list\"}}"));
        List<ConnectorException> errors = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            errors.add(assertThrows(ConnectorException.class, () -> connector.poll(bot(""), new Cursor("5"))));
        }
        assertEquals(List.of(Kind.RATE_LIMITED, Kind.AUTHENTICATION, Kind.CONFIGURATION, Kind.UNAVAILABLE,
                Kind.BAD_RESPONSE), errors.stream().map(ConnectorException::kind).toList());
        assertEquals(Duration.ofSeconds(17), errors.get(0).retryAfter());
        for (ConnectorException e : errors) {
            assertFalse(e.getMessage().contains(TOKEN.substring(11)), e.getMessage());
            assertNull(e.getCause());
        }
    }

    @Test
    void anUnreachableBotApiSaysSoWithoutTheUrl() {
        int port = server.uri().getPort();
        server.close();
        ConnectorContext context = TestConnectorContext.builder().settings(Map.of("mode", "bot", "botToken", TOKEN,
                "botApiBase", "http://127.0.0.1:" + port)).build();
        ConnectorException e = assertThrows(ConnectorException.class, () -> connector.poll(context, Cursor.START));
        assertEquals(Kind.UNAVAILABLE, e.kind());
        assertFalse(e.getMessage().contains(TOKEN.substring(11)), e.getMessage());
    }

    @Test
    void checkNamesTheChannelOrTheBot() throws Exception {
        servePreview();
        server.on("GET", "/bot" + TOKEN + "/getMe").reply(json("bot-getme.json"));
        assertEquals("Channel found: Технологии и гаджеты, 4 recent posts on its preview page",
                connector.check(preview("techgadget_ru")));
        assertTrue(connector.check(bot("")).startsWith("Bot @acme_monitor_bot accepted"));
        assertEquals(Kind.AUTHENTICATION, assertThrows(ConnectorException.class, () -> connector.check(
                TestConnectorContext.builder().settings(Map.of("mode", "bot", "botToken", "nonsense")).build()))
                .kind());
    }

    @Test
    void rateScopesKeepTheTokenOut() {
        String scope = connector.rateScope(bot(""));
        assertTrue(scope.startsWith("telegram:bot:") && !scope.contains(TOKEN.substring(11)), scope);
        assertEquals("telegram:preview", connector.rateScope(preview("techgadget_ru")));
    }
}
