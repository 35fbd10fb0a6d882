package io.chorus.source.reddit.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

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
import io.chorus.source.reddit.internal.AccessTokens.AccessToken;
import io.chorus.source.reddit.internal.Listing.MalformedListingException;
import io.chorus.source.reddit.internal.Listing.Thing;

/**
 * New Reddit posts matching a search ({@code /search?sort=new}, or {@code /r/a+b/search?restrict_sr=1}), through the
 * OAuth API with the user's own app. A round pages back with {@code after} until it reaches the watermark of the
 * previous round; see {@link RedditCursor}.
 * <p>
 * The component takes no configuration itself: the sources' settings reach it through {@link ConnectorContext}.
 */
@Component(service = SourceConnector.class, configurationPid = RedditConnector.PID,
        configurationPolicy = ConfigurationPolicy.IGNORE)
@Designate(ocd = RedditSettings.class, factory = true)
public final class RedditConnector implements SourceConnector {

    static final String PID = "io.chorus.source.reddit";

    /** Reddit's Data API terms: 100 queries per minute per OAuth client id (averaged over ten minutes). */
    private static final RateLimit REDDIT_LIMIT = RateLimit.perMinute(100);

    /** Below this many requests left in Reddit's window, wait for the window to reset. */
    private static final double LOW_REMAINING = 10;

