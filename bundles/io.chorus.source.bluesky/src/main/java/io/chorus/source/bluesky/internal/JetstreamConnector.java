package io.chorus.source.bluesky.internal;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.Designate;

import io.chorus.source.api.ConnectorContext;
import io.chorus.source.api.ConnectorException;
import io.chorus.source.api.ConnectorException.Kind;
import io.chorus.source.api.ConnectorInfo;
import io.chorus.source.api.Cursor;
import io.chorus.source.api.Page;
import io.chorus.source.api.RateLimit;
import io.chorus.source.api.SourceConnector;
import io.chorus.source.api.SourceItem;
import io.chorus.source.api.StreamingConnector;

/**
 * New Bluesky posts from a Jetstream firehose (JSON over WebSocket), kept when they contain a keyword. The cursor is
 * the {@code time_us} of the last event read; Jetstream replays from it, so a reopened stream loses nothing within
 * Jetstream's replay window (about a day). {@link #poll} catches up the same way and returns when it reaches the
 * present.
 */
@Component(service = {StreamingConnector.class, SourceConnector.class},
        configurationPid = JetstreamConnector.SETTINGS_PID,
        configurationPolicy = ConfigurationPolicy.IGNORE)
@Designate(ocd = JetstreamSettings.class, factory = true)
public final class JetstreamConnector implements StreamingConnector {

    static final String SETTINGS_PID = "io.chorus.source.bluesky.jetstream";
    /** One catch-up poll reads at most this many events before handing back a page. */
    static final int MAX_EVENTS_PER_POLL = 5_000;

    private static final ConnectorInfo INFO = new ConnectorInfo("bluesky-jetstream", "Bluesky firehose",
            "Every new Bluesky post, through Jetstream, kept when it contains a keyword.", Set.of("bluesky"),
            SETTINGS_PID, JetstreamSettings.class, Set.of(), RateLimit.perMinute(30), Duration.ofMinutes(1));

    @Override
    public ConnectorInfo info() {
        return INFO;
    }

    @Override
    public Stream open(ConnectorContext context, Cursor cursor, Sink sink) throws ConnectorException {
        JetstreamSettings settings = context.settings(JetstreamSettings.class);
        KeywordFilter filter = filter(settings);
        JetstreamListener listener = new JetstreamListener(filter, JetstreamListener.Receiver.of(sink), Long.MAX_VALUE,
                Integer.MAX_VALUE);
        URI uri = subscribeUri(settings, cursor);
        context.http().newWebSocketBuilder().header("User-Agent", context.userAgent())
                .connectTimeout(context.requestTimeout()).buildAsync(uri, listener)
                .whenComplete((socket, failure) -> {
                    if (failure != null) {
                        listener.failed(failure);
                    }
                });
        return listener;
    }

    /**
     * Catches up from the cursor: reads the replay until it reaches the time of this call, the stream pauses for a
     * request timeout, or {@link #MAX_EVENTS_PER_POLL} events (then more is ready).
     */
    @Override
    public Page poll(ConnectorContext context, Cursor cursor) throws ConnectorException, InterruptedException {
        JetstreamSettings settings = context.settings(JetstreamSettings.class);
        KeywordFilter filter = filter(settings);
        long until = ChronoUnit.MICROS.between(Instant.EPOCH, context.clock().instant());
        CollectingSink collected = new CollectingSink(cursor);
        JetstreamListener listener = new JetstreamListener(filter, collected, until, MAX_EVENTS_PER_POLL);
        try {
            context.http().newWebSocketBuilder().header("User-Agent", context.userAgent())
                    .connectTimeout(context.requestTimeout()).buildAsync(subscribeUri(settings, cursor), listener)
                    .get(context.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            listener.close();
            throw new ConnectorException(Kind.UNAVAILABLE, "Could not connect to Jetstream ("
                    + subscribeUri(settings, cursor).getHost() + "): " + (e.getCause() == null ? e : e.getCause())
                    + "; Chorus will try again later", e);
        }
        try {
            // Reading stops at the present, at the event limit, at the server's close, or when the stream goes quiet.
            while (!listener.finished().isDone()) {
                long before = listener.events();
                try {
                    listener.finished().get(context.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    if (listener.events() == before) {
                        break;
                    }
                } catch (ExecutionException e) {
                    throw new IllegalStateException("the stream's end never fails", e);
                }
            }
        } finally {
            listener.close();
        }
        if (listener.failure() != null && collected.items().isEmpty() && collected.cursor().equals(cursor)) {
            throw listener.failure();
        }
        return new Page(collected.items(), collected.cursor(), listener.stoppedAtLimit(), null);
    }

    @Override
    public String check(ConnectorContext context) throws ConnectorException, InterruptedException {
        JetstreamSettings settings = context.settings(JetstreamSettings.class);
        KeywordFilter filter = filter(settings);
        return "Jetstream settings are complete: " + filter.keywords().size() + " keyword(s)"
                + (filter.languages().isEmpty() ? "" : " in " + String.join(", ", filter.languages()))
                + "; " + subscribeUri(settings, Cursor.START).getHost() + " is contacted when the source starts";
    }

    private static KeywordFilter filter(JetstreamSettings settings) throws ConnectorException {
        KeywordFilter filter = KeywordFilter.of(settings.keywords(), settings.languages());
        if (filter.isEmpty()) {
            throw new ConnectorException(Kind.CONFIGURATION, "The firehose source has no keywords: enter the words "
                    + "posts must contain, separated by commas (the firehose carries every post on Bluesky)");
        }
        return filter;
    }

    static URI subscribeUri(JetstreamSettings settings, Cursor cursor) throws ConnectorException {
        URI base = Xrpc.serviceUri(settings.jetstreamUrl(), "Jetstream URL");
        StringBuilder uri = new StringBuilder(base.toString())
                .append(base.getRawQuery() == null ? '?' : '&').append("wantedCollections=")
                .append(BlueskyPosts.POST_COLLECTION);
        if (!cursor.isStart()) {
            if (!cursor.value().matches("\\d{1,19}")) {
                throw new ConnectorException(Kind.CONFIGURATION, "The stored firehose cursor \"" + cursor.value()
                        + "\" is not a time in microseconds; reset the source to start from now");
            }
            uri.append("&cursor=").append(cursor.value());
        }
        return URI.create(uri.toString());
    }

    /** Gathers a catch-up poll's items and remembers the last cursor. */
    private static final class CollectingSink implements JetstreamListener.Receiver {
        private final List<SourceItem> items = new ArrayList<>();
        private Cursor cursor;

        CollectingSink(Cursor start) {
            this.cursor = start;
        }

        @Override
        public synchronized void accept(List<SourceItem> batch, Cursor next) {
            items.addAll(batch);
            cursor = next;
        }

        @Override
        public void closed(ConnectorException reason) {
            // the listener's finished() says when reading ended
        }

        synchronized List<SourceItem> items() {
            return List.copyOf(items);
        }

        synchronized Cursor cursor() {
            return cursor;
        }
    }
}
