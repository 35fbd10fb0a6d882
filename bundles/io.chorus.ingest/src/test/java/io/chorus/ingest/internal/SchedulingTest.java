package io.chorus.ingest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chorus.api.ingest.SourceConfig;
import io.chorus.api.ingest.SourceHealth;
import io.chorus.source.api.ConnectorException;
import io.chorus.source.api.Cursor;
import io.chorus.source.api.Page;
import io.chorus.source.api.RateLimit;
import io.chorus.source.api.SourceItem;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Polling pace, rate limits, backoff and attention, on a fake clock. */
class SchedulingTest {

    static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    @TempDir
    Path temp;

    final MutableClock clock = new MutableClock(T0);
    final ManualJobs jobs = new ManualJobs(clock);
    final InMemoryMentionStore store = new InMemoryMentionStore();
    final EngineFixture fixture = new EngineFixture();

    IngestEngine engine() throws Exception {
        IngestEngine engine = fixture.engine(temp.resolve("ws"), jobs, store, clock, Duration.ofMinutes(2));
        engine.start();
        return engine;
    }

    static SourceConfig source(String id, String connector, Duration interval) {
        return new SourceConfig(id, connector, "Source " + id, false, interval, Map.of("feed", "https://example.org/" + id));
    }

    static List<SourceItem> items(String prefix, int from, int count) {
        List<SourceItem> items = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            items.add(SourceItem.of(prefix + i, "web", "https://example.org/p/" + prefix + i, "author" + i, T0,
                    "", "Post number " + i + " about " + prefix + " with its own words " + Long.toHexString(i * 7919L)));
        }
        return items;
    }

    @Test
    void pagesWithMoreArePolledAtOnceThenTheIntervalOrPollAgainIn() throws Exception {
        ScriptedConnector connector = new ScriptedConnector("feed", RateLimit.NONE, (ctx, cursor) -> switch (cursor.value()) {
            case "" -> Page.more(items("a", 0, 3), new Cursor("1"));
            case "1" -> Page.last(items("a", 3, 2), new Cursor("2"));
            default -> new Page(List.of(), new Cursor("3"), false, Duration.ofMinutes(42));
        });
        IngestEngine engine = engine();
        engine.connectorAdded(new IngestEngine.Installed(connector, java.util.Optional::empty));
        engine.save(source("s1", "feed", Duration.ofMinutes(10)));

        jobs.advance(Duration.ZERO);
        assertEquals(2, connector.calls.size(), "the second page is fetched at once because the first had more");
        assertEquals(5, store.size());
        SourceHealth health = engine.health("s1").orElseThrow();
        assertEquals(SourceHealth.State.OK, health.state());
        assertEquals(T0.plus(Duration.ofMinutes(10)), health.nextPoll(), "then the source's interval");
        assertEquals(5, health.itemsLastHour());

        jobs.advance(Duration.ofMinutes(10));
        assertEquals(3, connector.calls.size());
        assertEquals(T0.plus(Duration.ofMinutes(52)), engine.health("s1").orElseThrow().nextPoll(),
                "a page's pollAgainIn wins over the interval");

        jobs.advance(Duration.ofMinutes(70));
        assertEquals(0, engine.health("s1").orElseThrow().itemsLastHour(), "the hour slides");
        assertEquals(5, engine.health("s1").orElseThrow().itemsTotal());
    }

    @Test
    void sourcesOfOneRateScopeShareItsBudget() throws Exception {
        // two requests a minute for the whole connector, two sources that always have more
        ScriptedConnector connector = new ScriptedConnector("limited", RateLimit.perMinute(2),
                (ctx, cursor) -> Page.more(List.of(), new Cursor(cursor.value() + "x")));
        IngestEngine engine = engine();
        engine.connectorAdded(new IngestEngine.Installed(connector, java.util.Optional::empty));
        engine.save(source("one", "limited", Duration.ofMinutes(10)));
        engine.save(source("two", "limited", Duration.ofMinutes(10)));

        jobs.advance(Duration.ofMinutes(10).minusSeconds(1));
        // a burst of two, then one every 30 s for 599 s: 2 + 19
        assertEquals(21, connector.calls.size());
        assertTrue(connector.callsOf("one") >= 9 && connector.callsOf("two") >= 9,
                "both sources get turns: " + connector.callsOf("one") + "/" + connector.callsOf("two"));
        for (int i = 2; i < connector.calls.size(); i++) {
            Duration gap = Duration.between(connector.calls.get(i - 2).at(), connector.calls.get(i).at());
            assertTrue(gap.compareTo(Duration.ofSeconds(30)) >= 0, "never more than 2 per minute: " + gap);
        }
    }

    @Test
    void separateScopesDoNotWaitForEachOther() throws Exception {
        ScriptedConnector connector = new ScriptedConnector("perserver", RateLimit.perMinute(1),
                (ctx, cursor) -> Page.more(List.of(), cursor), "server");
        IngestEngine engine = engine();
        engine.connectorAdded(new IngestEngine.Installed(connector, java.util.Optional::empty));
        engine.save(source("one", "perserver", Duration.ofMinutes(10)));
        engine.save(source("two", "perserver", Duration.ofMinutes(10)));
        jobs.advance(Duration.ofMinutes(3).minusSeconds(1));
        assertEquals(3, connector.callsOf("one"));
        assertEquals(3, connector.callsOf("two"));
    }

    @Test
    void rateLimitedWaitsRetryAfterAndFailuresBackOff() throws Exception {
        List<Object> script = new ArrayList<>(List.of(
                ConnectorException.rateLimited("Too many requests", Duration.ofMinutes(7)),
                new ConnectorException(ConnectorException.Kind.UNAVAILABLE, "HTTP 503 from the feed"),
                new ConnectorException(ConnectorException.Kind.UNAVAILABLE, "HTTP 503 from the feed"),
                new ConnectorException(ConnectorException.Kind.UNAVAILABLE, "HTTP 503 from the feed")));
        ScriptedConnector connector = new ScriptedConnector("flaky", RateLimit.NONE, (ctx, cursor) -> {
            if (!script.isEmpty()) {
                throw (ConnectorException) script.remove(0);
            }
            return Page.last(items("f", 0, 2), new Cursor("done"));
        });
        IngestEngine engine = engine();
        engine.connectorAdded(new IngestEngine.Installed(connector, java.util.Optional::empty));
        engine.save(source("s", "flaky", Duration.ofMinutes(10)));

        jobs.advance(Duration.ZERO);
        SourceHealth limited = engine.health("s").orElseThrow();
        assertEquals(SourceHealth.State.RATE_LIMITED, limited.state());
        Duration wait = Duration.between(T0, limited.nextPoll());
        assertTrue(wait.compareTo(Duration.ofMinutes(7)) >= 0 && wait.compareTo(Duration.ofMinutes(7).plusSeconds(6)) <= 0,
                "the platform's Retry-After is honoured: " + wait);
        jobs.advance(wait.minusSeconds(1));
        assertEquals(1, connector.calls.size(), "not called again before Retry-After");

        List<Duration> pauses = new ArrayList<>();
        for (int failure = 1; failure <= 3; failure++) {
            Instant before = clock.instant();
            jobs.advance(Duration.between(before, engine.health("s").orElseThrow().nextPoll()));
            SourceHealth health = engine.health("s").orElseThrow();
            if (failure < 3 || health.state() == SourceHealth.State.FAILING) {
                assertEquals(SourceHealth.State.FAILING, health.state());
                assertEquals("HTTP 503 from the feed", health.lastErrorText());
                pauses.add(Duration.between(clock.instant(), health.nextPoll()));
            }
        }
        // full jitter: random below 30 s, 60 s, 120 s (at least a second)
        for (int i = 0; i < pauses.size(); i++) {
            assertTrue(pauses.get(i).compareTo(Duration.ofSeconds(30L << (i + 1))) <= 0, "pause " + i + ": " + pauses);
        }
        jobs.advance(Duration.ofMinutes(5));
        assertEquals(SourceHealth.State.OK, engine.health("s").orElseThrow().state());
        assertEquals(2, store.size());
    }

    @Test
    void wrongTokenNeedsAttentionUntilSavedAgain() throws Exception {
        boolean[] fixed = {false};
        ScriptedConnector connector = new ScriptedConnector("auth", RateLimit.NONE, (ctx, cursor) -> {
            if (!fixed[0]) {
                throw new ConnectorException(ConnectorException.Kind.AUTHENTICATION,
                        "The token was refused (HTTP 401); create a new token and enter it");
            }
            return Page.last(items("t", 0, 1), new Cursor("1"));
        });
        IngestEngine engine = engine();
        engine.connectorAdded(new IngestEngine.Installed(connector, java.util.Optional::empty));
        engine.save(source("s", "auth", Duration.ofMinutes(1)));
        jobs.advance(Duration.ofHours(3));
        assertEquals(1, connector.calls.size(), "a refused token is not tried again by itself");
        SourceHealth health = engine.health("s").orElseThrow();
        assertEquals(SourceHealth.State.NEEDS_ATTENTION, health.state());
        assertTrue(health.lastErrorText().contains("token was refused"));
        assertNull(health.nextPoll());

        // also after a restart
        IngestEngine restarted = engine();
        restarted.connectorAdded(new IngestEngine.Installed(connector, java.util.Optional::empty));
        jobs.advance(Duration.ofHours(1));
        assertEquals(SourceHealth.State.NEEDS_ATTENTION, restarted.health("s").orElseThrow().state());
        assertEquals(1, connector.calls.size());

        fixed[0] = true;
        restarted.save(restarted.get("s").orElseThrow());
        jobs.advance(Duration.ZERO);
        assertEquals(SourceHealth.State.OK, restarted.health("s").orElseThrow().state());
        assertEquals(1, store.size());
        engine.close();
        restarted.close();
    }

    @Test
    void sourcesOfAMissingConnectorWaitForIt() throws Exception {
        ScriptedConnector connector = new ScriptedConnector("late", RateLimit.NONE,
                (ctx, cursor) -> Page.last(items("l", 0, 2), new Cursor("1")));
        IngestEngine engine = engine();
        engine.connectorAdded(new IngestEngine.Installed(connector, java.util.Optional::empty));
        engine.save(source("s", "late", Duration.ofMinutes(10)));
        engine.connectorRemoved(connector);
        jobs.advance(Duration.ofHours(1));
        assertEquals(0, connector.calls.size());
        SourceHealth waiting = engine.health("s").orElseThrow();
        assertEquals(SourceHealth.State.NEEDS_ATTENTION, waiting.state());
        assertTrue(waiting.lastErrorText().startsWith("connector late is not installed"), waiting.lastErrorText());

        engine.connectorAdded(new IngestEngine.Installed(connector, java.util.Optional::empty));
        jobs.advance(Duration.ZERO);
        assertEquals(1, connector.calls.size());
        assertEquals(SourceHealth.State.OK, engine.health("s").orElseThrow().state());
    }

    @Test
    void healthAndCursorSurviveARestart() throws Exception {
        ScriptedConnector connector = new ScriptedConnector("feed", RateLimit.NONE,
                (ctx, cursor) -> Page.last(items("c" + cursor.value(), 0, 4), new Cursor(cursor.value() + "+")));
        IngestEngine engine = engine();
        engine.connectorAdded(new IngestEngine.Installed(connector, java.util.Optional::empty));
        engine.save(source("s", "feed", Duration.ofMinutes(10)));
        jobs.advance(Duration.ofMinutes(15));
        SourceHealth before = engine.health("s").orElseThrow();
        assertEquals(8, before.itemsTotal());
        engine.close();

        IngestEngine restarted = engine();
        SourceHealth after = restarted.health("s").orElseThrow();
        assertEquals(before.itemsTotal(), after.itemsTotal());
        assertEquals(before.lastSuccess(), after.lastSuccess());
        assertEquals(8, after.itemsLastHour());
        restarted.connectorAdded(new IngestEngine.Installed(connector, java.util.Optional::empty));
        jobs.advance(Duration.ZERO);
        assertEquals(new Cursor("++"), connector.calls.get(connector.calls.size() - 1).cursor(),
                "the restarted engine continues from the stored cursor");
        restarted.close();
    }
}
