package io.chorus.source.hackernews.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.Designate;

import io.chorus.source.api.ConnectorContext;
import io.chorus.source.api.ConnectorException;
import io.chorus.source.api.ConnectorException.Kind;
import io.chorus.source.api.ConnectorInfo;
import io.chorus.source.api.Cursor;
import io.chorus.source.api.Page;
import io.chorus.source.api.RateLimit;
import io.chorus.source.api.SourceConnector;
import io.chorus.source.api.SourceItem;
import io.chorus.source.hackernews.internal.SearchPage.Hit;
import io.chorus.source.hackernews.internal.SearchPage.MalformedAnswerException;

/**
 * Hacker News stories and comments through the Algolia HN Search API ({@code search_by_date}, newest first). Each
 * round reads from the watermark up to the newest hit of its first page, page by page; see {@link AlgoliaCursor}.
 * <p>
 * The component takes no configuration itself: the sources' settings reach it through {@link ConnectorContext}.
 */
@Component(service = SourceConnector.class, configurationPid = HackerNewsConnector.PID,
        configurationPolicy = ConfigurationPolicy.IGNORE)
@Designate(ocd = HackerNewsSettings.class, factory = true)
public final class HackerNewsConnector implements SourceConnector {

    static final String PID = "io.chorus.source.hackernews";

    /** hn.algolia.com/api: "we limit the number of API requests from a single IP to 10,000 per hour". */
    private static final RateLimit ALGOLIA_LIMIT = new RateLimit(10_000, Duration.ofHours(1));

    private static final ConnectorInfo INFO = new ConnectorInfo("hackernews", "Hacker News",
            "Stories and comments on Hacker News that match a search (Algolia HN Search API)",
            Set.of(SearchPage.PLATFORM), PID, HackerNewsSettings.class, Set.of(), ALGOLIA_LIMIT,
            Duration.ofMinutes(10));

    @Override
    public ConnectorInfo info() {
        return INFO;
    }

    @Override
    public Page poll(ConnectorContext context, Cursor cursor) throws ConnectorException, InterruptedException {
        HackerNewsSettings settings = validSettings(context);
        AlgoliaCursor at = cursor.isStart()
                ? AlgoliaCursor.watermark(context.clock().instant().getEpochSecond()
                        - Duration.ofDays(settings.lookBackDays()).toSeconds(), Set.of())
                : AlgoliaCursor.decode(cursor);
        SearchPage answer = search(context, settings, at.since(), at.until(), at.inRound() ? at.page() : 0);
        List<SourceItem> items = new ArrayList<>();
        for (Hit hit : answer.hits()) {
            if (hit.createdAt() != at.since() || !at.sinceIds().contains(hit.id())) {
                items.add(hit.item());
            }
        }
        if (!at.inRound()) {
            if (answer.hits().isEmpty()) {
                return Page.last(items, at.encode());
            }
            long top = answer.hits().stream().mapToLong(Hit::createdAt).max().orElseThrow();
            at = new AlgoliaCursor(at.since(), at.sinceIds(), top, 0, top, Set.of());
        }
        Set<String> topIds = new LinkedHashSet<>(at.topIds());
        for (Hit hit : answer.hits()) {
            if (hit.createdAt() == at.top()) {
                topIds.add(hit.id());
            }
        }
        return next(at, answer, topIds, items);
    }

    /** Where the round goes after this page: the next page, below the paging limit, or done. */
    private static Page next(AlgoliaCursor at, SearchPage answer, Set<String> topIds, List<SourceItem> items) {
        if (answer.hasNextPage()) {
            return Page.more(items, at.continueRound(at.until(), answer.page() + 1, topIds).encode());
        }
        if (answer.truncated() && !answer.hits().isEmpty()) {
            // The API reads at most ~1000 hits of one query: continue below the oldest second read so far. Hits of
            // that second come again (delivered twice, never skipped).
            long oldest = answer.hits().stream().mapToLong(Hit::createdAt).min().orElseThrow();
            if (oldest < at.until() || answer.page() > 0) {
                return Page.more(items, at.continueRound(oldest, 0, topIds).encode());
            }
        }
        return Page.last(items, at.finishRound(topIds).encode());
    }

    @Override
    public String check(ConnectorContext context) throws ConnectorException, InterruptedException {
        HackerNewsSettings settings = validSettings(context);
        long weekAgo = context.clock().instant().getEpochSecond() - Duration.ofDays(7).toSeconds();
        SearchPage answer = search(context, settings, weekAgo, -1, 0);
        return "Hacker News search works: " + answer.nbHits() + " " + describe(settings.tags()) + " matched \""
                + settings.query().strip() + "\" in the last 7 days.";
    }

