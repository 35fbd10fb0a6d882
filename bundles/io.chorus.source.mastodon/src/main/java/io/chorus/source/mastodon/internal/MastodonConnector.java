package io.chorus.source.mastodon.internal;

import java.time.Duration;
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
 * Mentions from one Mastodon instance: a hashtag timeline, the local or federated public timeline, or a status
 * search. A new source reads the newest page and a few older ones ({@code max_id}); then it pages forward with
 * {@code min_id}: each poll asks for the statuses right after the newest one seen, so a burst larger than a page is
 * read page by page, oldest chunk first, and nothing is skipped.
 */
@Component(service = SourceConnector.class, configurationPid = MastodonConnector.SETTINGS_PID,
        configurationPolicy = ConfigurationPolicy.IGNORE)
@Designate(ocd = MastodonSourceSettings.class, factory = true)
public final class MastodonConnector implements SourceConnector {

    static final String SETTINGS_PID = "io.chorus.source.mastodon";

    /** Mastodon's default limit: 300 calls per 5 minutes per account or address, counted per instance. */
    private static final ConnectorInfo INFO = new ConnectorInfo("mastodon", "Mastodon",
            "Statuses from a Mastodon instance: a hashtag, the public timeline or a search.", Set.of("mastodon"),
            SETTINGS_PID, MastodonSourceSettings.class, Set.of("accessToken"), new RateLimit(300, Duration.ofMinutes(5)),
            Duration.ofMinutes(2));

    @Override
    public ConnectorInfo info() {
        return INFO;
    }

    @Override
    public String rateScope(ConnectorContext context) {
        try {
            MastodonSourceSettings settings = context.settings(MastodonSourceSettings.class);
            return "mastodon:" + MastodonApi.instanceUri(settings.instanceUrl()).getHost().toLowerCase(Locale.ROOT);
        } catch (ConnectorException | RuntimeException e) {
            return INFO.id();
        }
    }

    @Override
    public Page poll(ConnectorContext context, Cursor cursor) throws ConnectorException, InterruptedException {
        MastodonSourceSettings settings = context.settings(MastodonSourceSettings.class);
        Query query = Query.of(settings);
        MastodonApi api = new MastodonApi(context, settings.instanceUrl(), settings.accessToken());
        if (query.needsToken() && !api.hasToken()) {
            throw new ConnectorException(Kind.CONFIGURATION, "Searching statuses on Mastodon needs an access token: "
                    + "enter one in the source's settings, or follow a hashtag instead");
        }
        int limit = Math.clamp(settings.pageSize(), 1, 40);
        MastodonCursor state = MastodonCursor.read(cursor, query.fingerprint());

        Map<String, String> parameters = new LinkedHashMap<>(query.parameters());
        parameters.put("limit", Integer.toString(limit));
        if (state.maxId() != null) {
            parameters.put("max_id", state.maxId());
        } else if (state.minId() != null) {
            parameters.put("min_id", state.minId());
        }
        MastodonApi.Answer answer = fetch(api, query, parameters);
        JsonNode statuses = query.statuses(answer.json());
        if (!statuses.isArray()) {
            throw new ConnectorException(Kind.BAD_RESPONSE, "Mastodon (" + api.host() + query.path()
                    + ") did not answer with a list of statuses");
        }
        List<SourceItem> items = new ArrayList<>();
        String newest = null;
        String oldest = null;
        for (JsonNode status : statuses) {
            items.add(MastodonStatuses.toItem(status, api.host()));
            String id = MastodonStatuses.text(status, "id");
            if (!id.isEmpty() && (newest == null || MastodonStatuses.compareIds(id, newest) > 0)) {
                newest = id;
            }
            if (!id.isEmpty() && (oldest == null || MastodonStatuses.compareIds(id, oldest) < 0)) {
                oldest = id;
            }
        }
        boolean full = statuses.size() >= limit;
        MastodonCursor next;
        boolean more;
        if (state.readingHistory()) {
            // A new source: the newest page, then older pages (Link rel="next" names their max_id) up to the limit.
            String top = state.minId() != null ? state.minId() : answer.linkParam("prev", "min_id").orElse(newest);
            String below = answer.linkParam("next", "max_id").orElse(oldest);
            int pages = state.pages() + 1;
            more = full && below != null && pages < Math.max(1, settings.historyPages());
            next = new MastodonCursor(top, more ? below : null, more ? pages : 0);
        } else {
            // Following: min_id answers the statuses right after it; the server's "prev" link names the next min_id.
            String top = answer.linkParam("prev", "min_id").orElse(newest == null ? state.minId() : newest);
            more = full;
            next = new MastodonCursor(top, null, 0);
        }
        Duration wait = null;
        if (answer.rateRemaining() == 0 && answer.rateReset() != null) {
            more = false;
            wait = api.untilReset(answer.rateReset());
        }
        return new Page(items, next.minId() == null ? cursor : next.write(query.fingerprint()), more, wait);
    }

