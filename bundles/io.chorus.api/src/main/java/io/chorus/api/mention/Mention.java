package io.chorus.api.mention;

import java.time.Instant;
import java.util.Objects;

/**
 * One post, comment, review or article.
 *
 * @param id        unique within the platform
 * @param platform  the platform id, or empty when unknown
 * @param url       where it is, or empty
 * @param author    the author's name or handle, or empty
 * @param published when it was written, or null when unknown
 * @param title     the title of a post, article or thread, or empty
 * @param text      what was written
 * @param language  ISO 639-1 code, or empty when unknown (detected before matching)
 */
public record Mention(String id, String platform, String url, String author, Instant published, String title,
                      String text, String language) {

    public Mention {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(language, "language");
    }
}
