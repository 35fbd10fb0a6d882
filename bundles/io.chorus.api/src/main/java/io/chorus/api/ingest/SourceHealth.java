package io.chorus.api.ingest;

import java.time.Instant;
import java.util.Objects;

/**
 * How a source is doing.
 *
 * @param sourceId      the source
 * @param state         in a word
 * @param lastSuccess   the end of the last poll that worked, or null
 * @param lastError     when the last poll failed, or null
 * @param lastErrorText what went wrong and what to do, in words, or empty
 * @param itemsLastHour mentions it delivered in the last hour
 * @param itemsTotal    mentions it delivered since it was added
 * @param nextPoll      when it is polled next, or null when paused
 */
public record SourceHealth(String sourceId, State state, Instant lastSuccess, Instant lastError,
                           String lastErrorText, long itemsLastHour, long itemsTotal, Instant nextPoll) {

    public enum State {
        /** Never polled yet. */
        NEW,
        OK,
        /** The platform asked to slow down; polling resumes by itself. */
        RATE_LIMITED,
        /** The last polls failed; retrying with growing pauses. */
        FAILING,
        /** Needs a person: a wrong token, a missing setting, a connector that is not installed. */
        NEEDS_ATTENTION,
        PAUSED
    }

    public SourceHealth {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(lastErrorText, "lastErrorText");
    }
}
