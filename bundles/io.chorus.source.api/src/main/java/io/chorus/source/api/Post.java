package io.chorus.source.api;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What to publish.
 *
 * @param idempotencyKey unique per intended publication; the same key is sent on every retry
 * @param text           the text, already within the platform's limits
 * @param media          attachments, in order
 * @param replyTo        the platform id of the post to answer, or empty for a new post
 * @param options        platform-specific options by name ({@code visibility=unlisted}, {@code erid=...})
 */
public record Post(String idempotencyKey, String text, List<Media> media, String replyTo,
                   Map<String, String> options) {

    public Post {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(replyTo, "replyTo");
        media = List.copyOf(media);
        options = Map.copyOf(options);
        if (idempotencyKey.isBlank()) {
            throw new IllegalArgumentException("a post needs an idempotency key");
        }
    }

    public static Post text(String idempotencyKey, String text) {
        return new Post(idempotencyKey, text, List.of(), "", Map.of());
    }

    public boolean isReply() {
        return !replyTo.isEmpty();
    }

    /**
     * An attachment.
     *
     * @param uri         where the file is ({@code file:} or {@code https:})
     * @param mimeType    its type ({@code image/png})
     * @param description alternative text, or empty
     */
    public record Media(String uri, String mimeType, String description) {
        public Media {
            Objects.requireNonNull(uri, "uri");
            Objects.requireNonNull(mimeType, "mimeType");
            Objects.requireNonNull(description, "description");
        }
    }
}
