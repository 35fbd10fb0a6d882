package ${package}.internal;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.chorus.source.api.SourceItem;

/**
 * Reads one page of Discourse's {@code /search.json}: {@code posts} (the matches, newest first with
 * {@code order:latest}), {@code topics} (their titles and slugs) and
 * {@code grouped_search_result.more_full_page_results} (whether another page exists).
 */
final class DiscourseSearch {

    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    /** One page: its posts as items, and whether the next page has more. */
    record Result(List<SourceItem> items, boolean more) {
    }

    private DiscourseSearch() {
    }

    static Result parse(String json, String baseUrl, String platform) throws Json.JsonException {
        Map<String, Object> root = Json.object(Json.parse(json), "the answer");
        Map<Long, Map<String, Object>> topics = new HashMap<>();
        Object topicList = root.get("topics");
        if (topicList != null) {
            int i = 0;
            for (Object value : Json.array(topicList, "topics")) {
                Map<String, Object> topic = Json.object(value, "topics[" + i + "]");
                topics.put(Json.integer(topic, "id", "topics[" + i + "]"), topic);
                i++;
            }
        }
        List<SourceItem> items = new ArrayList<>();
        Object posts = root.get("posts");
        if (posts == null) {
            throw new Json.JsonException("the answer has no \"posts\": it is not a Discourse search result");
        }
        int i = 0;
        for (Object value : Json.array(posts, "posts")) {
            items.add(item(Json.object(value, "posts[" + i + "]"), "posts[" + i + "]", topics, baseUrl, platform));
            i++;
        }
        Object grouped = root.get("grouped_search_result");
        boolean more = grouped != null && grouped != Json.NULL
                && Json.flag(Json.object(grouped, "grouped_search_result"), "more_full_page_results",
                "grouped_search_result");
        return new Result(items, more);
    }

    private static SourceItem item(Map<String, Object> post, String path, Map<Long, Map<String, Object>> topics,
                                   String baseUrl, String platform) throws Json.JsonException {
        long id = Json.integer(post, "id", path);
        long topicId = Json.integer(post, "topic_id", path);
        long postNumber = Json.integer(post, "post_number", path);
        Instant created;
        try {
            created = Instant.parse(Json.string(post, "created_at", path));
        } catch (DateTimeParseException e) {
            throw new Json.JsonException(path + ".created_at is not an ISO-8601 time: " + e.getParsedString());
        }
        Map<String, Object> topic = topics.get(topicId);
        String title = topic == null ? "" : Json.optionalString(topic, "title", "topics[id=" + topicId + "]");
        String slug = topic == null ? "topic" : Json.optionalString(topic, "slug", "topics[id=" + topicId + "]");
        String url = baseUrl + "/t/" + (slug.isEmpty() ? "topic" : slug) + "/" + topicId + "/" + postNumber;
        long likes = post.get("like_count") instanceof java.math.BigDecimal ? Json.integer(post, "like_count", path)
                : -1;
        return new SourceItem(Long.toString(id), platform, url, Json.optionalString(post, "username", path), created,
                title, plainText(Json.optionalString(post, "blurb", path)), "", Long.toString(topicId), "",
                new SourceItem.Metrics(-1, likes, -1, -1, -1));
    }

    /** Blurbs may carry search-highlight markup and entities; Chorus wants plain text. */
    static String plainText(String html) {
        return TAG.matcher(html).replaceAll("").replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&amp;", "&").strip();
    }
}
