package io.chorus.source.bluesky.internal;

import java.net.URI;
import java.util.Map;

import io.chorus.source.api.SourceConnector;
import io.chorus.source.testkit.ReplayServer;
import io.chorus.source.testkit.Reply;
import io.chorus.source.testkit.SourceConnectorContract;

/**
 * The connector contract on the search: two pages of history, later two new posts on top. (The Jetstream connector
 * speaks WebSocket, which the contract's HTTP replay cannot serve: JetstreamConnectorTest covers it.)
 */
class BlueskySearchContractTest extends SourceConnectorContract {

    static final String SEARCH = "/xrpc/app.bsky.feed.searchPosts";
    static final String SESSION = "/pds/xrpc/com.atproto.server.createSession";

    @Override
    protected SourceConnector connector() {
        return new BlueskySearchConnector();
    }

    @Override
    protected Map<String, ?> settings(URI base) {
        return Map.of("serviceUrl", base.toString(), "pdsUrl", base + "/pds", "query", "acme", "pageSize", 3,
                "historyPages", 5, "handle", "acme.bsky.social", "appPassword", "contract-app-password");
    }

    static Reply page(String resource) {
        return Reply.resource(200, "application/json; charset=utf-8", BlueskySearchContractTest.class,
                "/bluesky/" + resource).header("RateLimit-Limit", "3000").header("RateLimit-Remaining", "2998")
                .header("RateLimit-Reset", "1768478700").header("RateLimit-Policy", "3000;w=300");
    }

    @Override
    protected void serveFirstPoll(ReplayServer server) {
        server.on("GET", SEARCH, r -> r.queryParam("cursor") == null).reply(page("search-latest.json"));
        server.on("GET", SEARCH, r -> "3".equals(r.queryParam("cursor"))).reply(page("search-older.json"));
    }

    @Override
    protected void serveLaterPoll(ReplayServer server) {
        server.on("GET", SEARCH, r -> r.queryParam("cursor") == null).reply(page("search-newer-page1.json"));
        server.on("GET", SEARCH, r -> "2".equals(r.queryParam("cursor"))).reply(page("search-newer-page2.json"));
        server.on("GET", SEARCH, r -> "4".equals(r.queryParam("cursor"))).reply(page("search-newer-page3.json"));
    }

    @Override
    protected void serveAll(ReplayServer server, Reply reply) {
        server.on("GET", SEARCH).reply(reply);
        server.on("POST", SESSION).reply(reply);
        server.on("GET", "/pds" + SEARCH).reply(reply);
    }

    @Override
    protected Reply wrongTypes() {
        return Reply.json(200, "{\"posts\": [{\"uri\": {\"value\": \"at://did:plc:y3xrmnwvkvsq4tqcsgwch4na/app.bsky."
                + "feed.post/3mbxq4ke3zk2d\"}, \"author\": \"sakura.bsky.social\", \"record\": \"ACMEのケトル\", "
                + "\"likeCount\": \"12\"}], \"cursor\": 3}");
    }
}
