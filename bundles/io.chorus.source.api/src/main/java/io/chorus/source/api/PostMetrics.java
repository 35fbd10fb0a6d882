package io.chorus.source.api;

import java.time.Instant;
import java.util.Objects;

/**
 * The numbers of a published post at one moment; -1 where the platform does not say.
 */
public record PostMetrics(String postId, Instant at, long views, long likes, long comments, long shares,
                          long followers) {

    public PostMetrics {
        Objects.requireNonNull(postId, "postId");
        Objects.requireNonNull(at, "at");
    }
}
