package io.chorus.source.rss.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.chorus.source.api.Cursor;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Where an RSS source stopped: the validators for a conditional GET and the entries already delivered (id and date),
 * so that a re-poll delivers only new entries. A feed is a sliding window, so the ids of its current window are
 * enough; the newest {@link #MAX_SEEN} are kept.
 *
 * <pre>{"etag": "\"abc\"", "lastModified": "Tue, 24 Nov 2026 10:00:00 GMT",
 *  "seen": [{"id": "tag:...", "at": "2026-11-24T09:58:00Z"}]}</pre>
 */
record FeedCursor(String etag, String lastModified, Map<String, Instant> seen) {

    static final int MAX_SEEN = 2000;
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    FeedCursor {
        seen = new LinkedHashMap<>(seen);
    }

    static FeedCursor read(Cursor cursor) {
        if (cursor.isStart()) {
            return new FeedCursor("", "", Map.of());
        }
        try {
            JsonNode root = MAPPER.readTree(cursor.value());
            Map<String, Instant> seen = new LinkedHashMap<>();
            for (JsonNode entry : root.path("seen")) {
                String at = entry.path("at").asString("");
                seen.put(entry.path("id").asString(""), at.isEmpty() ? null : Instant.parse(at));
            }
            return new FeedCursor(root.path("etag").asString(""), root.path("lastModified").asString(""), seen);
        } catch (JacksonException | java.time.DateTimeException e) {
            // An unreadable cursor starts over: entries may come twice, none is lost.
            return new FeedCursor("", "", Map.of());
        }
    }

    boolean hasSeen(String id) {
        return seen.containsKey(id);
    }

    /** This cursor with new validators and more delivered entries, pruned to the newest {@link #MAX_SEEN}. */
    FeedCursor next(String newEtag, String newLastModified, Map<String, Instant> delivered) {
        Map<String, Instant> all = new LinkedHashMap<>(seen);
        all.putAll(delivered);
        if (all.size() > MAX_SEEN) {
            List<Map.Entry<String, Instant>> byDate = new ArrayList<>(all.entrySet());
            byDate.sort(Comparator.comparing(Map.Entry::getValue, Comparator.nullsLast(Comparator.reverseOrder())));
            all = new LinkedHashMap<>();
            for (Map.Entry<String, Instant> e : byDate.subList(0, MAX_SEEN)) {
                all.put(e.getKey(), e.getValue());
            }
        }
        return new FeedCursor(newEtag, newLastModified, all);
    }

    Cursor toCursor() {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("etag", etag);
        root.put("lastModified", lastModified);
        ArrayNode list = root.putArray("seen");
        seen.forEach((id, at) -> list.addObject().put("id", id).put("at", at == null ? "" : at.toString()));
        return new Cursor(MAPPER.writeValueAsString(root));
    }
}
