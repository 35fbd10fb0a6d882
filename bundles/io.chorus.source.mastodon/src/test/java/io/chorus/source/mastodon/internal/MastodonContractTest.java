package io.chorus.source.mastodon.internal;

import java.net.URI;
import java.util.Map;

import io.chorus.source.api.SourceConnector;
import io.chorus.source.testkit.ReplayServer;
import io.chorus.source.testkit.Reply;
import io.chorus.source.testkit.SourceConnectorContract;

/** The connector contract on a hashtag timeline: two pages of history, then one new status on top. */
class MastodonContractTest extends SourceConnectorContract {

    static final String TAG = "/api/v1/timelines/tag/acme";

    @Override
    protected SourceConnector connector() {
        return new MastodonConnector();
    }

    @Override
    protected Map<String, ?> settings(URI base) {
        return Map.of("instanceUrl", base.toString(), "mode", "hashtag", "query", "acme", "pageSize", 3,
                "historyPages", 5, "accessToken", "contract-secret-token");
    }

    static Reply page(String resource, String link) {
        Reply reply = Reply.resource(200, "application/json; charset=utf-8", MastodonContractTest.class,
                "/mastodon/" + resource).header("X-RateLimit-Limit", "300").header("X-RateLimit-Remaining", "290")
                .header("X-RateLimit-Reset", "2026-01-15T12:05:00.000Z");
        return link == null ? reply : reply.header("Link", link);
    }

    static String links(URI base, String maxId, String minId) {
        return "<" + base + TAG + "?limit=3&max_id=" + maxId + ">; rel=\"next\", <" + base + TAG + "?limit=3&min_id="
                + minId + ">; rel=\"prev\"";
    }

    @Override
    protected void serveFirstPoll(ReplayServer server) {
        server.on("GET", TAG, r -> r.queryParam("max_id") == null && r.queryParam("min_id") == null).reply(page(
                "tag-acme-newest.json", links(server.uri(), "113520899105843921", "113520940383372245")));
        server.on("GET", TAG, r -> "113520899105843921".equals(r.queryParam("max_id")))
                .reply(page("tag-acme-older.json", null));
        server.on("GET", "/api/v1/instance").reply(page("instance.json", null));
    }

    @Override
    protected void serveLaterPoll(ReplayServer server) {
        server.on("GET", TAG, r -> r.queryParam("max_id") == null && r.queryParam("min_id") == null).reply(page(
                "tag-acme-later-newest.json", links(server.uri(), "113520921870551342", "113520977204417730")));
        server.on("GET", TAG, r -> "113520921870551342".equals(r.queryParam("max_id")))
                .reply(page("tag-acme-later-older.json", null));
        server.on("GET", TAG, r -> "113520940383372245".equals(r.queryParam("min_id")))
                .reply(page("tag-acme-after.json", null));
    }

    @Override
    protected void serveAll(ReplayServer server, Reply reply) {
        server.on("GET", TAG).reply(reply);
        server.on("GET", "/api/v1/instance").reply(reply);
    }

    @Override
    protected Reply wrongTypes() {
        return Reply.json(200, "[{\"id\": {\"$oid\": \"113520940383372245\"}, \"uri\": 113520940383372245, "
                + "\"created_at\": 1768478282, \"content\": [\"<p>Купил чайник</p>\"], \"account\": \"ivan_petrov\"}]");
    }
}
