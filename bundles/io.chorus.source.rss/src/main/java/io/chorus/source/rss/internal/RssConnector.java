package io.chorus.source.rss.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import io.chorus.source.rss.internal.feed.Feed;
import io.chorus.source.rss.internal.feed.FeedEntry;
import io.chorus.source.rss.internal.feed.FeedParseException;
import io.chorus.source.rss.internal.feed.FeedParser;

/**
 * Polls RSS and Atom feeds with conditional GETs and delivers the entries not delivered before. Stateless: the
 * validators and the ids already delivered travel in the cursor ({@link FeedCursor}).
 */
@Component(service = SourceConnector.class, configurationPid = RssConnector.PID,
        configurationPolicy = ConfigurationPolicy.IGNORE)
@Designate(ocd = RssSettings.class, factory = true)
public final class RssConnector implements SourceConnector {

    public static final String PID = "io.chorus.source.rss";
    static final String ID = "rss";
    /** Feeds larger than this are not feeds people subscribe to; refusing them bounds memory. */
    static final int MAX_BYTES = 32 * 1024 * 1024;
    private static final String ACCEPT = "application/atom+xml, application/rss+xml, application/rdf+xml;q=0.9,"
            + " application/xml;q=0.8, text/xml;q=0.8, */*;q=0.5";
    /** Built-in platforms whose sites publish feeds, by domain; anything else is "web" unless set. */
    private static final Map<String, String> PLATFORM_BY_DOMAIN = Map.ofEntries(
            Map.entry("youtube.com", "youtube"), Map.entry("youtu.be", "youtube"), Map.entry("habr.com", "habr"),
            Map.entry("vc.ru", "vc"), Map.entry("livejournal.com", "livejournal"), Map.entry("dzen.ru", "dzen"),
            Map.entry("pikabu.ru", "pikabu"), Map.entry("4pda.to", "4pda"), Map.entry("4pda.ru", "4pda"),
            Map.entry("ixbt.com", "ixbt"), Map.entry("reddit.com", "reddit"),
            Map.entry("news.ycombinator.com", "hackernews"), Map.entry("hnrss.org", "hackernews"),
            Map.entry("stackoverflow.com", "stackexchange"), Map.entry("stackexchange.com", "stackexchange"));
    private static final Set<String> PLATFORMS = Set.of("web", "news", "youtube", "habr", "vc", "livejournal",
            "dzen", "pikabu", "4pda", "ixbt", "reddit", "hackernews", "stackexchange");
    private static final ConnectorInfo INFO = new ConnectorInfo(ID, "RSS and Atom feeds",
            "Entries of RSS and Atom feeds: Google Alerts, YouTube channels, forums, news sites and blogs.", PLATFORMS,
            PID, RssSettings.class, Set.of("password"), RateLimit.perSecond(5), Duration.ofMinutes(15));

    @Override
    public ConnectorInfo info() {
        return INFO;
    }

    @Override
    public Page poll(ConnectorContext context, Cursor cursor) throws ConnectorException, InterruptedException {
        RssSettings settings = context.settings(RssSettings.class);
        URI feedUrl = feedUrl(settings);
        String platformOverride = platformOverride(settings);
        FeedCursor state = FeedCursor.read(cursor);
        HttpResponse<byte[]> response = fetch(context, settings, feedUrl, state);
        if (response.statusCode() == 304) {
            return Page.last(List.of(), cursor.isStart() ? state.toCursor() : cursor);
        }
        Feed feed = parse(response, feedUrl);
        List<FeedEntry> fresh = new ArrayList<>();
        for (FeedEntry entry : feed.entries()) {
            boolean empty = entry.title().isEmpty() && entry.text().isEmpty() && entry.link().isEmpty();
            if (!empty && !state.hasSeen(entry.id())) {
                fresh.add(entry);
            }
        }
        // Oldest first, so that a capped poll delivers in order and the rest follow in the next one.
        fresh.sort(Comparator.comparing(FeedEntry::published, Comparator.nullsFirst(Comparator.naturalOrder())));
        int max = Math.max(1, settings.maxItemsPerPoll());
        boolean more = fresh.size() > max;
        List<FeedEntry> delivered = more ? fresh.subList(0, max) : fresh;
        List<SourceItem> items = new ArrayList<>(delivered.size());
        Map<String, Instant> ids = new LinkedHashMap<>();
        for (FeedEntry entry : delivered) {
            items.add(item(entry, feedUrl, platformOverride));
            ids.put(entry.id(), entry.published());
        }
        // While entries are held back, or the feed was cut off, keep the old validators: the next poll must fetch
        // the feed again, not get a 304.
        FeedCursor next = more || !feed.complete() ? state.next(state.etag(), state.lastModified(), ids)
                : state.next(header(response, "ETag"), header(response, "Last-Modified"), ids);
        return more ? Page.more(items, next.toCursor()) : Page.last(items, next.toCursor());
    }

