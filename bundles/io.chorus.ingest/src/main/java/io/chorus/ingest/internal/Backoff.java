package io.chorus.ingest.internal;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Pauses after failures: exponential with full jitter (a random pause between zero and the exponential bound), so
 * sources that failed together do not retry together.
 */
public final class Backoff {

    private final Duration base;
    private final Duration cap;
    private final RandomGenerator random;

    public Backoff(Duration base, Duration cap, RandomGenerator random) {
        this.base = base;
        this.cap = cap;
        this.random = random;
    }

    /** The pause after the {@code failures}-th failure in a row (1 for the first). */
    public synchronized Duration pause(int failures) {
        int exponent = Math.min(Math.max(failures - 1, 0), 30);
        long bound = Math.min(cap.toMillis(), base.toMillis() << exponent);
        // at least a second: a zero pause would hammer a platform that is down
        return Duration.ofMillis(Math.max(1_000, random.nextLong(bound + 1)));
    }

    /** The platform's own wait when it gave one, never shorter. */
    public Duration pause(int failures, Duration retryAfter) {
        return retryAfter == null || retryAfter.isNegative() ? pause(failures) : retryAfter.plusMillis(
                Math.min(5_000, pause(1).toMillis() / 10));
    }
}
