package io.chorus.source.telegram.internal;

import java.net.URI;
import java.util.Map;

import io.chorus.source.api.SourceConnector;
import io.chorus.source.testkit.ReplayServer;
import io.chorus.source.testkit.Reply;
import io.chorus.source.testkit.SourceConnectorContract;

/**
 * The preview mode against recorded t.me/s pages. The Bot API mode is covered by {@link TelegramConnectorTest}: its
 * pages hold 100 updates, more than a recording for this contract should.
 */
class TelegramPreviewContractTest extends SourceConnectorContract {

    private static final String CHANNEL = "/s/techgadget_ru";

    @Override
    protected SourceConnector connector() {
        return new TelegramConnector();
    }

    @Override
    protected Map<String, ?> settings(URI base) {
        return Map.of("mode", "preview", "channel", "techgadget_ru", "historyPages", 2, "previewBase",
                base.toString(), "botToken", "7012345678:AAContractSecretNeverShown");
    }

    private static Reply page(String name) {
        return Reply.resource(200, "text/html; charset=utf-8", TelegramPreviewContractTest.class,
                "/telegram/" + name);
    }

    @Override
    protected void serveFirstPoll(ReplayServer server) {
        server.on("GET", CHANNEL, r -> "4811".equals(r.queryParam("before")))
                .reply(page("channel-page-before-4811.html"));
        server.on("GET", CHANNEL).reply(page("channel-page-latest.html"));
    }

    @Override
    protected void serveLaterPoll(ReplayServer server) {
        server.on("GET", CHANNEL, r -> "4813".equals(r.queryParam("before")))
                .reply(page("channel-page-later-before-4813.html"));
        server.on("GET", CHANNEL).reply(page("channel-page-later.html"));
    }

    @Override
    protected void serveAll(ReplayServer server, Reply reply) {
        server.on("GET", CHANNEL).reply(reply);
    }

    @Override
    protected Reply wrongTypes() {
        return page("channel-page-wrong-types.html");
    }
}
