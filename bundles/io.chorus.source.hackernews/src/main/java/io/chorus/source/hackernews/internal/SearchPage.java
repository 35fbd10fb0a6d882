package io.chorus.source.hackernews.internal;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.chorus.source.api.SourceItem;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One answer of {@code /api/v1/search_by_date}: its hits as items, and where it stands in the result set.
 *
 * @param nbPages how many pages the API lets us read (it stops at its pagination limit even if more hits match)
 * @param nbHits  how many hits match in all
 */
record SearchPage(List<Hit> hits, int page, int nbPages, long nbHits, int hitsPerPage) {

    static final String PLATFORM = "hackernews";
    static final String ITEM_URL = "https://news.ycombinator.com/item?id=";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** An item with the second it was created, which the cursor counts in. */
    record Hit(SourceItem item, long createdAt) {
        String id() {
            return item.id();
        }
    }

    /** Whether pages after this one can be read. */
    boolean hasNextPage() {
        return page + 1 < nbPages;
    }

    /** Whether hits match beyond the last page the API lets us read. */
    boolean truncated() {
        return (long) nbPages * hitsPerPage < nbHits;
    }

    /**
     * Reads an answer.
     *
     * @throws MalformedAnswerException naming the line, column or hit and field that is wrong
     */
    static SearchPage parse(byte[] body) throws MalformedAnswerException {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            throw new MalformedAnswerException("it is not JSON" + (at == null ? "" : " (line " + at.getLineNr()
                    + ", column " + at.getColumnNr() + ")") + ": " + e.getOriginalMessage());
        }
        if (root == null || !root.path("hits").isArray()) {
            throw new MalformedAnswerException("it has no \"hits\" list");
        }
        List<Hit> hits = new ArrayList<>();
        int index = 0;
        for (JsonNode hit : root.get("hits")) {
            hits.add(hit(hit, index++));
        }
        int hitsPerPage = root.path("hitsPerPage").asInt(Math.max(1, hits.size()));
        return new SearchPage(hits, root.path("page").asInt(0), root.path("nbPages").asInt(0),
                root.path("nbHits").asLong(hits.size()), Math.max(1, hitsPerPage));
    }

    /** Algolia explains a refusal as {@code {"message": "...", "status": 400}}. */
    static Optional<String> errorMessage(byte[] body) {
        try {
            JsonNode message = JSON.readTree(body).path("message");
            return message.isString() && !message.stringValue().isBlank()
                    ? Optional.of(message.stringValue().strip()) : Optional.empty();
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }

    private static Hit hit(JsonNode hit, int index) throws MalformedAnswerException {
        String id = text(hit, "objectID");
        if (id.isBlank()) {
            throw new MalformedAnswerException("hit " + index + " has no \"objectID\"");
        }
        JsonNode createdAtI = hit.path("created_at_i");
        if (!createdAtI.isIntegralNumber()) {
            throw new MalformedAnswerException("hit " + index + " (" + id + ") has no whole number \"created_at_i\"");
        }
        long createdAt = createdAtI.longValue();
        boolean comment = hit.has("comment_text") && !hit.get("comment_text").isNull();
        String title = text(hit, "title");
        if (title.isEmpty()) {
            title = text(hit, "story_title");
        }
        String html = comment ? text(hit, "comment_text") : text(hit, "story_text");
        long storyId = hit.path("story_id").asLong(-1);
        long parentId = hit.path("parent_id").asLong(-1);
        SourceItem.Metrics metrics = new SourceItem.Metrics(-1, hit.path("points").asLong(-1),
                hit.path("num_comments").asLong(-1), -1, -1);
        SourceItem item = new SourceItem(id, PLATFORM, ITEM_URL + id, text(hit, "author"),
                published(hit, createdAt), title, HtmlText.of(html), "",
                storyId < 0 ? (comment ? "" : id) : Long.toString(storyId),
                parentId < 0 ? "" : Long.toString(parentId), metrics);
        return new Hit(item, createdAt);
    }

    /** {@code created_at} carries milliseconds; {@code created_at_i} is the fallback when it is missing or odd. */
    private static Instant published(JsonNode hit, long createdAt) {
        try {
            String at = text(hit, "created_at");
            return at.isEmpty() ? Instant.ofEpochSecond(createdAt) : Instant.parse(at);
        } catch (DateTimeParseException e) {
            return Instant.ofEpochSecond(createdAt);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isString() ? value.stringValue() : value.isNumber() ? value.asString() : "";
    }

    /** The API answered with something that is not a search result. */
    static final class MalformedAnswerException extends Exception {
        private static final long serialVersionUID = 1L;

        MalformedAnswerException(String message) {
            super(message);
        }
    }
}
