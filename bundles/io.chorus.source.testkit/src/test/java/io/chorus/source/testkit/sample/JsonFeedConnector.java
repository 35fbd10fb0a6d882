package io.chorus.source.testkit.sample;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.chorus.source.api.ConnectorContext;
import io.chorus.source.api.ConnectorException;
import io.chorus.source.api.ConnectorException.Kind;
import io.chorus.source.api.ConnectorInfo;
import io.chorus.source.api.Cursor;
import io.chorus.source.api.Page;
import io.chorus.source.api.RateLimit;
import io.chorus.source.api.SourceConnector;
import io.chorus.source.api.SourceItem;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sample connector the contract is proven with: reads a JSON Feed 1.1, newest first, following
 * {@code next_url} to older pages. Its cursor remembers the newest date delivered (the mark); a later poll walks
 * the feed until it reaches the mark, re-delivering the item at the mark (at-least-once).
 */
public class JsonFeedConnector implements SourceConnector {

    static final String SETTINGS_PID = "io.chorus.source.testkit.sample.jsonfeed";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final ConnectorInfo INFO = new ConnectorInfo("jsonfeed", "JSON Feed",
            "Items of a feed in the JSON Feed format", Set.of("web"), SETTINGS_PID, JsonFeedSettings.class,
            Set.of("token"), RateLimit.perMinute(60), Duration.ofMinutes(15));

    @Override
    public ConnectorInfo info() {
        return INFO;
    }

    @Override
    public Page poll(ConnectorContext context, Cursor cursor) throws ConnectorException, InterruptedException {
        JsonFeedSettings settings = context.settings(JsonFeedSettings.class);
        FeedCursor at = FeedCursor.parse(cursor);
        String url = at.next().isEmpty() ? settings.feed_url() : at.next();
        JsonNode feed = fetch(context, settings, url);
        List<SourceItem> items = new ArrayList<>();
        boolean reachedMark = false;
        Instant top = at.top();
        try {
            for (JsonNode node : feed.path("items").values()) {
                SourceItem item = item(node);
                if (item.published() != null && at.mark() != null && item.published().isBefore(at.mark())) {
                    reachedMark = true;
                    continue;
                }
                items.add(item);
                if (item.published() != null && (top == null || item.published().isAfter(top))) {
                    top = item.published();
                }
            }
            String next = feed.path("next_url").isMissingNode() ? "" : feed.path("next_url").stringValue();
            if (!next.isEmpty() && !reachedMark) {
                return Page.more(items, new FeedCursor(at.mark(), top, next).toCursor());
            }
            return Page.last(items, new FeedCursor(top != null ? top : at.mark(), null, "").toCursor());
        } catch (JacksonException | DateTimeParseException | IllegalArgumentException e) {
            throw new ConnectorException(Kind.BAD_RESPONSE, "The feed " + url + " is not a valid JSON Feed ("
                    + e.getMessage() + "); it will be read again at the next poll", e);
        }
    }

    @Override
    public String check(ConnectorContext context) throws ConnectorException, InterruptedException {
        JsonFeedSettings settings = context.settings(JsonFeedSettings.class);
        JsonNode feed = fetch(context, settings, settings.feed_url());
        return "Feed found: " + feed.path("title").asString("(untitled)") + ", "
                + feed.path("items").size() + " items on its first page";
    }

    private static SourceItem item(JsonNode node) {
        String id = node.path("id").stringValue();
        String published = node.path("date_published").isMissingNode() ? null
                : node.path("date_published").stringValue();
        JsonNode authors = node.path("authors");
        return SourceItem.of(id, "web", node.path("url").stringValue(""),
                authors.isArray() && !authors.isEmpty() ? authors.get(0).path("name").stringValue("") : "",
                published == null ? null : Instant.parse(published), node.path("title").stringValue(""),
                node.path("content_text").stringValue(""));
    }

    private static JsonNode fetch(ConnectorContext context, JsonFeedSettings settings, String url)
            throws ConnectorException, InterruptedException {
        HttpRequest.Builder request;
        try {
            request = HttpRequest.newBuilder(URI.create(url));
        } catch (IllegalArgumentException e) {
            throw new ConnectorException(Kind.CONFIGURATION, "The feed URL '" + url + "' is not a URL; correct it "
                    + "in the source's settings");
        }
        request.timeout(context.requestTimeout()).header("User-Agent", context.userAgent())
                .header("Accept", "application/feed+json, application/json");
        if (!settings.token().isEmpty()) {
            request.header("Authorization", "Bearer " + settings.token());
        }
        HttpResponse<byte[]> response;
        try {
            response = context.http().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            throw new ConnectorException(Kind.UNAVAILABLE, url + " did not answer within "
                    + context.requestTimeout() + "; Chorus will try again", e);
        } catch (IOException e) {
            throw new ConnectorException(Kind.UNAVAILABLE, "Cannot reach " + url + ": " + e.getMessage(), e);
        }
        int status = response.statusCode();
        if (status == 429) {
            throw ConnectorException.rateLimited("The feed server asks to slow down",
                    response.headers().firstValue("Retry-After").map(JsonFeedConnector::seconds).orElse(null));
        }
        if (status == 401 || status == 403) {
            throw new ConnectorException(Kind.AUTHENTICATION, url + " refused the access token (HTTP " + status
                    + "); enter a valid token in the source's settings");
        }
        if (status == 404 || status == 410) {
            throw new ConnectorException(Kind.CONFIGURATION, "There is no feed at " + url + " (HTTP " + status
                    + "); check the feed URL in the source's settings");
        }
        if (status != 200) {
            throw new ConnectorException(Kind.UNAVAILABLE, url + " answered HTTP " + status + "; Chorus will try again");
        }
        try {
            JsonNode feed = JSON.readTree(response.body());
            if (!feed.path("version").asString("").startsWith("https://jsonfeed.org/version/")) {
                throw new ConnectorException(Kind.BAD_RESPONSE, url + " answered something that is not a JSON Feed"
                        + " (no jsonfeed.org version)");
            }
            if (!feed.path("items").isArray()) {
                throw new ConnectorException(Kind.BAD_RESPONSE, url + " answered a JSON Feed whose \"items\" is not "
                        + "a list");
            }
            return feed;
        } catch (JacksonException e) {
            throw new ConnectorException(Kind.BAD_RESPONSE, url + " answered with broken JSON at "
                    + e.getLocation() + "; it will be read again at the next poll", e);
        }
    }

    private static Duration seconds(String retryAfter) {
        try {
            return Duration.ofSeconds(Long.parseLong(retryAfter.trim()));
        } catch (NumberFormatException e) {
            return null; // an HTTP date: back off by the default
        }
    }

    /** mark: the newest date delivered before this walk; top: the newest of this walk; next: the page to read. */
    record FeedCursor(Instant mark, Instant top, String next) {

        static FeedCursor parse(Cursor cursor) {
            if (cursor.isStart()) {
                return new FeedCursor(null, null, "");
            }
            String[] parts = cursor.value().split("\n", -1);
            return new FeedCursor(instant(parts[0]), instant(parts[1]), parts[2]);
        }

        Cursor toCursor() {
            return new Cursor(text(mark) + "\n" + text(top) + "\n" + next);
        }

        private static Instant instant(String text) {
            return text.isEmpty() ? null : Instant.parse(text);
        }

        private static String text(Instant instant) {
            return instant == null ? "" : instant.toString();
        }
    }
}
