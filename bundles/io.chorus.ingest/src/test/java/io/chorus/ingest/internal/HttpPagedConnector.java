package io.chorus.ingest.internal;

import io.chorus.source.api.ConnectorContext;
import io.chorus.source.api.ConnectorException;
import io.chorus.source.api.ConnectorInfo;
import io.chorus.source.api.Cursor;
import io.chorus.source.api.Page;
import io.chorus.source.api.RateLimit;
import io.chorus.source.api.SourceConnector;
import io.chorus.source.api.SourceItem;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * A connector for a JSON API that pages with an opaque "next" token, like most platform APIs:
 * {@code GET <api>?after=<token>} answers {@code {"items": [...], "next": "...", "more": true}}.
 */
final class HttpPagedConnector implements SourceConnector {

    @interface Settings {
        String api();
    }

    private static final ConnectorInfo INFO = new ConnectorInfo("paged-json", "Paged JSON API",
            "Posts from a JSON API that pages with a token", Set.of("web"), "io.chorus.test.paged", Settings.class,
            Set.of(), RateLimit.NONE, Duration.ofMinutes(1));

    @Override
    public ConnectorInfo info() {
        return INFO;
    }

    @Override
    public Page poll(ConnectorContext context, Cursor cursor) throws ConnectorException, InterruptedException {
        String api = context.settings(Settings.class).api();
        HttpRequest request = HttpRequest.newBuilder(URI.create(api + "?after=" + cursor.value()))
                .timeout(context.requestTimeout()).header("User-Agent", context.userAgent()).GET().build();
        HttpResponse<String> response;
        try {
            response = context.http().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new ConnectorException(ConnectorException.Kind.UNAVAILABLE, "the API did not answer: " + e, e);
        }
        if (response.statusCode() != 200) {
            throw new ConnectorException(ConnectorException.Kind.UNAVAILABLE, "HTTP " + response.statusCode());
        }
        JsonNode root = SourceFiles.MAPPER.readTree(response.body());
        List<SourceItem> items = new ArrayList<>();
        for (JsonNode post : root.path("items")) {
            items.add(SourceItem.of(post.path("id").asString(), "web", post.path("url").asString(),
                    post.path("author").asString(), Instant.parse(post.path("created_at").asString()), "",
                    post.path("text").asString()));
        }
        Cursor next = new Cursor(root.path("next").asString());
        return root.path("more").asBoolean() ? Page.more(items, next) : Page.last(items, next);
    }

    @Override
    public String check(ConnectorContext context) {
        return "ok";
    }
}
