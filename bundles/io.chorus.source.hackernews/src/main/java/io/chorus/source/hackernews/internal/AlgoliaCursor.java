package io.chorus.source.hackernews.internal;

import java.util.LinkedHashSet;
import java.util.Set;

import io.chorus.source.api.ConnectorException;
import io.chorus.source.api.Cursor;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Where a Hacker News source stands. Everything created before {@code since} was delivered, and so were the items of
 * second {@code since} listed in {@code sinceIds}: the next round asks for {@code created_at_i>=since} so that an item
 * indexed late within that second is not skipped.
 * <p>
 * A round that spans several pages freezes its upper bound at {@code until} (the newest second of its first page) so
 * that new items cannot shift the pages it still has to read; {@code top}/{@code topIds} become the next watermark once
 * the round is complete. {@code until < 0} means no round is in progress.
 */
record AlgoliaCursor(long since, Set<String> sinceIds, long until, int page, long top, Set<String> topIds) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    AlgoliaCursor {
        sinceIds = Set.copyOf(sinceIds);
        topIds = Set.copyOf(topIds);
    }

    static AlgoliaCursor watermark(long since, Set<String> sinceIds) {
        return new AlgoliaCursor(since, sinceIds, -1, 0, -1, Set.of());
    }

    boolean inRound() {
        return until >= 0;
    }

    /** The same round, one page further (or restarted below {@code newUntil} past the API's paging limit). */
    AlgoliaCursor continueRound(long newUntil, int newPage, Set<String> newTopIds) {
        return new AlgoliaCursor(since, sinceIds, newUntil, newPage, top, newTopIds);
    }

    /** The round is over: its newest second becomes the watermark. */
    AlgoliaCursor finishRound(Set<String> finalTopIds) {
        return top < 0 ? this : watermark(top, top == since ? union(sinceIds, finalTopIds) : finalTopIds);
    }

    static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return all;
    }

    Cursor encode() {
        ObjectNode node = JSON.createObjectNode();
        node.put("since", since);
        sinceIds.stream().sorted().forEach(node.putArray("sinceIds")::add);
        if (inRound()) {
            node.put("until", until);
            node.put("page", page);
            node.put("top", top);
            ArrayNode ids = node.putArray("topIds");
            topIds.stream().sorted().forEach(ids::add);
        }
        return new Cursor(JSON.writeValueAsString(node));
    }

    static AlgoliaCursor decode(Cursor cursor) throws ConnectorException {
        try {
            JsonNode node = JSON.readTree(cursor.value());
            if (!node.path("since").isIntegralNumber()) {
                throw new IllegalArgumentException("it has no whole number \"since\"");
            }
            long since = node.get("since").longValue();
            Set<String> sinceIds = ids(node.path("sinceIds"));
            if (!node.has("until")) {
                return watermark(since, sinceIds);
            }
            return new AlgoliaCursor(since, sinceIds, node.path("until").asLong(-1), node.path("page").asInt(0),
                    node.path("top").asLong(-1), ids(node.path("topIds")));
        } catch (JacksonException | IllegalArgumentException e) {
            throw new ConnectorException(ConnectorException.Kind.CONFIGURATION, "The stored position of this Hacker"
                    + " News source cannot be read (" + e.getMessage() + "): " + cursor.value()
                    + ". Reset the source's position to collect from the look-back period again.", e);
        }
    }

    private static Set<String> ids(JsonNode array) {
        Set<String> ids = new LinkedHashSet<>();
        array.forEach(id -> ids.add(id.asString()));
        return ids;
    }
}
