package io.chorus.api.mention;

import java.time.Instant;
import java.util.Objects;

/**
 * One post, comment, review or article.
 *
 * @param id         unique within the platform
 * @param platform   the platform id, or empty when unknown
 * @param url        where it is, or empty
 * @param author     the author's name or handle, or empty
 * @param published  when it was written, or null when unknown
 * @param title      the title of a post, article or thread, or empty
 * @param text       what was written
 * @param language   ISO 639-1 code, or empty when unknown (detected before matching)
 * @param threadId   the platform id of the thread or post this one belongs to, or empty when it starts one
 * @param parentId   the platform id of the post or comment this one answers, or empty
 * @param engagement the author's audience and the reactions the mention had when it was collected
 */
public record Mention(String id, String platform, String url, String author, Instant published, String title,
                      String text, String language, String threadId, String parentId, Engagement engagement) {

    public Mention {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(threadId, "threadId");
        Objects.requireNonNull(parentId, "parentId");
        Objects.requireNonNull(engagement, "engagement");
    }

    /** A mention outside any thread, with unknown engagement. */
    public Mention(String id, String platform, String url, String author, Instant published, String title,
                   String text, String language) {
        this(id, platform, url, author, published, title, text, language, "", "", Engagement.UNKNOWN);
    }

    /** {@code platform:id}: what identifies a mention across the workspace. */
    public String key() {
        return platform + ":" + id;
    }

    public Mention withLanguage(String newLanguage) {
        return new Mention(id, platform, url, author, published, title, text, newLanguage, threadId, parentId,
                engagement);
    }
}
