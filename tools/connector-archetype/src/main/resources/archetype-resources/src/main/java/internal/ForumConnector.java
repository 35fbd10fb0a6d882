package ${package}.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import io.chorus.source.api.ConnectorContext;
import io.chorus.source.api.ConnectorException;
import io.chorus.source.api.ConnectorException.Kind;
import io.chorus.source.api.ConnectorInfo;
import io.chorus.source.api.Cursor;
import io.chorus.source.api.Page;
import io.chorus.source.api.RateLimit;
import io.chorus.source.api.SourceConnector;
import io.chorus.source.api.SourceItem;

/**
 * Posts of a Discourse forum that match a search. A poll asks for the newest matches and walks older pages until
 * it reaches the newest post delivered before; that post is delivered again (at-least-once), none is skipped.
 */
@Component(service = SourceConnector.class)
public final class ForumConnector implements SourceConnector {

    static final String CONNECTOR_ID = "${connectorId}";
    static final String SETTINGS_PID = "${package}.settings";

    /** Discourse's default: 60 requests a minute per user or address. */
    private static final ConnectorInfo INFO = new ConnectorInfo(CONNECTOR_ID, "Discourse forum search",
            "Posts of a Discourse forum that match a search", Set.of(CONNECTOR_ID), SETTINGS_PID,
            ForumSettings.class, Set.of("apiKey"), RateLimit.perMinute(60), Duration.ofMinutes(10));

    @Activate
    public ForumConnector() {
        // stateless: everything a poll needs is in its context and cursor
    }

    @Override
    public ConnectorInfo info() {
        return INFO;
    }

    @Override
    public String rateScope(ConnectorContext context) {
        // Discourse limits per forum, so sources on different forums do not share a budget
        try {
            return CONNECTOR_ID + ":" + URI.create(baseUrl(context.settings(ForumSettings.class))).getHost();
        } catch (RuntimeException e) {
            return CONNECTOR_ID; // a bad address; poll() reports it
        }
    }

    @Override
    public Page poll(ConnectorContext context, Cursor cursor) throws ConnectorException, InterruptedException {
        ForumSettings settings = context.settings(ForumSettings.class);
        SearchCursor at;
        try {
            at = SearchCursor.parse(cursor);
        } catch (IllegalArgumentException e) {
            throw new ConnectorException(Kind.CONFIGURATION, "The stored position of this source cannot be read ("
                    + e.getMessage() + "); reset the source to start over", e);
        }
        int page = Math.max(1, at.page());
        DiscourseSearch.Result result = search(context, settings, page);
        List<SourceItem> fresh = new ArrayList<>();
        boolean reachedMark = false;
        Instant newest = null;
        for (SourceItem item : result.items()) {
            if (at.mark() != null && item.published().isBefore(at.mark())) {
                reachedMark = true;
                continue;
            }
            fresh.add(item);
            newest = newest == null || item.published().isAfter(newest) ? item.published() : newest;
        }
        if (result.more() && !reachedMark) {
            return Page.more(fresh, at.continueOn(page + 1, newest).toCursor());
        }
        return Page.last(fresh, at.finish(newest).toCursor());
    }

    @Override
    public String check(ConnectorContext context) throws ConnectorException, InterruptedException {
        ForumSettings settings = context.settings(ForumSettings.class);
        DiscourseSearch.Result result = search(context, settings, 1);
        return "Forum found: " + result.items().size() + " recent posts match \"" + settings.query() + "\""
                + (result.more() ? " on the first page, and there are more" : "");
    }

    private static DiscourseSearch.Result search(ConnectorContext context, ForumSettings settings, int page)
            throws ConnectorException, InterruptedException {
        String base = baseUrl(settings);
        URI uri;
        try {
            uri = URI.create(base + "/search.json?q="
                    + URLEncoder.encode(settings.query() + " order:latest", StandardCharsets.UTF_8) + "&page=" + page);
        } catch (IllegalArgumentException e) {
            throw new ConnectorException(Kind.CONFIGURATION, "The forum address '" + settings.baseUrl()
                    + "' is not a web address; enter it as https://forum.example.com", e);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(context.requestTimeout())
                .header("User-Agent", context.userAgent()).header("Accept", "application/json");
        if (!settings.apiKey().isEmpty()) {
            request.header("Api-Key", settings.apiKey()).header("Api-Username", settings.apiUsername());
        }
        HttpResponse<String> response;
        try {
            response = context.http().send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw new ConnectorException(Kind.UNAVAILABLE, base + " did not answer within "
                    + context.requestTimeout().toSeconds() + " s; Chorus will try again", e);
        } catch (IOException e) {
            throw new ConnectorException(Kind.UNAVAILABLE, "Cannot reach " + base + " (" + e.getMessage()
                    + "); Chorus will try again", e);
        }
        failOnError(base, response);
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        if (!contentType.toLowerCase(Locale.ROOT).contains("json")) {
            throw new ConnectorException(Kind.BAD_RESPONSE, base + " answered " + (contentType.isEmpty()
                    ? "without a content type" : contentType) + " instead of JSON: is it a Discourse forum? "
                    + "Chorus will try again");
        }
        try {
            return DiscourseSearch.parse(response.body(), base, CONNECTOR_ID);
        } catch (Json.JsonException e) {
            throw new ConnectorException(Kind.BAD_RESPONSE, base + " answered a search result Chorus cannot read: "
                    + e.getMessage() + "; Chorus will try again", e);
        }
    }

    private static void failOnError(String base, HttpResponse<String> response) throws ConnectorException {
        int status = response.statusCode();
        if (status == 429) {
            Duration wait = response.headers().firstValue("Retry-After").map(ForumConnector::seconds).orElse(null);
            throw ConnectorException.rateLimited(base + " asks to slow down"
                    + (wait == null ? "" : " for " + wait.toSeconds() + " s"), wait);
        }
        if (status == 401 || status == 403) {
            throw new ConnectorException(Kind.AUTHENTICATION, base + " refused the API key (HTTP " + status
                    + "); check the API user and key in the source's settings");
        }
        if (status == 404) {
            throw new ConnectorException(Kind.CONFIGURATION, base + " has no search (HTTP 404); check that the "
                    + "forum address points at a Discourse forum");
        }
        if (status >= 500) {
            throw new ConnectorException(Kind.UNAVAILABLE, base + " failed (HTTP " + status
                    + "); Chorus will try again");
        }
        if (status != 200) {
            throw new ConnectorException(Kind.CONFIGURATION, base + " refused the search (HTTP " + status
                    + "); check the search in the source's settings");
        }
    }

    private static Duration seconds(String retryAfter) {
        try {
            return Duration.ofSeconds(Long.parseLong(retryAfter.strip()));
        } catch (NumberFormatException e) {
            return null; // an HTTP date; Chorus backs off on its own
        }
    }

    private static String baseUrl(ForumSettings settings) {
        String base = settings.baseUrl().strip();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
