package io.chorus.source.api;

import java.time.Duration;
import java.util.Objects;

/**
 * At most {@code requests} calls per {@code per}, shared by every source of one {@link SourceConnector#rateScope}.
 */
public record RateLimit(int requests, Duration per) {

    /** For connectors with no limit of their own (local files). */
    public static final RateLimit NONE = new RateLimit(Integer.MAX_VALUE, Duration.ofSeconds(1));

    public RateLimit {
        Objects.requireNonNull(per, "per");
        if (requests < 1 || per.isZero() || per.isNegative()) {
            throw new IllegalArgumentException("a rate limit needs at least one request per positive duration");
        }
    }

    public static RateLimit perSecond(int requests) {
        return new RateLimit(requests, Duration.ofSeconds(1));
    }

    public static RateLimit perMinute(int requests) {
        return new RateLimit(requests, Duration.ofMinutes(1));
    }
}
