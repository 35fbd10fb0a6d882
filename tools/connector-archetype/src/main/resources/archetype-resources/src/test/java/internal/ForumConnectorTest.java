package ${package}.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.time.Instant;
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

/**
 * The connector against recorded answers of a Discourse forum. The six methods the contract asks for come first;
 * the inherited tests check paging, cursors, errors and timeouts. Below them: tests of this connector's details.
 */
class ForumConnectorTest extends SourceConnectorContract {

    @Override
    protected SourceConnector connector() {
        return new ForumConnector();
    }

    @Override
    protected Map<String, ?> settings(URI base) {
        return Map.of("baseUrl", base.toString(), "query", "acme", "apiUsername", "chorus",
                "apiKey", "d4f8a1c2e9b7-recorded-test-key");
    }

    @Override
    protected void serveFirstPoll(ReplayServer server) {
        serveSearch(server, "first-page1.json", "first-page2.json");
    }

    @Override
    protected void serveLaterPoll(ReplayServer server) {
        serveSearch(server, "later-page1.json", "later-page2.json", "later-page3.json");
    }

    @Override
    protected void serveAll(ReplayServer server, Reply reply) {
        server.on("GET", "/search.json").reply(reply);
    }

    @Override
    protected Reply wrongTypes() {
        return recorded("wrong-types.json");
    }

    /** Page n answers requests with page=n. */
    private static void serveSearch(ReplayServer server, String... pages) {
        for (int n = 1; n <= pages.length; n++) {
            String number = Integer.toString(n);
            server.on("GET", "/search.json", request -> number.equals(request.queryParam("page")))
                    .reply(recorded(pages[n - 1]));
        }
    }

    private static Reply recorded(String name) {
        return Reply.resource(200, "application/json; charset=utf-8", ForumConnectorTest.class, name);
    }

    // ---- this connector's details ------------------------------------------------------------------------------

    @Test
    void readsAPostWithItsTopic() {
        serveFirstPoll(server);
        SourceItem first = poll(Cursor.START).items().getFirst();
        assertEquals("90961", first.id());
        assertEquals(server.uri() + "/t/where-to-buy-k3-filter/1063/1", first.url());
        assertEquals("Where to buy a K3 filter?", first.title());
        assertEquals("p.nowak", first.author());
        assertEquals(Instant.parse("2026-01-14T10:51:02.045Z"), first.published());
        assertEquals("1063", first.threadId());
        assertEquals(1, first.metrics().likes());
    }

    @Test
    void stripsHighlightsAndEntities() {
        serveFirstPoll(server);
        List<SourceItem> items = walk(Cursor.START).stream().flatMap(page -> page.items().stream()).toList();
        assertEquals("The lid hinge of my Acme K2 cracked after a year. Is that covered by the warranty?",
                items.stream().filter(item -> item.id().equals("90587")).findFirst().orElseThrow().text());
    }

    @Test
    void searchesNewestFirstWithTheApiKey() {
        serveFirstPoll(server);
        poll(Cursor.START);
        var request = server.requests().getFirst();
        assertEquals("acme order:latest", request.queryParam("q"));
        assertEquals("d4f8a1c2e9b7-recorded-test-key", request.header("Api-Key"));
        assertEquals("chorus", request.header("Api-Username"));
    }

    @Test
    void aLaterPollStopsAtTheNewestPostDeliveredBefore() {
        serveFirstPoll(server);
        Page last = walk(Cursor.START).getLast();
        server.reset();
        serveLaterPoll(server);
        assertEquals(List.of("91176", "91120", "90961"), walk(last.next()).stream()
                .flatMap(page -> page.items().stream()).map(SourceItem::id).toList());
    }
}
