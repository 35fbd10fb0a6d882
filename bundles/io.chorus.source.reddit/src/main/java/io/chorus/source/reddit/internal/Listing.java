package io.chorus.source.reddit.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.chorus.source.api.SourceItem;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One Reddit Listing ({@code {"kind": "Listing", "data": {"after": ..., "children": [...]}}}) of posts (t3) and
 * comments (t1), newest first.
 *
 * @param after the fullname to ask for the next page with, or empty on the last page
 */
record Listing(List<Thing> things, String after) {

    static final String PLATFORM = "reddit";
    private static final String SITE = "https://www.reddit.com";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** An item with its creation second, which the cursor compares. */
    record Thing(SourceItem item, long created) {
        String name() {
            return item.id();
        }
    }

    static Listing parse(byte[] body) throws MalformedListingException {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            throw new MalformedListingException("it is not JSON" + (at == null ? "" : " (line " + at.getLineNr()
                    + ", column " + at.getColumnNr() + ")") + ": " + e.getOriginalMessage());
        }
        if (root == null || !"Listing".equals(root.path("kind").asString("")) || !root.path("data").path("children")
                .isArray()) {
            throw new MalformedListingException("it is not a Listing with data.children");
        }
        List<Thing> things = new ArrayList<>();
        int index = 0;
        for (JsonNode child : root.get("data").get("children")) {
            Thing thing = thing(child, index++);
            if (thing != null) {
                things.add(thing);
            }
        }
        JsonNode after = root.get("data").path("after");
        return new Listing(things, after.isString() ? after.stringValue() : "");
    }

    /** Null for kinds that are no posts or comments ("more" placeholders). */
    private static Thing thing(JsonNode child, int index) throws MalformedListingException {
        String kind = child.path("kind").asString("");
        if (!kind.equals("t3") && !kind.equals("t1")) {
            return null;
        }
        JsonNode data = child.path("data");
        String name = text(data, "name");
        if (name.isBlank()) {
            throw new MalformedListingException("child " + index + " (" + kind + ") has no data.name");
        }
        JsonNode createdUtc = data.path("created_utc");
        if (!createdUtc.isNumber()) {
            throw new MalformedListingException("child " + index + " (" + name + ") has no numeric data.created_utc");
        }
        long created = (long) createdUtc.doubleValue();
        String permalink = text(data, "permalink");
        boolean post = kind.equals("t3");
        String title = post ? text(data, "title") : text(data, "link_title");
        String text = MarkdownText.of(post ? text(data, "selftext") : text(data, "body"));
        SourceItem.Metrics metrics = new SourceItem.Metrics(data.path("subreddit_subscribers").asLong(-1),
                data.path("score").asLong(-1), post ? data.path("num_comments").asLong(-1) : -1, -1, -1);
        SourceItem item = new SourceItem(name, PLATFORM, permalink.isEmpty() ? "" : SITE + permalink,
                text(data, "author"), Instant.ofEpochSecond(created), MarkdownText.of(title), text, "",
                post ? name : text(data, "link_id"), post ? "" : text(data, "parent_id"), metrics);
        return new Thing(item, created);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isString() ? value.stringValue() : "";
    }

    /** Reddit answered with something that is not a Listing. */
    static final class MalformedListingException extends Exception {
        private static final long serialVersionUID = 1L;

        MalformedListingException(String message) {
            super(message);
        }
    }
}
