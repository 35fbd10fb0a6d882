package io.chorus.source.bluesky.internal;

import java.time.Instant;

import io.chorus.source.api.Cursor;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Where a search source stands, stored as JSON: the watermark (newest post of the last finished round), and while
 * a round pages down, the API cursor, the pages read and the newest post of the round.
 *
 * @param query  what the cursor was made for: a changed query starts afresh
 */
record SearchCursor(String query, String top, Instant topAt, String page, int pages, String roundTop,
                    Instant roundTopAt) {

    static SearchCursor read(Cursor cursor, String query) {
        SearchCursor fresh = new SearchCursor(query, "", null, "", 0, "", null);
        if (cursor.isStart()) {
            return fresh;
        }
        try {
            JsonNode json = Xrpc.JSON.readTree(cursor.value());
            if (!query.equals(BlueskyPosts.text(json, "query"))) {
                return fresh;
            }
            return new SearchCursor(query, BlueskyPosts.text(json, "top"),
                    BlueskyPosts.instant(BlueskyPosts.text(json, "topAt")), BlueskyPosts.text(json, "page"),
                    json.path("pages").asInt(0), BlueskyPosts.text(json, "roundTop"),
                    BlueskyPosts.instant(BlueskyPosts.text(json, "roundTopAt")));
        } catch (JacksonException e) {
            // A cursor from an older version or damaged: starting afresh re-reads one page, it loses nothing stored.
            return fresh;
        }
    }

    boolean hasWatermark() {
        return !top.isEmpty();
    }

    SearchCursor endRound(String newTop, Instant newTopAt) {
        return new SearchCursor(query, newTop, newTopAt, "", 0, "", null);
    }

    SearchCursor nextPage(String apiCursor, String newRoundTop, Instant newRoundTopAt) {
        return new SearchCursor(query, top, topAt, apiCursor, pages + 1, newRoundTop, newRoundTopAt);
    }

    Cursor write() {
        ObjectNode json = Xrpc.JSON.createObjectNode();
        json.put("query", query);
        json.put("top", top);
        json.put("topAt", topAt == null ? "" : topAt.toString());
        if (!page.isEmpty()) {
            json.put("page", page);
            json.put("pages", pages);
            json.put("roundTop", roundTop);
            json.put("roundTopAt", roundTopAt == null ? "" : roundTopAt.toString());
        }
        return new Cursor(Xrpc.JSON.writeValueAsString(json));
    }
}
