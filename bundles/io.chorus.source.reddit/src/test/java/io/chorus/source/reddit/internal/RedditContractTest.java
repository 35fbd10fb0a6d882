package io.chorus.source.reddit.internal;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import io.chorus.source.api.SourceConnector;
import io.chorus.source.testkit.ReplayServer;
import io.chorus.source.testkit.Reply;
import io.chorus.source.testkit.SourceConnectorContract;

/**
 * The connector contract, against recorded Reddit listings served by the {@code after} each request asks for. No
 * User-Agent suffix and no account are set, so the connector sends exactly the context's User-Agent as the contract
 * expects.
 */
class RedditContractTest extends SourceConnectorContract {

    private static final String TOKEN_PATH = "/api/v1/access_token";
    private static final String SEARCH = "/search";

    @Override
    protected SourceConnector connector() {
        return new RedditConnector();
    }

    @Override
    protected Map<String, ?> settings(URI base) {
        return Map.of("query", "yandex", "clientId", "p-jcoLKBynTLew", "clientSecret", "gko_LXELoV07ZBNUXrvWZfzE3aI",
                "authUrl", base.toString(), "apiUrl", base.toString());
    }

    @Override
    protected Clock clock() {
        return Clock.fixed(Instant.parse("2026-11-25T00:00:00Z"), ZoneOffset.UTC);
    }

    @Override
    protected void serveFirstPoll(ReplayServer server) {
        servePages(server, "search-page1.json", "t3_1h0c9xk", "search-page2.json");
    }

    /** The newest post now comes first; the first page reaches the last poll's newest post, where resuming stops. */
    @Override
    protected void serveLaterPoll(ReplayServer server) {
        servePages(server, "search-next-round.json", "t3_1h0e7ab", "search-later-page2.json");
    }

    /** Two search pages, told apart by the {@code after} the request asks for. */
    private static void servePages(ReplayServer server, String firstPage, String after, String secondPage) {
        grantTokens(server);
        server.on("GET", SEARCH, request -> after.equals(request.queryParam("after"))).reply(recorded(secondPage));
        server.on("GET", SEARCH).reply(recorded(firstPage));
    }

    /**
     * A broken 200 goes to the searches (after a good sign-in, so the listing parser meets it); refusals, errors and
     * hangs go to the sign-in as well, which is where a wrong secret or a busy Reddit shows first.
     */
    @Override
    protected void serveAll(ReplayServer server, Reply reply) {
        if (reply.statusCode() == 200 && !reply.hangs()) {
            grantTokens(server);
        } else {
            server.on("POST", TOKEN_PATH).reply(reply);
        }
        server.on("GET", SEARCH).reply(reply);
    }

    @Override
    protected Reply wrongTypes() {
        return Reply.json(200, "{\"kind\":\"Listing\",\"data\":{\"after\":null,\"children\":[{\"kind\":\"t3\","
                + "\"data\":{\"name\":{\"id\":\"1h0fq2m\"},\"created_utc\":\"yesterday\",\"title\":[\"YDB\"],"
                + "\"score\":\"57\"}}]}}");
    }

    private static void grantTokens(ReplayServer server) {
        server.on("POST", TOKEN_PATH).reply(Reply.resource(200, "application/json; charset=UTF-8",
                RedditContractTest.class, "token.json"));
    }

    private static Reply recorded(String name) {
        return Reply.resource(200, "application/json; charset=UTF-8", RedditContractTest.class, name)
                .header("x-ratelimit-remaining", "598.0").header("x-ratelimit-used", "2")
                .header("x-ratelimit-reset", "417");
    }
}
