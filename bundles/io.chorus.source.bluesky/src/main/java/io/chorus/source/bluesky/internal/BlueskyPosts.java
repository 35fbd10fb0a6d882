package io.chorus.source.bluesky.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import io.chorus.source.api.ConnectorException;
import io.chorus.source.api.ConnectorException.Kind;
import io.chorus.source.api.SourceItem;
import tools.jackson.databind.JsonNode;

/** Reads Bluesky posts: AppView post views (search, getPosts) and raw post records (Jetstream) into source items. */
final class BlueskyPosts {

    static final String PLATFORM = "bluesky";
    static final String POST_COLLECTION = "app.bsky.feed.post";

    private BlueskyPosts() {
    }

    /** An app.bsky.feed.defs#postView. */
    static SourceItem fromView(JsonNode view) throws ConnectorException {
        String uri = text(view, "uri");
        if (!uri.startsWith("at://")) {
            throw new ConnectorException(Kind.BAD_RESPONSE, "A Bluesky post has no at:// \"uri\" (found \"" + uri
                    + "\"): the answer is not a list of post views");
        }
        JsonNode author = view.path("author");
        String handle = text(author, "handle");
        String name = text(author, "displayName").strip();
        String who = handle.isEmpty() ? text(author, "did") : "@" + handle;
        long shares = sum(number(view, "repostCount"), number(view, "quoteCount"));
        return fromRecord(uri, handle.isEmpty() ? text(author, "did") : handle,
                name.isEmpty() ? who : name + " (" + who + ")", view.path("record"),
                new SourceItem.Metrics(-1, number(view, "likeCount"), number(view, "replyCount"), shares, -1));
    }

    /**
     * A post record (app.bsky.feed.post) at {@code uri}.
     *
     * @param profile what names the author in the web address: the handle, or the DID where the handle is unknown
     */
    static SourceItem fromRecord(String uri, String profile, String author, JsonNode record, SourceItem.Metrics metrics) {
        JsonNode reply = record.path("reply");
        return new SourceItem(uri, PLATFORM, webUrl(profile, uri), author, instant(text(record, "createdAt")), "",
                text(record, "text"), language(record.path("langs")), text(reply.path("root"), "uri"),
                text(reply.path("parent"), "uri"), metrics);
    }

    /** https://bsky.app/profile/{handle or did}/post/{rkey}. */
    static String webUrl(String profile, String atUri) {
        return profile.isEmpty() ? "" : "https://bsky.app/profile/" + profile + "/post/" + rkey(atUri);
    }

    static String rkey(String atUri) {
        return atUri.substring(atUri.lastIndexOf('/') + 1);
    }

    /** The first declared language as ISO 639-1 ("en-US" is "en"); posts may declare up to three. */
    private static String language(JsonNode langs) {
        if (!langs.isArray() || langs.isEmpty() || !langs.get(0).isString()) {
            return "";
        }
        String tag = langs.get(0).stringValue();
        int dash = tag.indexOf('-');
        String primary = (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(Locale.ROOT);
        return primary.length() == 2 ? primary : "";
    }

    /** When the AppView sorts a post: the earlier of when it says it was written and when it was indexed. */
    static Instant sortAt(JsonNode view) {
        Instant indexed = instant(text(view, "indexedAt"));
        Instant created = instant(text(view.path("record"), "createdAt"));
        if (indexed == null) {
            return created;
        }
        return created == null || indexed.isBefore(created) ? indexed : created;
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value != null && value.isString() ? value.stringValue() : "";
    }

    static long number(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value != null && value.isNumber() ? value.asLong() : -1;
    }

    private static long sum(long a, long b) {
        return a < 0 ? b : b < 0 ? a : a + b;
    }

    static Instant instant(String value) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