    @Override
    public String check(ConnectorContext context) throws ConnectorException, InterruptedException {
        RssSettings settings = context.settings(RssSettings.class);
        URI feedUrl = feedUrl(settings);
        platformOverride(settings);
        Feed feed = parse(fetch(context, settings, feedUrl, FeedCursor.read(Cursor.START)), feedUrl);
        String title = feed.title().isEmpty() ? feedUrl.getHost() : feed.title();
        String skipped = feed.skipped().isEmpty() ? "" : ", " + feed.skipped().size() + " unreadable";
        return "Feed found: " + title + ", " + feed.entries().size() + " entries" + skipped;
    }

    @Override
    public String rateScope(ConnectorContext context) {
        // Politeness is per site: many feeds of one host share its budget, other hosts are not slowed down.
        try {
            URI url = feedUrl(context.settings(RssSettings.class));
            return ID + ":" + url.getHost().toLowerCase(Locale.ROOT);
        } catch (ConnectorException | RuntimeException e) {
            return ID;
        }
    }

    private static SourceItem item(FeedEntry entry, URI feedUrl, String platformOverride) {
        String platform = platformOverride.isEmpty() ? platformOf(entry.link(), feedUrl) : platformOverride;
        // Ids like "1234" are unique only within their feed; URIs and tags are unique on their own.
        String id = entry.id().contains(":") ? entry.id() : feedUrl + "#" + entry.id();
        SourceItem.Metrics metrics = entry.views() < 0 && entry.likes() < 0 ? SourceItem.Metrics.UNKNOWN
                : new SourceItem.Metrics(-1, entry.likes(), -1, -1, entry.views());
        return new SourceItem(id, platform, entry.link(), entry.author(), entry.published(), entry.title(),
                entry.text(), "", "", "", metrics);
    }

    /** The entry's site decides (Google Alerts links anywhere), then the feed's own host; "web" otherwise. */
    static String platformOf(String link, URI feedUrl) {
        String byLink = platformOfHost(hostOf(link));
        if (byLink != null) {
            return byLink;
        }
        String byFeed = platformOfHost(feedUrl.getHost());
        return byFeed != null ? byFeed : "web";
    }

    private static String platformOfHost(String host) {
        if (host == null) {
            return null;
        }
        String h = host.toLowerCase(Locale.ROOT);
        while (h.contains(".")) {
            String platform = PLATFORM_BY_DOMAIN.get(h);
            if (platform != null) {
                return platform;
            }
            h = h.substring(h.indexOf('.') + 1);
        }
        return null;
    }

