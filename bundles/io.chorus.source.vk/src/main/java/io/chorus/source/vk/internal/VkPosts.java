package io.chorus.source.vk.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import io.chorus.source.api.ConnectorException;
import io.chorus.source.api.ConnectorException.Kind;
import io.chorus.source.api.SourceItem;
import tools.jackson.databind.JsonNode;

/**
 * Turns the "response" of newsfeed.search or wall.get with extended=1 (items + profiles + groups) into items.
 */
final class VkPosts {

    private final Map<Long, String> names = new HashMap<>();

    VkPosts(JsonNode response) {
        for (JsonNode profile : response.path("profiles")) {
            String name = (profile.path("first_name").asString("") + " " + profile.path("last_name").asString(""))
                    .strip();
            names.put(profile.path("id").asLong(), name.isEmpty() ? profile.path("screen_name").asString("") : name);
        }
        for (JsonNode group : response.path("groups")) {
            names.put(-group.path("id").asLong(), group.path("name").asString(""));
        }
    }

    static JsonNode items(String method, JsonNode response) throws ConnectorException {
        JsonNode items = response.path("items");
        if (!items.isArray()) {
            throw new ConnectorException(Kind.BAD_RESPONSE, "VK " + method + " answered without an \"items\" list");
        }
        return items;
    }

    SourceItem item(JsonNode post) throws ConnectorException {
        long owner = post.path("owner_id").asLong(0);
        long id = post.path("id").asLong(0);
        if (owner == 0 || id == 0) {
            throw new ConnectorException(Kind.BAD_RESPONSE, "A VK post without owner_id or id: " + abbreviate(post));
        }
        String text = post.path("text").asString("");
        String parent = "";
        JsonNode original = post.path("copy_history").path(0);
        if (original.isObject()) {
            // A repost: its own text is a comment (often empty); what is said about the brand is in the original.
            String originalText = original.path("text").asString("");
            text = text.isBlank() ? originalText : text + "\n\n" + originalText;
            parent = original.path("owner_id").asLong() + "_" + original.path("id").asLong();
        }
        long author = post.path("from_id").asLong(owner);
        long date = post.path("date").asLong(0);
        SourceItem.Metrics metrics = new SourceItem.Metrics(-1, count(post, "likes"), count(post, "comments"),
                count(post, "reposts"), count(post, "views"));
        return new SourceItem(owner + "_" + id, "vk", "https://vk.com/wall" + owner + "_" + id,
                names.getOrDefault(author, names.getOrDefault(owner, "")), date > 0 ? Instant.ofEpochSecond(date) : null,
                "", text.strip(), "", "", parent, metrics);
    }

    String name(long ownerId) {
        return names.getOrDefault(ownerId, String.valueOf(ownerId));
    }

    private static long count(JsonNode post, String field) {
        JsonNode count = post.path(field).path("count");
        return count.isNumber() ? count.asLong() : -1;
    }

    private static String abbreviate(JsonNode node) {
        String text = node.toString();
        return text.length() > 200 ? text.substring(0, 200) + "..." : text;
    }
}
