package io.chorus.source.bluesky.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
import tools.jackson.databind.JsonNode;

/**
 * Bluesky posts from app.bsky.feed.searchPosts, sorted latest first. A new source reads a few pages of history; each
 * later round reads from the newest post down to the newest post of the previous round (the watermark), page by page
 * with the API's cursor, and only then moves the watermark, so a burst larger than a page is read completely. The public AppView may refuse anonymous search (HTTP
 * 403); with a handle and app password the search goes through the account's PDS instead.
 */
@Component(service = SourceConnector.class, configurationPid = BlueskySearchConnector.SETTINGS_PID,
        configurationPolicy = ConfigurationPolicy.IGNORE)
@Designate(ocd = BlueskySearchSettings.class, factory = true)
public final class BlueskySearchConnector implements SourceConnector {

    static final String SETTINGS_PID = "io.chorus.source.bluesky";
    static final String SEARCH = "app.bsky.feed.searchPosts";
    /** Past this many pages in one round the watermark moves anyway: a query that matches everything cannot page forever. */
    static final int MAX_PAGES_PER_ROUND = 40;

    /** The public AppView allows about 3000 requests per 5 minutes per address; stay well below. */
    private static final ConnectorInfo INFO = new ConnectorInfo("bluesky", "Bluesky search",
            "Posts found by Bluesky's search, newest first.", Set.of("bluesky"), SETTINGS_PID,
            BlueskySearchSettings.class, Set.of("appPassword"), new RateLimit(600, Duration.ofMinutes(5)),
            Duration.ofMinutes(2));

    private final BlueskySessions sessions = new BlueskySessions();

    @Override
    public ConnectorInfo info() {
        return INFO;
    }

    @Override
    public Page poll(ConnectorContext context, Cursor cursor) throws ConnectorException, InterruptedException {
        BlueskySearchSettings settings = context.settings(BlueskySearchSettings.class);
        String query = settings.query() == null ? "" : settings.query().strip();
        if (query.isEmpty()) {
            throw new ConnectorException(Kind.CONFIGURATION, "The Bluesky search query is empty: enter the words to "
                    + "search for");
        }
        String language = settings.language() == null ? "" : settings.language().strip().toLowerCase(Locale.ROOT);
        SearchCursor state = SearchCursor.read(cursor, query + "|" + language);
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("q", query);
        parameters.put("sort", "latest");
        parameters.put("limit", Integer.toString(Math.clamp(settings.pageSize(), 1, 100)));
        if (!language.isEmpty()) {
            parameters.put("lang", language);
        }
        if (!state.page().isEmpty()) {
            parameters.put("cursor", state.page());
        }
        JsonNode answer = search(context, settings, parameters);
        JsonNode posts = answer.path("posts");
        if (!posts.isArray()) {
            throw new ConnectorException(Kind.BAD_RESPONSE, "Bluesky search answered without a \"posts\" list");
        }
        List<SourceItem> items = new ArrayList<>();
        boolean reachedWatermark = false;
        String roundTop = state.roundTop();
        Instant roundTopAt = state.roundTopAt();
        for (JsonNode view : posts) {
            Instant at = BlueskyPosts.sortAt(view);
            String uri = BlueskyPosts.text(view, "uri");
            if (state.hasWatermark() && (uri.equals(state.top())
                    || (at != null && state.topAt() != null && at.isBefore(state.topAt())))) {
                reachedWatermark = true;
                break;
            }
            items.add(BlueskyPosts.fromView(view));
            if (roundTop.isEmpty()) {
                roundTop = uri;
                roundTopAt = at;
            }
        }
        String apiCursor = BlueskyPosts.text(answer, "cursor");
        // A new source reads a few pages of history; later rounds page down to the watermark.
        int maxPages = state.hasWatermark() ? MAX_PAGES_PER_ROUND : Math.max(1, settings.historyPages());
        boolean roundDone = reachedWatermark || apiCursor.isEmpty() || posts.isEmpty() || state.pages() + 1 >= maxPages;
        if (roundDone) {
            SearchCursor next = roundTop.isEmpty() ? state.endRound(state.top(), state.topAt())
                    : state.endRound(roundTop, roundTopAt);
            return Page.last(items, next.write());
        }
        return Page.more(items, state.nextPage(apiCursor, roundTop, roundTopAt).write());
    }

    /** The public search, or the account's PDS when the public one refuses and credentials are set. */
    private JsonNode search(ConnectorContext context, BlueskySearchSettings settings, Map<String, String> parameters)
            throws ConnectorException, InterruptedException {
        Xrpc appView = new Xrpc(context, settings.serviceUrl(), "search service");
        try {
            return appView.query(SEARCH, parameters, null);
        } catch (Xrpc.XrpcException e) {
            if (e.kind() == Kind.NOT_FOUND) {
                throw new ConnectorException(Kind.CONFIGURATION, e.getMessage() + ": check the search service URL", e);
            }
            if (e.kind() == Kind.REJECTED) {
                throw new ConnectorException(Kind.CONFIGURATION, e.getMessage() + ": check the query", e);
            }
            if (e.kind() != Kind.AUTHENTICATION) {
                throw e;
            }
            if (settings.handle().isBlank() || settings.appPassword().isBlank()) {
                throw new ConnectorException(Kind.AUTHENTICATION, e.getMessage() + ". The public search refuses "
                        + "this address: enter a Bluesky handle and app password in the source's settings", e);
            }
        }
        Xrpc pds = new Xrpc(context, settings.pdsUrl(), "account server");
        BlueskySessions.Session session = sessions.session(context, pds, settings.handle(), settings.appPassword());
        try {
            return pds.query(SEARCH, parameters, session.accessJwt());
        } catch (Xrpc.XrpcException e) {
            if (e.kind() != Kind.AUTHENTICATION) {
                throw e;
            }
            // An expired or revoked session: log in once more before giving up.
            sessions.forget(session);
            session = sessions.session(context, pds, settings.handle(), settings.appPassword());
            return pds.query(SEARCH, parameters, session.accessJwt());
        }
    }

    @Override
    public String check(ConnectorContext context) throws ConnectorException, InterruptedException {
        BlueskySearchSettings settings = context.settings(BlueskySearchSettings.class);
        Page page = poll(context, Cursor.START);
        return "Bluesky search works: \"" + settings.query().strip() + "\" found " + page.items().size()
                + " recent posts";
    }

    @Override
    public String rateScope(ConnectorContext context) {
        try {
            return "bluesky:" + Xrpc.serviceUri(context.settings(BlueskySearchSettings.class).serviceUrl(), "")
                    .getHost().toLowerCase(Locale.ROOT);
        } catch (ConnectorException | RuntimeException e) {
            return INFO.id();
        }
    }
}
