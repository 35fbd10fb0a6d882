package io.chorus.source.hackernews.internal;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import io.chorus.source.api.SourceConnector;
import io.chorus.source.testkit.RecordedRequest;
import io.chorus.source.testkit.ReplayServer;
import io.chorus.source.testkit.Reply;
import io.chorus.source.testkit.SourceConnectorContract;

/** The connector contract, against recorded Algolia answers served by what each request asks for. */
class HackerNewsContractTest extends SourceConnectorContract {

    private static final String SEARCH = "/api/v1/search_by_date";
    /** The newest second of the first poll: a resumed source asks from it. */
    private static final String RESUME_FILTER = "created_at_i>=1795511645";

    @Override
    protected SourceConnector connector() {
        return new HackerNewsConnector();
    }

    @Override
    protected Map<String, ?> settings(URI base) {
        return Map.of("query", "yandex", "baseUrl", base.toString(), "hitsPerPage", 3);
    }

    @Override
    protected Clock clock() {
        return Clock.fixed(Instant.parse("2026-11-25T00:00:00Z"), ZoneOffset.UTC);
    }

    @Override
    protected void serveFirstPoll(ReplayServer server) {
        server.on("GET", SEARCH, HackerNewsContractTest::secondPage).reply(recorded("search-page1.json"));
        server.on("GET", SEARCH).reply(recorded("search-page0.json"));
    }

    @Override
    protected void serveLaterPoll(ReplayServer server) {
        server.on("GET", SEARCH, request -> RESUME_FILTER.equals(request.queryParam("numericFilters")))
                .reply(recorded("search-next-round.json"));
        server.on("GET", SEARCH, HackerNewsContractTest::secondPage).reply(recorded("search-later-page1.json"));
        server.on("GET", SEARCH).reply(recorded("search-later-page0.json"));
    }

    private static boolean secondPage(RecordedRequest request) {
        return "1".equals(request.queryParam("page"));
    }

    @Override
    protected void serveAll(ReplayServer server, Reply reply) {
        server.on("GET", SEARCH).reply(reply);
    }

    @Override
    protected Reply wrongTypes() {
        return Reply.json(200, "{\"hits\":[{\"objectID\":{\"id\":42219905},\"created_at_i\":\"2026-11-24\","
                + "\"author\":[\"ivanov_a\"],\"comment_text\":17}],\"page\":\"0\",\"nbPages\":1,\"nbHits\":1}");
    }

    private static Reply recorded(String name) {
        return Reply.resource(200, "application/json; charset=utf-8", HackerNewsContractTest.class, name);
    }
}
