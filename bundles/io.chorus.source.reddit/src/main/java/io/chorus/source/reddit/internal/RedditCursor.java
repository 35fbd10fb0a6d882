package io.chorus.source.reddit.internal;

import io.chorus.source.api.ConnectorException;
import io.chorus.source.api.Cursor;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Where a Reddit source stands in its two listings: the search for posts and, when comments are collected, the new
 * comments of its subreddits. {@code inComments} says which one the next poll reads.
 */
record RedditCursor(ListingPosition posts, ListingPosition comments, boolean inComments) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static RedditCursor start(long since) {
        return new RedditCursor(ListingPosition.watermark(since, ""), ListingPosition.watermark(since, ""), false);
    }

    ListingPosition current() {
        return inComments ? comments : posts;
    }

    /** This listing moved to {@code position}; {@code switchListing} hands the next poll to the other one. */
    RedditCursor with(ListingPosition position, boolean switchListing) {
        ListingPosition newPosts = inComments ? posts : position;
        ListingPosition newComments = inComments ? position : comments;
        return new RedditCursor(newPosts, newComments, inComments != switchListing);
    }

    Cursor encode() {
        ObjectNode node = JSON.createObjectNode();
        posts.writeTo(node.putObject("posts"));
        comments.writeTo(node.putObject("comments"));
        if (inComments) {
            node.put("next", "comments");
        }
        return new Cursor(JSON.writeValueAsString(node));
    }

    static RedditCursor decode(Cursor cursor) throws ConnectorException {
        try {
            JsonNode node = JSON.readTree(cursor.value());
            return new RedditCursor(ListingPosition.read(node.path("posts"), "posts"),
                    ListingPosition.read(node.path("comments"), "comments"),
                    "comments".equals(node.path("next").asString("")));
        } catch (JacksonException | IllegalArgumentException e) {
            throw new ConnectorException(ConnectorException.Kind.CONFIGURATION, "The stored position of this Reddit"
                    + " source cannot be read (" + e.getMessage() + "): " + cursor.value()
                    + ". Reset the source's position to collect from the look-back period again.", e);
        }
    }
}