    private static HackerNewsSettings validSettings(ConnectorContext context) throws ConnectorException {
        HackerNewsSettings settings = context.settings(HackerNewsSettings.class);
        if (settings.query() == null || settings.query().isBlank()) {
            throw new ConnectorException(Kind.CONFIGURATION, "The Hacker News source " + context.id()
                    + " has nothing to search for: fill in \"Search\".");
        }
        tagsFilter(settings.tags(), context.id());
        return settings;
    }

    private static String tagsFilter(String tags, String sourceId) throws ConnectorException {
        return switch (tags == null ? "" : tags.strip()) {
            case HackerNewsSettings.BOTH, "" -> "(story,comment)";
            case HackerNewsSettings.STORIES -> "story";
            case HackerNewsSettings.COMMENTS -> "comment";
            default -> throw new ConnectorException(Kind.CONFIGURATION, "The Hacker News source " + sourceId
                    + " collects \"" + tags + "\", which is not one of: stories, comments, both.");
        };
    }

    private static String describe(String tags) {
        return switch (tags) {
            case HackerNewsSettings.STORIES -> "stories";
            case HackerNewsSettings.COMMENTS -> "comments";
            default -> "stories and comments";
        };
    }

    /** One request: hits created in [since, until] (until < 0: no upper bound), newest first. */
    private static SearchPage search(ConnectorContext context, HackerNewsSettings settings, long since, long until,
                                     int page) throws ConnectorException, InterruptedException {
        String filters = "created_at_i>=" + since + (until < 0 ? "" : ",created_at_i<=" + until);
        URI uri = searchUri(settings.baseUrl(), context.id(), "query=" + encode(settings.query().strip())
                + "&tags=" + encode(tagsFilter(settings.tags(), context.id())) + "&numericFilters=" + encode(filters)
                + "&hitsPerPage=" + Math.clamp(settings.hitsPerPage(), 1, 1000) + "&page=" + page);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(context.requestTimeout())
                .header("User-Agent", context.userAgent()).header("Accept", "application/json").GET().build();
        HttpResponse<byte[]> response;
        try {
            response = context.http().send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            throw new ConnectorException(Kind.UNAVAILABLE, "Hacker News search (" + uri.getHost() + ") did not"
                    + " answer within " + context.requestTimeout().toSeconds() + " s; Chorus retries later.", e);
        } catch (IOException e) {
            throw new ConnectorException(Kind.UNAVAILABLE, "Hacker News search (" + uri.getHost()
                    + ") cannot be reached: " + e.getMessage() + "; Chorus retries later.", e);
        }
        failUnlessOk(response, uri);
        try {
            return SearchPage.parse(response.body());
        } catch (MalformedAnswerException e) {
            throw new ConnectorException(Kind.BAD_RESPONSE, "Hacker News search answered " + uri.getPath()
                    + " (page " + page + ") with something that is not a search result: " + e.getMessage()
                    + ". Chorus retries later; report it if it persists.", e);
        }
    }

    private static URI searchUri(String baseUrl, String sourceId, String query) throws ConnectorException {
        String base = baseUrl == null ? "" : baseUrl.strip().replaceAll("/+$", "");
        try {
            URI uri = URI.create(base + "/api/v1/search_by_date?" + query);
            if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new IllegalArgumentException("not an http(s) address");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new ConnectorException(Kind.CONFIGURATION, "The Hacker News source " + sourceId
                    + " has an API address that is not a web address: \"" + baseUrl
                    + "\". Use https://hn.algolia.com or leave it empty.", e);
        }
    }

    private static void failUnlessOk(HttpResponse<byte[]> response, URI uri) throws ConnectorException {
        int status = response.statusCode();
        if (status == 200) {
            return;
        }
        String says = SearchPage.errorMessage(response.body()).map(message -> ": " + message).orElse("");
        if (status == 429) {
            throw ConnectorException.rateLimited("Hacker News search refuses more requests from this address"
                    + " for now (HTTP 429" + says + "); Chorus waits before asking again.", retryAfter(response));
        }
        if (status >= 500) {
            throw new ConnectorException(Kind.UNAVAILABLE, "Hacker News search (" + uri.getHost() + ") fails: HTTP "
                    + status + says + "; Chorus retries later.");
        }
        if (status == 400) {
            throw new ConnectorException(Kind.CONFIGURATION, "Hacker News search rejected the search (HTTP 400"
                    + says + "): check \"Search\" for unbalanced quotes or parentheses.");
        }
        if (status >= 400) {
            throw new ConnectorException(Kind.CONFIGURATION, "There is no HN Search API at " + uri.getScheme()
                    + "://" + uri.getAuthority() + " (HTTP " + status + says + "): check the API address, normally"
                    + " https://hn.algolia.com.");
        }
        throw new ConnectorException(Kind.BAD_RESPONSE, "Hacker News search answered HTTP " + status
                + " instead of a search result; Chorus retries later.");
    }

    private static Duration retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").flatMap(HackerNewsConnector::seconds)
                .orElse(Duration.ofMinutes(1));
    }

    private static Optional<Duration> seconds(String value) {
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value.strip()))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
