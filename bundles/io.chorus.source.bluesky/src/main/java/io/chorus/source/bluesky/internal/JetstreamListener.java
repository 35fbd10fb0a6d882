package io.chorus.source.bluesky.internal;

import java.net.http.WebSocket;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import io.chorus.source.api.ConnectorException;
import io.chorus.source.api.ConnectorException.Kind;
import io.chorus.source.api.Cursor;
import io.chorus.source.api.SourceItem;
import io.chorus.source.api.StreamingConnector;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads Jetstream events from a WebSocket, one message at a time: the next message is requested only after the sink
 * took the previous one, which is the stream's back-pressure. Keeps new posts the filter accepts; passes the cursor
 * on with them, and alone every {@link #CURSOR_EVERY} events so a quiet keyword does not leave the cursor behind.
 */
final class JetstreamListener implements WebSocket.Listener, StreamingConnector.Stream {

    static final int CURSOR_EVERY = 1_000;

    private final KeywordFilter filter;
    private final Receiver sink;
    private final long untilTimeUs;
    private final int maxEvents;
    private final int cursorEvery;
    private final StringBuilder message = new StringBuilder();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicReference<WebSocket> socket = new AtomicReference<>();
    private final CompletableFuture<Void> finished = new CompletableFuture<>();
    private volatile long events;
    private volatile boolean stoppedAtLimit;
    private volatile ConnectorException failure;
    private long lastTimeUs = -1;
    private long sinceCursor;

    /**
     * @param untilTimeUs stop after an event at or past this time (a catch-up), or Long.MAX_VALUE
     * @param maxEvents   stop after this many events, or Integer.MAX_VALUE
     */
    JetstreamListener(KeywordFilter filter, Receiver sink, long untilTimeUs, int maxEvents) {
        this.filter = filter;
        this.sink = sink;
        this.untilTimeUs = untilTimeUs;
        this.maxEvents = maxEvents;
        this.cursorEvery = maxEvents == Integer.MAX_VALUE ? CURSOR_EVERY : 1;
    }

    /**
     * Where events go: Chorus's sink for a stream, a list for a catch-up poll. Not {@link StreamingConnector.Sink}
     * itself: implementing a provider type would tie this bundle to one minor version of the SPI.
     */
    interface Receiver {
        void accept(List<SourceItem> items, Cursor next) throws InterruptedException;

        void closed(ConnectorException reason);

        static Receiver of(StreamingConnector.Sink sink) {
            return new Receiver() {
                @Override
                public void accept(List<SourceItem> items, Cursor next) throws InterruptedException {
                    sink.accept(items, next);
                }

                @Override
                public void closed(ConnectorException reason) {
                    sink.closed(reason);
                }
            };
        }
    }

    /** Completes when the stream ended for any reason: closed, failed, or at its limit. */
    CompletableFuture<Void> finished() {
        return finished;
    }

    long events() {
        return events;
    }

    /** Why the stream failed, or null when it did not. */
    ConnectorException failure() {
        return failure;
    }

    boolean stoppedAtLimit() {
        return stoppedAtLimit;
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        socket.set(webSocket);
        if (closed.get()) {
            webSocket.abort();
            return;
        }
        webSocket.request(1);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        message.append(data);
        if (last) {
            String text = message.toString();
            message.setLength(0);
            try {
                handle(text);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                close();
                return null;
            }
        }
        if (!closed.get()) {
            webSocket.request(1);
        }
        return null;
    }

    private void handle(String text) throws InterruptedException {
        if (closed.get()) {
            return;
        }
        JsonNode event;
        try {
            event = Xrpc.JSON.readTree(text);
        } catch (JacksonException e) {
            fail(new ConnectorException(Kind.BAD_RESPONSE, "Jetstream sent an event that is not JSON (at column "
                    + (e.getLocation() == null ? "?" : e.getLocation().getColumnNr()) + " of event " + (events + 1)
                    + "): " + e.getOriginalMessage() + "; the stream is reopened from the last good event", e));
            return;
        }
        events++;
        long timeUs = event.path("time_us").asLong(-1);
        if (timeUs > 0) {
            lastTimeUs = timeUs;
        }
        SourceItem item = post(event);
        sinceCursor++;
        boolean keep = item != null && filter.accepts(item);
        if ((keep || sinceCursor >= cursorEvery) && lastTimeUs > 0) {
            sinceCursor = 0;
            sink.accept(keep ? List.of(item) : List.of(), new Cursor(Long.toString(lastTimeUs)));
        }
        if (lastTimeUs >= untilTimeUs || events >= maxEvents) {
            stoppedAtLimit = events >= maxEvents && lastTimeUs < untilTimeUs;
            close();
        }
    }

    /** The post a "create" commit of app.bsky.feed.post carries, or null for every other event. */
    static SourceItem post(JsonNode event) {
        JsonNode commit = event.path("commit");
        if (!"commit".equals(BlueskyPosts.text(event, "kind"))
                || !"create".equals(BlueskyPosts.text(commit, "operation"))
                || !BlueskyPosts.POST_COLLECTION.equals(BlueskyPosts.text(commit, "collection"))
                || !commit.path("record").isObject()) {
            return null;
        }
        String did = BlueskyPosts.text(event, "did");
        String rkey = BlueskyPosts.text(commit, "rkey");
        if (did.isEmpty() || rkey.isEmpty()) {
            return null;
        }
        String uri = "at://" + did + "/" + BlueskyPosts.POST_COLLECTION + "/" + rkey;
        // The firehose names authors by DID only; bsky.app resolves a DID in the profile part of the address.
        return BlueskyPosts.fromRecord(uri, did, did, commit.get("record"), SourceItem.Metrics.UNKNOWN);
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        if (closed.compareAndSet(false, true)) {
            sink.closed(new ConnectorException(Kind.UNAVAILABLE, "Jetstream closed the stream (code " + statusCode
                    + (reason.isEmpty() ? "" : ", " + reason) + "); Chorus reopens it from the last event"));
        }
        finished.complete(null);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        failed(error);
    }

    /** The connection could not be opened or broke. */
    void failed(Throwable error) {
        fail(new ConnectorException(Kind.UNAVAILABLE, "The Jetstream connection failed: " + error
                + "; Chorus reopens it from the last event", error));
    }

    private void fail(ConnectorException reason) {
        failure = reason;
        if (closed.compareAndSet(false, true)) {
            WebSocket webSocket = socket.get();
            if (webSocket != null) {
                webSocket.abort();
            }
            sink.closed(reason);
        }
        finished.complete(null);
    }

    /** Stops receiving; the sink hears nothing more. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            WebSocket webSocket = socket.get();
            if (webSocket != null) {
                webSocket.sendClose(WebSocket.NORMAL_CLOSURE, "").whenComplete((ws, e) -> webSocket.abort());
            }
        }
        finished.complete(null);
    }
}
