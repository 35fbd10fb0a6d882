package io.chorus.source.testkit.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.chorus.source.api.Cursor;
import io.chorus.source.api.Page;
import io.chorus.source.api.SourceConnector;
import io.chorus.source.api.SourceItem;
import io.chorus.source.testkit.ReplayServer;
import io.chorus.source.testkit.Reply;
import io.chorus.source.testkit.SourceConnectorContract;

/** The sample connector keeps the contract: the six methods below are all a connector test needs. */
class JsonFeedConnectorTest extends SourceConnectorContract {

    @Override
    protected SourceConnector connector() {
        return new JsonFeedConnector();
    }

    @Override
    protected Map<String, ?> settings(URI base) {
        return Map.of("feed.url", base + "/feed.json", "token", "jf-7c1d9a0e-secret");
    }

    @Override
    protected void serveFirstPoll(ReplayServer server) {
        serveFeed(server, "first-page1.json", "first-page2.json");
    }

    @Override
    protected void serveLaterPoll(ReplayServer server) {
        serveFeed(server, "later-page1.json", "later-page2.json", "later-page3.json");
    }

    @Override
    protected void serveAll(ReplayServer server, Reply reply) {
        server.on("GET", "/feed.json").reply(reply);
    }

    @Override
    protected Reply wrongTypes() {
        return page("wrong-types.json");
    }

    /** Page 1 at /feed.json, page n at /feed.json?page=n, as next_url links them. */
    private void serveFeed(ReplayServer server, String... pages) {
        server.on("GET", "/feed.json").reply(page(pages[0]).replace("{{base}}", server.uri().toString()));
        for (int n = 2; n <= pages.length; n++) {
            String number = Integer.toString(n);
            server.on("GET", "/feed.json", request -> number.equals(request.queryParam("page")))
                    .reply(page(pages[n - 1]).replace("{{base}}", server.uri().toString()));
        }
    }

    private static Reply page(String name) {
        return Reply.resource(200, "application/feed+json", JsonFeedConnectorTest.class, name);
    }

    @Test
    void readsEveryFieldOfAnItem() {
        serveFirstPoll(server);
        SourceItem first = poll(Cursor.START).items().getFirst();
        assertEquals(SourceItem.of("1063", "web",
                "https://forum.acme-kettles.example/t/where-to-buy-k3-filter/1063", "p.nowak",
                java.time.Instant.parse("2026-01-14T10:51:00Z"), "Where to buy a K3 filter?",
                "Does anyone know where to buy a replacement limescale filter for the Acme K3?"), first);
    }

    @Test
    void sendsTheTokenAsBearer() {
        serveFirstPoll(server);
        poll(Cursor.START);
        assertEquals("Bearer jf-7c1d9a0e-secret", server.requests().getFirst().header("Authorization"));
    }

    @Test
    void aLaterPollStopsAtTheMark() {
        serveFirstPoll(server);
        List<Page> first = walk(Cursor.START);
        server.reset();
        serveLaterPoll(server);
        List<String> ids = walk(first.getLast().next()).stream().flatMap(p -> p.items().stream())
                .map(SourceItem::id).toList();
        assertEquals(List.of("1072", "1070", "1063"), ids);
    }
}