    private static final Pattern SUBREDDIT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_]{1,20}");

    private static final ConnectorInfo INFO = new ConnectorInfo("reddit", "Reddit",
            "New Reddit posts that match a search, everywhere or in chosen subreddits (your own Reddit app)",
            Set.of(Listing.PLATFORM), PID, RedditSettings.class, Set.of("clientSecret", "password"), REDDIT_LIMIT,
            Duration.ofMinutes(5));

    private final AccessTokens tokens = new AccessTokens();

    @Override
    public ConnectorInfo info() {
        return INFO;
    }

    /** Reddit's limit is per app, so sources of one app share it and different apps do not. */
    @Override
    public String rateScope(ConnectorContext context) {
        String clientId = context.settings(RedditSettings.class).clientId();
        return clientId == null || clientId.isBlank() ? INFO.id() : INFO.id() + ":" + clientId.strip();
    }

    @Override
    public Page poll(ConnectorContext context, Cursor cursor) throws ConnectorException, InterruptedException {
        RedditSettings settings = validSettings(context);
        RedditCursor state = cursor.isStart()
                ? RedditCursor.start(context.clock().instant().getEpochSecond()
                        - Duration.ofDays(settings.lookBackDays()).toSeconds())
                : RedditCursor.decode(cursor);
        boolean collectComments = settings.comments() && !subreddits(settings, context.id()).isEmpty();
        if (state.inComments() && !collectComments) {
            state = state.with(state.comments(), true);
        }
        ListingPosition at = state.current();
        HttpResponse<byte[]> response = state.inComments()
                ? fetch(context, settings, commentsUri(settings, context.id(), at.after()))
                : fetch(context, settings, searchUri(settings, context.id(), at.after(), 100));
        Listing listing = listing(response);
        QueryWords words = state.inComments() ? QueryWords.of(settings.query()) : null;

        List<SourceItem> items = new ArrayList<>();
        boolean reachedWatermark = listing.after().isEmpty() || listing.things().isEmpty();
        Thing newest = null;
        for (Thing thing : listing.things()) {
            if (thing.created() < at.since() || thing.name().equals(at.sinceName())) {
                reachedWatermark = true;
                continue;
            }
            if (words == null || words.foundIn(thing.item().text(), thing.item().title())) {
                items.add(thing.item());
            }
            if (newest == null || thing.created() > newest.created()) {
                newest = thing;
            }
        }
        ListingPosition next;
        if (at.inRound()) {
            next = reachedWatermark ? ListingPosition.watermark(at.top(), at.topName())
                    : at.continueAfter(listing.after(), at.top(), at.topName());
        } else if (newest == null) {
            next = at;
        } else {
            next = reachedWatermark ? ListingPosition.watermark(newest.created(), newest.name())
                    : at.continueAfter(listing.after(), newest.created(), newest.name());
        }
        // a finished round of posts hands over to the comments, and a finished round of comments back to posts
        boolean handOver = reachedWatermark && (collectComments || state.inComments());
        RedditCursor nextState = state.with(next, handOver);
        boolean more = !reachedWatermark || handOver && !state.inComments();
        Optional<Duration> slowDown = slowDown(response);
        if (slowDown.isPresent()) {
            return new Page(items, nextState.encode(), false, slowDown.get());
        }
        return more ? Page.more(items, nextState.encode()) : Page.last(items, nextState.encode());
    }

    @Override
    public String check(ConnectorContext context) throws ConnectorException, InterruptedException {
        RedditSettings settings = validSettings(context);
        Listing listing = listing(fetch(context, settings, searchUri(settings, context.id(), "", 25)));
        String who = settings.username().isBlank() ? "as the app " + settings.clientId().strip()
                : "as u/" + settings.username().strip();
        String where = settings.subreddits().length == 0 ? "on Reddit"
                : "in r/" + String.join(", r/", subreddits(settings, context.id()));
        return "Signed in to Reddit " + who + "; \"" + settings.query().strip() + "\" finds "
                + (listing.after().isEmpty() ? "" : "at least ") + listing.things().size() + " recent posts " + where
                + ".";
    }

    private static RedditSettings validSettings(ConnectorContext context) throws ConnectorException {
        RedditSettings settings = context.settings(RedditSettings.class);
        String source = "The Reddit source " + context.id();
        if (blank(settings.query())) {
            throw new ConnectorException(Kind.CONFIGURATION, source + " has nothing to search for: fill in"
                    + " \"Search\".");
        }
        if (blank(settings.clientId()) || blank(settings.clientSecret())) {
            throw new ConnectorException(Kind.CONFIGURATION, source + " needs the client id and secret of a Reddit"
                    + " app: create one at reddit.com/prefs/apps and fill in both.");
        }
        if (!blank(settings.username()) && blank(settings.password())) {
            throw new ConnectorException(Kind.CONFIGURATION, source + " signs in as " + settings.username().strip()
                    + " but has no password: fill it in, or clear the username to sign in as the app alone.");
        }
        subreddits(settings, context.id());
        return settings;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** The subreddit names, without the "r/" people often type. */
    private static List<String> subreddits(RedditSettings settings, String sourceId) throws ConnectorException {
        List<String> names = new ArrayList<>();
        for (String raw : settings.subreddits()) {
            String name = raw == null ? "" : raw.strip().replaceFirst("^/?r/", "").replaceAll("/+$", "");
            if (name.isEmpty()) {
                continue;
            }
            if (!SUBREDDIT.matcher(name).matches()) {
                throw new ConnectorException(Kind.CONFIGURATION, "The Reddit source " + sourceId + " lists \"" + raw
                        + "\" among its subreddits, which is not a subreddit name (letters, digits and _, 2 to 21).");
            }
            names.add(name);
        }
        return names;
    }

    /** Reddit asks apps to say who runs them; the suffix (or the account) does. */
    private static String userAgent(ConnectorContext context, RedditSettings settings) {
        if (!blank(settings.userAgentSuffix())) {
            return context.userAgent() + " " + settings.userAgentSuffix().strip();
        }
        return blank(settings.username()) ? context.userAgent()
                : context.userAgent() + " (by /u/" + settings.username().strip() + ")";
    }

    private static URI searchUri(RedditSettings settings, String sourceId, String after, int limit)
            throws ConnectorException {
        List<String> subreddits = subreddits(settings, sourceId);
        String path = subreddits.isEmpty() ? "/search" : "/r/" + String.join("+", subreddits) + "/search";
        String query = "q=" + encode(settings.query().strip()) + "&sort=new&t=all&type=link&limit=" + limit
                + "&raw_json=1" + (subreddits.isEmpty() ? "" : "&restrict_sr=1")
                + (after.isEmpty() ? "" : "&after=" + encode(after));
        return address(settings.apiUrl(), path + "?" + query, "API address");
    }

    /** The newest comments of the source's subreddits (Reddit's API cannot search comments). */
    private static URI commentsUri(RedditSettings settings, String sourceId, String after)
            throws ConnectorException {
        String path = "/r/" + String.join("+", subreddits(settings, sourceId)) + "/comments";
        return address(settings.apiUrl(), path + "?limit=100&raw_json=1"
                + (after.isEmpty() ? "" : "&after=" + encode(after)), "API address");
    }

    /** One API request; a refused token is renewed once before the refusal counts. */
    private HttpResponse<byte[]> fetch(ConnectorContext context, RedditSettings settings, URI uri)
            throws ConnectorException, InterruptedException {
        String userAgent = userAgent(context, settings);
        AccessToken token = tokens.current(context, settings, userAgent);
        HttpResponse<byte[]> response = send(context, get(context, uri, token, userAgent), "Reddit");
        if (response.statusCode() == 401) {
            tokens.forget(settings, token);
            token = tokens.current(context, settings, userAgent);
            response = send(context, get(context, uri, token, userAgent), "Reddit");
        }
        failUnlessOk(response, subreddits(settings, context.id()));
        return response;
    }

    private static HttpRequest get(ConnectorContext context, URI uri, AccessToken token, String userAgent) {
        return HttpRequest.newBuilder(uri).timeout(context.requestTimeout())
                .header("Authorization", "Bearer " + token.value()).header("User-Agent", userAgent)
                .header("Accept", "application/json").GET().build();
    }

    private static void failUnlessOk(HttpResponse<byte[]> response, List<String> subreddits)
            throws ConnectorException {
        int status = response.statusCode();
        String where = subreddits.isEmpty() ? "Reddit search" : "r/" + String.join(", r/", subreddits);
        switch (status) {
            case 200 -> {
                return;
            }
            case 401 -> throw new ConnectorException(Kind.AUTHENTICATION, "Reddit refused a fresh access token"
                    + " (HTTP 401): check the app's client id, secret and account in the source settings.");
            case 403 -> throw new ConnectorException(Kind.CONFIGURATION, "Reddit does not let this app read "
                    + where + " (HTTP 403): a private, quarantined or banned subreddit? Remove it from the list.");
            case 404 -> throw new ConnectorException(Kind.CONFIGURATION, "Reddit does not know " + where
                    + " (HTTP 404): check the subreddit names and the API address.");
            case 429 -> throw ConnectorException.rateLimited("Reddit asks this app to slow down (HTTP 429);"
                    + " Chorus waits until Reddit's window resets.", retryAfter(response));
            default -> {
                if (status >= 500) {
                    throw new ConnectorException(Kind.UNAVAILABLE, where + " fails (HTTP " + status
                            + "); Chorus retries later.");
                }
                throw new ConnectorException(Kind.BAD_RESPONSE, where + " answered HTTP " + status
                        + " instead of a listing; Chorus retries later.");
            }
        }
    }

    private static Listing listing(HttpResponse<byte[]> response) throws ConnectorException {
        try {
            return Listing.parse(response.body());
        } catch (MalformedListingException e) {
            throw new ConnectorException(Kind.BAD_RESPONSE, "Reddit answered " + response.uri().getPath()
                    + " with something that is not a search listing: " + e.getMessage()
                    + ". Chorus retries later; report it if it persists.", e);
        }
    }

    /** Reddit counts requests per window: X-Ratelimit-Remaining left, X-Ratelimit-Reset seconds to go. */
    private static Optional<Duration> slowDown(HttpResponse<?> response) {
        Optional<Double> remaining = number(response, "X-Ratelimit-Remaining");
        if (remaining.isEmpty() || remaining.get() >= LOW_REMAINING) {
            return Optional.empty();
        }
        return Optional.of(number(response, "X-Ratelimit-Reset").map(RedditConnector::seconds)
                .orElse(Duration.ofMinutes(1)));
    }

    static Duration retryAfter(HttpResponse<?> response) {
        return number(response, "X-Ratelimit-Reset").or(() -> number(response, "Retry-After"))
                .map(RedditConnector::seconds).orElse(Duration.ofMinutes(1));
    }

    private static Duration seconds(double value) {
        return Duration.ofSeconds((long) Math.ceil(Math.max(1, value)));
    }

    private static Optional<Double> number(HttpResponse<?> response, String header) {
        try {
            return response.headers().firstValue(header).map(value -> Double.parseDouble(value.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static HttpResponse<byte[]> send(ConnectorContext context, HttpRequest request, String what)
            throws ConnectorException, InterruptedException {
        try {
            return context.http().send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            throw new ConnectorException(Kind.UNAVAILABLE, what + " (" + request.uri().getHost() + ") did not answer"
                    + " within " + context.requestTimeout().toMillis() + " ms; Chorus retries later.", e);
        } catch (IOException e) {
            throw new ConnectorException(Kind.UNAVAILABLE, what + " (" + request.uri().getHost()
                    + ") cannot be reached (" + e.getClass().getSimpleName() + "); Chorus retries later.", e);
        }
    }

    /** A configured base address plus a path; the settings field is named when the address is no web address. */
    static URI address(String base, String pathAndQuery, String field) throws ConnectorException {
        String trimmed = base == null ? "" : base.strip().replaceAll("/+$", "");
        try {
            URI uri = URI.create(trimmed + pathAndQuery);
            if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new IllegalArgumentException("not an http(s) address");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new ConnectorException(Kind.CONFIGURATION, "The Reddit \"" + field + "\" is not a web address: \""
                    + base + "\". Leave it at its default unless you test against another server.", e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
