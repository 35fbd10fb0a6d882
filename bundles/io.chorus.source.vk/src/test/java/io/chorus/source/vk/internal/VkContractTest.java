package io.chorus.source.vk.internal;

import java.net.URI;
import java.util.Map;

import io.chorus.source.api.SourceConnector;
import io.chorus.source.testkit.ReplayServer;
import io.chorus.source.testkit.Reply;
import io.chorus.source.testkit.SourceConnectorContract;

/** VK's newsfeed.search against recorded answers; VK takes parameters in a POST form, so routes read the body. */
class VkContractTest extends SourceConnectorContract {

    private static final String SEARCH = "/method/newsfeed.search";

    @Override
    protected SourceConnector connector() {
        return new VkConnector();
    }

    @Override
    protected Map<String, ?> settings(URI base) {
        return Map.of("accessToken", "vk1.a.contract-token-4f9a", "apiBase", base + "/method", "mode",
                "newsfeed.search", "query", "acme OR акме");
    }

    private static Reply recorded(String name) {
        return Reply.resource(200, "application/json; charset=utf-8", VkContractTest.class, "/vk/" + name);
    }

    @Override
    protected void serveFirstPoll(ReplayServer server) {
        server.on("POST", SEARCH, r -> VkConnectorTest.form(r, "start_from") != null)
                .reply(recorded("search-page2.json"));
        server.on("POST", SEARCH).reply(recorded("search-page1.json"));
    }

    @Override
    protected void serveLaterPoll(ReplayServer server) {
        server.on("POST", SEARCH, r -> VkConnectorTest.form(r, "start_from") != null)
                .reply(recorded("search-page2.json"));
        server.on("POST", SEARCH, r -> "1768476600".equals(VkConnectorTest.form(r, "start_time")))
                .reply(recorded("search-since-1768476600.json"));
        server.on("POST", SEARCH).reply(recorded("search-later-page1.json"));
    }

    @Override
    protected void serveAll(ReplayServer server, Reply reply) {
        server.on("POST", SEARCH).reply(reply);
        server.on("POST", "/method/wall.get").reply(reply);
    }

    @Override
    protected Reply wrongTypes() {
        return recorded("search-wrong-types.json");
    }
}