    private static MastodonApi.Answer fetch(MastodonApi api, Query query, Map<String, String> parameters)
            throws ConnectorException, InterruptedException {
        return fetch(api, query.path(), parameters);
    }

    /** A GET where "not found" means the settings point at nothing (wrong instance URL, a path it lacks). */
    private static MastodonApi.Answer fetch(MastodonApi api, String path, Map<String, String> parameters)
            throws ConnectorException, InterruptedException {
        try {
            return api.get(path, parameters);
        } catch (ConnectorException e) {
            if (e.kind() == Kind.NOT_FOUND) {
                throw new ConnectorException(Kind.CONFIGURATION, e.getMessage(), e);
            }
            throw e;
        }
    }

    @Override
    public String check(ConnectorContext context) throws ConnectorException, InterruptedException {
        MastodonSourceSettings settings = context.settings(MastodonSourceSettings.class);
        Query query = Query.of(settings);
        MastodonApi api = new MastodonApi(context, settings.instanceUrl(), settings.accessToken());
        JsonNode instance = fetch(api, "/api/v1/instance", Map.of()).json();
        String title = MastodonStatuses.text(instance, "title");
        String version = MastodonStatuses.text(instance, "version");
        if (title.isEmpty() && version.isEmpty()) {
            throw new ConnectorException(Kind.CONFIGURATION, api.host() + " does not look like a Mastodon server "
                    + "(/api/v1/instance has no title or version): check the instance URL");
        }
        if (query.needsToken() && !api.hasToken()) {
            throw new ConnectorException(Kind.CONFIGURATION, "Searching statuses on Mastodon needs an access token: "
                    + "enter one in the source's settings, or follow a hashtag instead");
        }
        Map<String, String> parameters = new LinkedHashMap<>(query.parameters());
        parameters.put("limit", "40");
        JsonNode statuses = query.statuses(fetch(api, query, parameters).json());
        if (!statuses.isArray()) {
            throw new ConnectorException(Kind.BAD_RESPONSE, "Mastodon (" + api.host() + query.path()
                    + ") did not answer with a list of statuses");
        }
        int found = statuses.size();
        return "Mastodon server found: " + title + " (" + api.host() + ", version " + version + "); "
                + query.describe() + ": " + found + " recent statuses";
    }

    /** What one source follows, as a Mastodon endpoint and its parameters. */
    private record Query(String mode, String term) {

        static Query of(MastodonSourceSettings settings) throws ConnectorException {
            String mode = settings.mode() == null ? "" : settings.mode().strip();
            String term = settings.query() == null ? "" : settings.query().strip();
            switch (mode) {
                case MastodonSourceSettings.MODE_HASHTAG -> {
                    term = term.startsWith("#") ? term.substring(1) : term;
                    if (term.isEmpty() || term.contains(" ")) {
                        throw new ConnectorException(Kind.CONFIGURATION, "The hashtag \"" + term + "\" is empty or "
                                + "has spaces: enter one hashtag, such as acme");
                    }
                }
                case MastodonSourceSettings.MODE_SEARCH -> {
                    if (term.isEmpty()) {
                        throw new ConnectorException(Kind.CONFIGURATION, "The search query is empty: enter the "
                                + "words to search for");
                    }
                }
                case MastodonSourceSettings.MODE_LOCAL, MastodonSourceSettings.MODE_FEDERATED -> term = "";
                default -> throw new ConnectorException(Kind.CONFIGURATION, "Unknown mode \"" + mode + "\": choose "
                        + "hashtag, public-local, public-federated or search");
            }
            return new Query(mode, term);
        }

        boolean needsToken() {
            return mode.equals(MastodonSourceSettings.MODE_SEARCH);
        }

        String path() {
            return switch (mode) {
                case MastodonSourceSettings.MODE_HASHTAG ->
                        "/api/v1/timelines/tag/" + java.net.URLEncoder.encode(term, java.nio.charset.StandardCharsets.UTF_8);
                case MastodonSourceSettings.MODE_SEARCH -> "/api/v2/search";
                default -> "/api/v1/timelines/public";
            };
        }

        Map<String, String> parameters() {
            return switch (mode) {
                case MastodonSourceSettings.MODE_SEARCH -> Map.of("q", term, "type", "statuses", "resolve", "false");
                case MastodonSourceSettings.MODE_LOCAL -> Map.of("local", "true");
                default -> Map.of();
            };
        }

        /** Search answers {"accounts": [], "statuses": [...], "hashtags": []}; timelines answer the list itself. */
        JsonNode statuses(JsonNode answer) {
            return needsToken() ? answer.path("statuses") : answer;
        }

        String fingerprint() {
            return mode + ":" + term.toLowerCase(Locale.ROOT);
        }

        String describe() {
            return switch (mode) {
                case MastodonSourceSettings.MODE_HASHTAG -> "#" + term;
                case MastodonSourceSettings.MODE_SEARCH -> "search \"" + term + "\"";
                case MastodonSourceSettings.MODE_LOCAL -> "local timeline";
                default -> "federated timeline";
            };
        }
    }
}
