package io.chorus.source.api;

import java.time.Instant;
import java.util.Objects;

/**
 * A post as the platform took it.
 *
 * @param postId    the platform's id of the post
 * @param url       where people can see it, or empty
 * @param published when the platform says it was published
 */
public record Published(String postId, String url, Instant published) {

    public Published {
        Objects.requireNonNull(postId, "postId");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(published, "published");
    }
}