    private static String hostOf(String link) {
        try {
            return link.isEmpty() ? null : new URI(link).getHost();
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static URI feedUrl(RssSettings settings) throws ConnectorException {
        String value = settings.feedUrl() == null ? "" : settings.feedUrl().strip();
        if (value.isEmpty()) {
            throw new ConnectorException(Kind.CONFIGURATION, "The feed URL is empty: enter the address of the RSS or"
                    + " Atom feed.");
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new ConnectorException(Kind.CONFIGURATION, "The feed URL \"" + value + "\" is not an http or"
                        + " https address: enter the full address, starting with https://.");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new ConnectorException(Kind.CONFIGURATION, "The feed URL \"" + value + "\" is not a valid address"
                    + " (at position " + e.getIndex() + "): copy it again from the site.", e);
        }
    }

    private static String platformOverride(RssSettings settings) throws ConnectorException {
        String platform = settings.platform() == null ? "" : settings.platform().strip();
        if (!platform.isEmpty() && !PLATFORMS.contains(platform)) {
            throw new ConnectorException(Kind.CONFIGURATION, "The platform \"" + platform + "\" is not one RSS"
                    + " sources can belong to: choose one of " + new java.util.TreeSet<>(PLATFORMS) + " or leave it"
                    + " empty.");
        }
        return platform;
    }

    private static HttpResponse<byte[]> fetch(ConnectorContext context, RssSettings settings, URI feedUrl,
                                              FeedCursor state) throws ConnectorException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(feedUrl).GET().timeout(context.requestTimeout())
                .header("User-Agent", context.userAgent()).header("Accept", ACCEPT);
        if (!state.etag().isEmpty()) {
            request.header("If-None-Match", state.etag());
        }
        if (!state.lastModified().isEmpty()) {
            request.header("If-Modified-Since", state.lastModified());
        }
        String user = settings.username() == null ? "" : settings.username();
        if (!user.isEmpty()) {
            String password = settings.password() == null ? "" : settings.password();
            String token = Base64.getEncoder().encodeToString((user + ":" + password)
                    .getBytes(StandardCharsets.UTF_8));
            request.header("Authorization", "Basic " + token);
        }
        HttpResponse<byte[]> response;
        try {
            response = context.http().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            throw new ConnectorException(Kind.UNAVAILABLE, "The feed " + feedUrl + " did not answer within "
                    + context.requestTimeout().toSeconds() + " s; Chorus will try again later.", e);
        } catch (IOException e) {
            throw new ConnectorException(Kind.UNAVAILABLE, "Could not reach the feed " + feedUrl + ": " + e
                    + ". Chorus will try again later; check the address if it persists.", e);
        }
        int status = response.statusCode();
        if (status == 200 || status == 203 || status == 304) {
            return response;
        }
        Duration retryAfter = retryAfter(header(response, "Retry-After"), context);
        switch (status) {
            case 429 -> throw ConnectorException.rateLimited("The site of " + feedUrl + " asks to slow down (HTTP"
                    + " 429)" + (retryAfter == null ? "" : "; retrying in " + retryAfter.toSeconds() + " s") + ".",
                    retryAfter);
            case 401, 403 -> throw new ConnectorException(Kind.AUTHENTICATION, "The feed " + feedUrl + " refused"
                    + " access (HTTP " + status + "): " + (user.isEmpty() ? "it needs a user name and password"
                    : "check the user name and password") + " in the source's settings.");
            case 404, 410 -> throw new ConnectorException(Kind.CONFIGURATION, "There is no feed at " + feedUrl
                    + " (HTTP " + status + "): check the address; the site may have moved its feed.");
            default -> {
                if (status == 503 && retryAfter != null) {
                    throw new ConnectorException(Kind.RATE_LIMITED, "The site of " + feedUrl + " is unavailable"
                            + " (HTTP 503); it asks to retry in " + retryAfter.toSeconds() + " s.", retryAfter, null);
                }
                if (status >= 500) {
                    throw new ConnectorException(Kind.UNAVAILABLE, "The site of " + feedUrl + " failed (HTTP "
                            + status + "); Chorus will try again later.");
                }
                throw new ConnectorException(Kind.CONFIGURATION, "The feed " + feedUrl + " answered HTTP " + status
                        + ": check the address in the source's settings.");
            }
        }
    }

    private static Feed parse(HttpResponse<byte[]> response, URI feedUrl) throws ConnectorException {
        byte[] body = response.body();
        if (body.length > MAX_BYTES) {
            throw new ConnectorException(Kind.BAD_RESPONSE, "The feed " + feedUrl + " is " + body.length / 1024 / 1024
                    + " MB, more than the " + MAX_BYTES / 1024 / 1024 + " MB a feed may have: use a feed with fewer"
                    + " entries.");
        }
        try {
            // Relative links resolve against where the feed really is, after redirects.
            return FeedParser.parse(body, header(response, "Content-Type"), response.uri());
        } catch (FeedParseException e) {
            throw new ConnectorException(Kind.BAD_RESPONSE, "The feed " + feedUrl + " could not be read: "
                    + e.getMessage() + ". If this persists, tell the site's owner or use another feed.", e);
        }
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }

    /** Retry-After in seconds or as an HTTP date; null when absent or unreadable. */
    static Duration retryAfter(String value, ConnectorContext context) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(v)));
        } catch (NumberFormatException e) {
            try {
                Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration wait = Duration.between(context.clock().instant(), at);
                return wait.isNegative() ? Duration.ZERO : wait;
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }
}
