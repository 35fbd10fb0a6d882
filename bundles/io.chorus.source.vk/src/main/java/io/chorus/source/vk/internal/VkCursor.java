package io.chorus.source.vk.internal;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import io.chorus.source.api.ConnectorException;
import io.chorus.source.api.ConnectorException.Kind;
import io.chorus.source.api.Cursor;

/**
 * Where a VK source stopped, as "since=..&amp;top=..&amp;from=..&amp;offset=..":
 * {@code since} is the newest post time (search) or id (wall) of the last finished round, {@code top} the newest seen
 * in the round under way, {@code from} search's next_from and {@code offset} the wall offset of the next page.
 */
record VkCursor(long since, long top, String from, int offset) {

    static VkCursor parse(Cursor cursor) throws ConnectorException {
        if (cursor.isStart()) {
            return new VkCursor(0, 0, "", 0);
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : cursor.value().split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                values.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        try {
            return new VkCursor(Long.parseLong(values.getOrDefault("since", "0")),
                    Long.parseLong(values.getOrDefault("top", "0")), values.getOrDefault("from", ""),
                    Integer.parseInt(values.getOrDefault("offset", "0")));
        } catch (NumberFormatException e) {
            throw new ConnectorException(Kind.CONFIGURATION,
                    "The stored VK cursor '" + cursor.value() + "' is damaged; reset the source to start over", e);
        }
    }

    /** The next page of the same round. */
    VkCursor next(long seen, String nextFrom, int nextOffset) {
        return new VkCursor(since, Math.max(top, seen), nextFrom, nextOffset);
    }

    /** The round is done: the next starts after the newest post of this one. */
    VkCursor finish(long seen) {
        return new VkCursor(Math.max(since, Math.max(top, seen)), 0, "", 0);
    }

    Cursor toCursor() {
        return new Cursor("since=" + since + "&top=" + top + "&from=" + URLEncoder.encode(from, StandardCharsets.UTF_8)
                + "&offset=" + offset);
    }
}
