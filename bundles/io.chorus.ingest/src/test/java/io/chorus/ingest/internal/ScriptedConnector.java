package io.chorus.ingest.internal;

import io.chorus.source.api.ConnectorContext;
import io.chorus.source.api.ConnectorException;
import io.chorus.source.api.ConnectorInfo;
import io.chorus.source.api.Cursor;
import io.chorus.source.api.Page;
import io.chorus.source.api.RateLimit;
import io.chorus.source.api.SourceConnector;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/** A connector whose polls do what the test says; it records every call. */
final class ScriptedConnector implements SourceConnector {

    /** The settings of the test connector: a required feed, a secret token, a page size with default. */
    @interface Settings {
        String feed();

        String token() default "";

        int pageSize() default 10;
    }

    interface Poll {
        Page poll(ConnectorContext context, Cursor cursor) throws ConnectorException, InterruptedException;
    }

    record Call(String source, Cursor cursor, java.time.Instant at) {
    }

    private final ConnectorInfo info;
    private final String scopeSuffix;
    volatile Poll behaviour;
    final List<Call> calls = new CopyOnWriteArrayList<>();

    ScriptedConnector(String id, RateLimit limit, Poll behaviour) {
        this(id, limit, behaviour, "");
    }

    /** @param scopeSuffix when not empty, each source gets its own rate scope {@code id:suffix:source} */
    ScriptedConnector(String id, RateLimit limit, Poll behaviour, String scopeSuffix) {
        this.info = new ConnectorInfo(id, "Test " + id, "Items the test hands out", Set.of("web"), "io.chorus.test."
                + id, Settings.class, Set.of("token"), limit, Duration.ofMinutes(5));
        this.behaviour = behaviour;
        this.scopeSuffix = scopeSuffix;
    }

    @Override
    public ConnectorInfo info() {
        return info;
    }

    @Override
    public Page poll(ConnectorContext context, Cursor cursor) throws ConnectorException, InterruptedException {
        calls.add(new Call(context.id(), cursor, context.clock().instant()));
        return behaviour.poll(context, cursor);
    }

    /** Like a feed connector: a feed address on the example forum answers, anything else is not found. */
    @Override
    public String check(ConnectorContext context) throws ConnectorException {
        String feed = context.settings(Settings.class).feed();
        if (!feed.startsWith("https://forum.acme.example/")) {
            throw new ConnectorException(ConnectorException.Kind.CONFIGURATION, "no feed at " + feed
                    + "; check the address");
        }
        return "Feed found at " + feed;
    }

    @Override
    public String rateScope(ConnectorContext context) {
        return scopeSuffix.isEmpty() ? info.id() : info.id() + ":" + scopeSuffix + ":" + context.id();
    }

    long callsOf(String source) {
        return calls.stream().filter(c -> c.source().equals(source)).count();
    }
}
