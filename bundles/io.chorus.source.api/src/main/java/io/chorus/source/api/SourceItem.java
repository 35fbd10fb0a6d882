package io.chorus.source.api;

import java.time.Instant;
import java.util.Objects;

/**
 * One post, comment, article or review as a connector found it. Chorus turns it into a mention: it fills in the
 * language when empty, finds duplicates, matches and stores it.
 *
 * @param id        stable and unique within the platform (the platform's own id, or the URL when there is none)
 * @param platform  the platform id, one of {@link ConnectorInfo#platforms()}
 * @param url       where people can read it, or empty
 * @param author    the author's name or handle, or empty
 * @param published when it was written, or null when the platform does not say
 * @param title     its title (of an article, a thread), or empty
 * @param text      its text as plain text: connectors strip markup
 * @param language  ISO 639-1 code when the platform says, or empty
 * @param threadId  the platform id of the thread it belongs to, or empty
 * @param parentId  the platform id of what it answers, or empty
 * @param metrics   audience and reactions
 */
public record SourceItem(String id, String platform, String url, String author, Instant published, String title,
                         String text, String language, String threadId, String parentId, Metrics metrics) {

    public SourceItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(threadId, "threadId");
        Objects.requireNonNull(parentId, "parentId");
        Objects.requireNonNull(metrics, "metrics");
        if (id.isBlank()) {
            throw new IllegalArgumentException("an item needs an id");
        }
    }

    /** An item outside any thread, with unknown metrics and language. */
    public static SourceItem of(String id, String platform, String url, String author, Instant published,
                                String title, String text) {
        return new SourceItem(id, platform, url, author, published, title, text, "", "", "", Metrics.UNKNOWN);
    }

    /**
     * Audience and reactions when collected; -1 where unknown.
     */
    public record Metrics(long followers, long likes, long comments, long shares, long views) {
        public static final Metrics UNKNOWN = new Metrics(-1, -1, -1, -1, -1);
    }
}
