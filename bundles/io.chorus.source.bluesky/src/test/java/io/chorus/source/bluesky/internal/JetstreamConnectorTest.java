package io.chorus.source.bluesky.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import io.chorus.source.api.ConnectorContext;
import io.chorus.source.api.ConnectorException;
import io.chorus.source.api.ConnectorException.Kind;
import io.chorus.source.api.Cursor;
import io.chorus.source.api.Page;
import io.chorus.source.api.SourceItem;
import io.chorus.source.api.StreamingConnector;
import io.chorus.source.testkit.TestConnectorContext;

class JetstreamConnectorTest {

    final JetstreamConnector connector = new JetstreamConnector();

    static List<String> recordedEvents() throws IOException {
        try (InputStream in = JetstreamConnectorTest.class.getResourceAsStream("/bluesky/jetstream-events.jsonl")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    static ConnectorContext context(String url, String keywords, Instant now) {
        return TestConnectorContext.builder().id("acme-firehose")
                .settings(Map.of("jetstreamUrl", url, "keywords", keywords))
                .clock(Clock.fixed(now, ZoneOffset.UTC)).requestTimeout(Duration.ofSeconds(2)).build();
    }

    /** Records what the stream delivers, as Chorus's sink would store it. */
    static final class RecordingSink implements StreamingConnector.Sink {
        final List<SourceItem> items = new ArrayList<>();
        final List<Cursor> cursors = new ArrayList<>();
        final CountDownLatch closed = new CountDownLatch(1);
        final CountDownLatch twoItems = new CountDownLatch(2);
        final AtomicReference<ConnectorException> reason = new AtomicReference<>();

        @Override
        public synchronized void accept(List<SourceItem> batch, Cursor next) {
            items.addAll(batch);
            cursors.add(next);
            batch.forEach(item -> twoItems.countDown());
        }

        @Override
        public void closed(ConnectorException why) {
            reason.set(why);
            closed.countDown();
        }
    }

    @Test
    void theStreamDeliversPostsWithAKeywordAndResumesFromTheCursor() throws Exception {
        try (LocalWebSocketServer server = new LocalWebSocketServer(recordedEvents(), true, 1 << 20)) {
            RecordingSink sink = new RecordingSink();
            connector.open(context(server.uri("/subscribe").toString(), "acme,\nчайник", Instant.EPOCH),
                    new Cursor("1768478390000000"), sink);

            assertTrue(sink.closed.await(5, TimeUnit.SECONDS), "the server's close reaches the sink");
            assertEquals("GET /subscribe?wantedCollections=app.bsky.feed.post&cursor=1768478390000000 HTTP/1.1",
                    server.requestLine());
            assertEquals(1000, server.clientCloseCode(), "the client answers the close");
            assertEquals(Kind.UNAVAILABLE, sink.reason.get().kind());
            assertTrue(sink.reason.get().getMessage().contains("code 1000"), sink.reason.get().getMessage());

            assertEquals(2, sink.items.size());
            SourceItem japanese = sink.items.get(0);
            assertEquals("at://did:plc:y3xrmnwvkvsq4tqcsgwch4na/app.bsky.feed.post/3mbxq4ke3zk2d", japanese.id());
            assertEquals("https://bsky.app/profile/did:plc:y3xrmnwvkvsq4tqcsgwch4na/post/3mbxq4ke3zk2d", japanese.url());
            assertEquals("ACMEの新しいケトル、お湯が沸くのが本当に早い！ #acme", japanese.text());
            assertEquals("ja", japanese.language());
            assertEquals(Instant.parse("2026-01-15T11:59:40.512Z"), japanese.published());
            SourceItem russian = sink.items.get(1);
            assertEquals("Чайник ACME — огонь, но крышку всё-таки поменяли по гарантии.", russian.text());
            assertEquals("at://did:plc:z72i7hdynmk6r22z27h6tvur/app.bsky.feed.post/3mbxm5tmu4c2x", russian.parentId());
            assertEquals(russian.parentId(), russian.threadId());
            assertEquals(List.of(new Cursor("1768478391004512"), new Cursor("1768478393812004")), sink.cursors);
        }
    }

    @Test
    void fragmentedMessagesAreJoined() throws Exception {
        try (LocalWebSocketServer server = new LocalWebSocketServer(recordedEvents(), true, 50)) {
            RecordingSink sink = new RecordingSink();
            connector.open(context(server.uri("/subscribe").toString(), "ACME", Instant.EPOCH), Cursor.START, sink);

            assertTrue(sink.closed.await(5, TimeUnit.SECONDS));
            assertEquals(2, sink.items.size());
            assertFalse(server.requestLine().contains("cursor="), "no cursor: start with live events");
        }
    }

    @Test
    void closingTheStreamSilencesTheSink() throws Exception {
        try (LocalWebSocketServer server = new LocalWebSocketServer(recordedEvents(), false, 1 << 20)) {
            RecordingSink sink = new RecordingSink();
            StreamingConnector.Stream stream = connector.open(
                    context(server.uri("/subscribe").toString(), "acme", Instant.EPOCH), Cursor.START, sink);
            assertTrue(sink.twoItems.await(5, TimeUnit.SECONDS));

            stream.close();

            assertEquals(1000, server.clientCloseCode());
            assertFalse(sink.closed.await(300, TimeUnit.MILLISECONDS), "a stream closed by Chorus reports nothing");
        }
    }

    @Test
    void aMalformedEventEndsTheStreamAsABadResponse() throws Exception {
        List<String> events = new ArrayList<>(recordedEvents().subList(0, 2));
        events.add("{\"did\":\"did:plc:x\",\"time_us\":17684783");
        try (LocalWebSocketServer server = new LocalWebSocketServer(events, false, 1 << 20)) {
            RecordingSink sink = new RecordingSink();
            connector.open(context(server.uri("/subscribe").toString(), "acme", Instant.EPOCH), Cursor.START, sink);

            assertTrue(sink.closed.await(5, TimeUnit.SECONDS));
            assertEquals(Kind.BAD_RESPONSE, sink.reason.get().kind());
            assertTrue(sink.reason.get().getMessage().contains("event 3"), sink.reason.get().getMessage());
            assertEquals(1, sink.items.size(), "what came before is kept");
        }
    }

    @Test
    void anUnreachableJetstreamClosesTheSink() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        RecordingSink sink = new RecordingSink();
        connector.open(context("ws://127.0.0.1:" + port + "/subscribe", "acme", Instant.EPOCH), Cursor.START, sink);

        assertTrue(sink.closed.await(5, TimeUnit.SECONDS));
        assertEquals(Kind.UNAVAILABLE, sink.reason.get().kind());
        ConnectorException polled = assertThrows(ConnectorException.class, () -> connector.poll(
                context("ws://127.0.0.1:" + port + "/subscribe", "acme", Instant.EPOCH), Cursor.START));
        assertEquals(Kind.UNAVAILABLE, polled.kind());
    }

    @Test
    void pollCatchesUpToTheTimeOfTheCall() throws Exception {
        try (LocalWebSocketServer server = new LocalWebSocketServer(recordedEvents(), false, 1 << 20)) {
            // 11:59:52Z: the English post at 11:59:52.500 is the first event past it
            Page page = connector.poll(context(server.uri("/subscribe").toString(), "acme, чайник",
                    Instant.parse("2026-01-15T11:59:52Z")), new Cursor("1768478390000000"));

            assertEquals(1, page.items().size());
            assertEquals("ja", page.items().get(0).language());
            assertEquals(new Cursor("1768478392500107"), page.next());
            assertFalse(page.more());
            assertNull(page.pollAgainIn());
        }
    }

    @Test
    void pollReturnsWhatItReadWhenTheServerCloses() throws Exception {
        try (LocalWebSocketServer server = new LocalWebSocketServer(recordedEvents(), true, 1 << 20)) {
            Page page = connector.poll(context(server.uri("/subscribe").toString(), "acme",
                    Instant.parse("2026-01-15T12:30:00Z")), Cursor.START);

            assertEquals(2, page.items().size());
            assertEquals(new Cursor("1768478394100220"), page.next(), "the cursor passes the last event, a delete");
        }
    }

    static SourceItem item(String text, String language) {
        return new SourceItem("at://did:plc:x/app.bsky.feed.post/" + text.hashCode(), "bluesky", "", "", null, "", text,
                language, "", "", SourceItem.Metrics.UNKNOWN);
    }

    @Test
    void keywordsAreRequiredAndFoldedForJapaneseAndRussian() {
        assertEquals(Kind.CONFIGURATION, assertThrows(ConnectorException.class, () -> connector.open(
                context("wss://jetstream2.us-east.bsky.network/subscribe", " , ", Instant.EPOCH), Cursor.START,
                new RecordingSink())).kind());
        KeywordFilter filter = KeywordFilter.of("ａｃｍｅ, ЧАЙНИК", "ru, ja");
        assertTrue(filter.accepts(item("ACMEのケトル", "ja")));
        assertTrue(filter.accepts(item("новый чайник", "ru")));
        assertFalse(filter.accepts(item("acme kettle", "en")));
    }
}
