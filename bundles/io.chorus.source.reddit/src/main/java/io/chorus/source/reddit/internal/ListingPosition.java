package io.chorus.source.reddit.internal;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Where one newest-first listing stands: every item created before second {@code since} was delivered, and so was
 * {@code sinceName} (the newest item seen). Items of second {@code since} come again, so one indexed late is not
 * skipped. While a round pages back through the listing, {@code after} is the fullname to continue after and
 * {@code top}/{@code topName} the newest item of the round, the next watermark.
 */
record ListingPosition(long since, String sinceName, String after, long top, String topName) {

    static ListingPosition watermark(long since, String sinceName) {
        return new ListingPosition(since, sinceName, "", -1, "");
    }

    boolean inRound() {
        return !after.isEmpty();
    }

    ListingPosition continueAfter(String nextAfter, long roundTop, String roundTopName) {
        return new ListingPosition(since, sinceName, nextAfter, roundTop, roundTopName);
    }

    void writeTo(ObjectNode node) {
        node.put("since", since);
        node.put("sinceName", sinceName);
        if (inRound()) {
            node.put("after", after);
            node.put("top", top);
            node.put("topName", topName);
        }
    }

    static ListingPosition read(JsonNode node, String name) {
        if (!node.path("since").isIntegralNumber()) {
            throw new IllegalArgumentException("\"" + name + "\" has no whole number \"since\"");
        }
        return new ListingPosition(node.get("since").longValue(), node.path("sinceName").asString(""),
                node.path("after").asString(""), node.path("top").asLong(-1), node.path("topName").asString(""));
    }
}
