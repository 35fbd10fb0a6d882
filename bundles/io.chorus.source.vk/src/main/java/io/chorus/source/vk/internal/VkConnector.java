package io.chorus.source.vk.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
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
 * VK posts through API v5.199: {@code newsfeed.search} pages back with next_from from the newest post time of the
 * previous round; {@code wall.get} pages back with offset until it meets the newest post id of the previous round.
 * The configuration of this component is ignored: the PID only carries the metatype form of each source.
 */
@Component(service = SourceConnector.class, configurationPid = VkConnector.PID,
        configurationPolicy = ConfigurationPolicy.IGNORE)
@Designate(ocd = VkSettings.class, factory = true)
public final class VkConnector implements SourceConnector {

    static final String PID = "io.chorus.source.vk";
    static final String MODE_SEARCH = "newsfeed.search";
    static final String MODE_WALL = "wall.get";
    static final int SEARCH_PAGE = 200;
    static final int WALL_PAGE = 100;

    private static final ConnectorInfo INFO = new ConnectorInfo("vk", "VK",
            "Public VK posts that match a search, or the posts of one community's wall", Set.of("vk"), PID,
            VkSettings.class, Set.of("accessToken"), RateLimit.perSecond(3), Duration.ofMinutes(5));

    @Override
    public ConnectorInfo info() {
        return INFO;
    }

    @Override
    public Page poll(ConnectorContext context, Cursor cursor) throws ConnectorException, InterruptedException {
        VkSettings settings = context.settings(VkSettings.class);
        VkApi api = new VkApi(context, settings);
        VkCursor at = VkCursor.parse(cursor);
        long horizon = context.clock().instant().minus(Duration.ofDays(Math.max(1, settings.lookBackDays())))
                .getEpochSecond();
        return MODE_WALL.equals(settings.mode()) ? pollWall(api, wall(settings), at, horizon)
                : pollSearch(api, query(settings), at, horizon);
    }

    private static Page pollSearch(VkApi api, String query, VkCursor at, long horizon)
            throws ConnectorException, InterruptedException {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("q", query);
        parameters.put("extended", "1");
        parameters.put("count", String.valueOf(SEARCH_PAGE));
        // start_time is inclusive: the newest post of the last round comes again and is dropped as a duplicate.
        parameters.put("start_time", String.valueOf(at.since() > 0 ? at.since() : horizon));
        if (!at.from().isEmpty()) {
            parameters.put("start_from", at.from());
        }
        JsonNode response = api.call(MODE_SEARCH, parameters);
        VkPosts posts = new VkPosts(response);
        List<SourceItem> items = new ArrayList<>();
        long newest = 0;
        for (JsonNode post : VkPosts.items(MODE_SEARCH, response)) {
            SourceItem item = posts.item(post);
            items.add(item);
            newest = Math.max(newest, post.path("date").asLong(0));
        }
        String nextFrom = response.path("next_from").asString("");
        if (!nextFrom.isEmpty() && !items.isEmpty()) {
            return Page.more(items, at.next(newest, nextFrom, 0).toCursor());
        }
        return Page.last(items, at.finish(newest).toCursor());
    }

    private static Page pollWall(VkApi api, Map<String, String> wall, VkCursor at, long horizon)
            throws ConnectorException, InterruptedException {
        Map<String, String> parameters = new LinkedHashMap<>(wall);
        parameters.put("extended", "1");
        parameters.put("count", String.valueOf(WALL_PAGE));
        parameters.put("offset", String.valueOf(at.offset()));
        JsonNode response = api.call(MODE_WALL, parameters);
        VkPosts posts = new VkPosts(response);
        JsonNode list = VkPosts.items(MODE_WALL, response);
        List<SourceItem> items = new ArrayList<>();
        long newest = 0;
        boolean reachedKnown = false;
        for (JsonNode post : list) {
            long id = post.path("id").asLong(0);
            boolean pinned = post.path("is_pinned").asInt(0) == 1;
            boolean old = id <= at.since() || post.path("date").asLong(Long.MAX_VALUE) < horizon;
            if (old) {
                // A pinned post stays on top however old it is; only an unpinned one marks where we stopped.
                reachedKnown |= !pinned;
                continue;
            }
            items.add(posts.item(post));
            newest = Math.max(newest, id);
        }
        int nextOffset = at.offset() + list.size();
        boolean end = list.isEmpty() || nextOffset >= response.path("count").asInt(0);
        if (reachedKnown || end) {
            return Page.last(items, at.finish(newest).toCursor());
        }
        return Page.more(items, at.next(newest, "", nextOffset).toCursor());
    }

    @Override
    public String check(ConnectorContext context) throws ConnectorException, InterruptedException {
        VkSettings settings = context.settings(VkSettings.class);
        VkApi api = new VkApi(context, settings);
        if (MODE_WALL.equals(settings.mode())) {
            Map<String, String> parameters = new LinkedHashMap<>(wall(settings));
            parameters.put("count", "1");
            parameters.put("extended", "1");
            JsonNode response = api.call(MODE_WALL, parameters);
            JsonNode first = VkPosts.items(MODE_WALL, response).path(0);
            String owner = first.isObject() ? new VkPosts(response).name(first.path("owner_id").asLong())
                    : settings.wall();
            return "Wall found: " + owner + ", " + response.path("count").asLong(0) + " posts";
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("q", query(settings));
        parameters.put("count", "1");
        parameters.put("start_time", String.valueOf(context.clock().instant()
                .minus(Duration.ofDays(Math.max(1, settings.lookBackDays()))).getEpochSecond()));
        JsonNode response = api.call(MODE_SEARCH, parameters);
        long total = response.path("total_count").asLong(response.path("count").asLong(0));
        return "Token accepted: about " + total + " public posts match \"" + settings.query() + "\" in the last "
                + Math.max(1, settings.lookBackDays()) + " days";
    }

    /** Sources with the same token share VK's per-token limit; the scope names a hash, never the token. */
    @Override
    public String rateScope(ConnectorContext context) {
        String token = context.settings(VkSettings.class).accessToken();
        return "vk:" + fingerprint(token == null ? "" : token.strip());
    }

    static String fingerprint(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String query(VkSettings settings) throws ConnectorException {
        String query = settings.query() == null ? "" : settings.query().strip();
        if (query.isEmpty()) {
            throw new ConnectorException(Kind.CONFIGURATION,
                    "Search mode needs a query: enter the words to look for, e.g. the brand name");
        }
        return query;
    }

    private static Map<String, String> wall(VkSettings settings) throws ConnectorException {
        String wall = settings.wall() == null ? "" : settings.wall().strip()
                .replaceFirst("^https?://(m\\.)?vk\\.com/", "");
        if (wall.isEmpty()) {
            throw new ConnectorException(Kind.CONFIGURATION,
                    "Wall mode needs a wall: the community's short name (acme) or its owner id (-12345)");
        }
        if (wall.matches("-?\\d+")) {
            return Map.of("owner_id", wall);
        }
        if (wall.matches("(club|public)\\d+")) {
            return Map.of("owner_id", "-" + wall.replaceAll("\\D", ""));
        }
        return Map.of("domain", wall);
    }

}
