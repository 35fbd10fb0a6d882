package io.chorus.ingest.internal;

import io.chorus.source.api.RateLimit;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * One token bucket per rate scope: every source of a scope draws from it, so ten sources on one platform together
 * stay within the platform's limit. A full bucket allows a burst of {@code requests}; tokens come back evenly.
 */
public final class RateLimits {

    private final Map<String, Bucket> buckets = new HashMap<>();

    private static final class Bucket {
        RateLimit limit;
        double tokens;
        Instant updated;
    }

    /**
     * Takes one call's token for {@code scope}.
     *
     * @return zero when the call may go now, else how long to wait before asking again (no token was taken)
     */
    public synchronized Duration acquire(String scope, RateLimit limit, Instant now) {
        if (limit.requests() == Integer.MAX_VALUE) {
            return Duration.ZERO;
        }
        Bucket bucket = buckets.computeIfAbsent(scope, s -> {
            Bucket fresh = new Bucket();
            fresh.limit = limit;
            fresh.tokens = limit.requests();
            fresh.updated = now;
            return fresh;
        });
        bucket.limit = limit;
        double perNano = (double) limit.requests() / limit.per().toNanos();
        long elapsed = Math.max(0, Duration.between(bucket.updated, now).toNanos());
        bucket.tokens = Math.min(limit.requests(), bucket.tokens + elapsed * perNano);
        bucket.updated = now;
        if (bucket.tokens >= 1) {
            bucket.tokens -= 1;
            return Duration.ZERO;
        }
        return Duration.ofNanos((long) Math.ceil((1 - bucket.tokens) / perNano));
    }
}
