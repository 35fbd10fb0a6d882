package io.chorus.source.api;

import java.time.Duration;
import java.util.Objects;

/** The platform refused or failed. The message is for people: say what happened and what to do. */
public class ConnectorException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What Chorus should do about it. */
    public enum Kind {
        /** The token or credentials are wrong or expired: a person must fix the settings. */
        AUTHENTICATION,
        /** The settings are wrong (no such feed, bad URL): a person must fix them. */
        CONFIGURATION,
        /** The platform asks to slow down: wait {@link #retryAfter()} if known, else back off. */
        RATE_LIMITED,
        /** The platform is down or the network failed: retry later with growing pauses. */
        UNAVAILABLE,
        /** The platform answered with something that cannot be read: retry later, report if it persists. */
        BAD_RESPONSE,
        /** Publishing: the platform rejected the content (too long, forbidden): a person must change it. */
        REJECTED,
        /** What was asked for does not exist (a deleted post). */
        NOT_FOUND
    }

    private final Kind kind;
    private final Duration retryAfter;

    public ConnectorException(Kind kind, String message) {
        this(kind, message, null, null);
    }

    public ConnectorException(Kind kind, String message, Throwable cause) {
        this(kind, message, null, cause);
    }

    /**
     * @param retryAfter how long the platform asked to wait (Retry-After, rate-limit reset), or null
     */
    public ConnectorException(Kind kind, String message, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.retryAfter = retryAfter;
    }

    public static ConnectorException rateLimited(String message, Duration retryAfter) {
        return new ConnectorException(Kind.RATE_LIMITED, message, retryAfter, null);
    }

    public Kind kind() {
        return kind;
    }

    /** How long to wait before the next call, or null when the platform did not say. */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whether trying again later may work without a person changing anything. */
    public boolean isTransient() {
        return kind == Kind.RATE_LIMITED || kind == Kind.UNAVAILABLE || kind == Kind.BAD_RESPONSE;
    }
}
