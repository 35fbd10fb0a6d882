package io.chorus.source.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * What a {@link ReplayServer} answers to one method and exact path (the query is not part of the match; use a
 * predicate for it). Replies are served in the order they were added; the last one repeats.
 */
public final class Route {

    private final String method;
    private final String path;
    private final Predicate<RecordedRequest> predicate;
    private final List<Reply> replies = new ArrayList<>();
    private final AtomicInteger hits = new AtomicInteger();

    Route(String method, String path, Predicate<RecordedRequest> predicate) {
        this.method = method.toUpperCase(Locale.ROOT);
        this.path = Objects.requireNonNull(path, "path");
        this.predicate = predicate;
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("a route path starts with /: " + path);
        }
    }

    /** Adds the next reply. */
    public synchronized Route reply(Reply reply) {
        replies.add(Objects.requireNonNull(reply, "reply"));
        return this;
    }

    /** How many requests this route answered. */
    public int hits() {
        return hits.get();
    }

    synchronized List<Reply> replies() {
        return List.copyOf(replies);
    }

    boolean hasPredicate() {
        return predicate != null;
    }

    boolean matches(RecordedRequest request) {
        return method.equals(request.method()) && path.equals(request.path())
                && (predicate == null || predicate.test(request));
    }

    /** The reply for the next request, or null when none was added. */
    synchronized Reply next() {
        if (replies.isEmpty()) {
            return null;
        }
        int index = hits.getAndIncrement();
        return replies.get(Math.min(index, replies.size() - 1));
    }

    @Override
    public String toString() {
        return method + " " + path + (predicate == null ? "" : " (with a predicate)");
    }
}
