package io.chorus.ingest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chorus.api.ingest.SourceHealth;
import io.chorus.source.api.ConnectorContext;
import io.chorus.source.api.ConnectorException;
import io.chorus.source.api.ConnectorInfo;
import io.chorus.source.api.Cursor;
import io.chorus.source.api.Page;
import io.chorus.source.api.RateLimit;
import io.chorus.source.api.StreamingConnector;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A streaming source: one stream, stored before the cursor is saved, reopened from it after a pause. */
class StreamingTest {

    @TempDir
    Path temp;

    final MutableClock clock = new MutableClock(SchedulingTest.T0);
    final ManualJobs jobs = new ManualJobs(clock);
    final InMemoryMentionStore store = new InMemoryMentionStore();

    /** Hands the test each opened stream's sink and the cursor it was opened from. */
    static final class Firehose implements StreamingConnector {
        record Opened(Cursor cursor, Sink sink, boolean[] closed) {
        }

        final List<Opened> opened = new CopyOnWriteArrayList<>();
        private final ScriptedConnector settings = new ScriptedConnector("firehose", RateLimit.NONE,
                (ctx, cursor) -> Page.last(List.of(), cursor));

        @Override
        public ConnectorInfo info() {
            return settings.info();
        }

        @Override
        public Page poll(ConnectorContext context, Cursor cursor) {
            return Page.last(List.of(), cursor);
        }

        @Override
        public String check(ConnectorContext context) {
            return "ok";
        }

        @Override
        public Stream open(ConnectorContext context, Cursor cursor, Sink sink) {
            boolean[] closed = {false};
            opened.add(new Opened(cursor, sink, closed));
            return () -> closed[0] = true;
        }
    }

    @Test
    void storesThenSavesTheCursorAndReopensFromIt() throws Exception {
        Firehose firehose = new Firehose();
        IngestEngine engine = new EngineFixture().engine(temp.resolve("ws"), jobs, store, clock, Duration.ofMinutes(1));
        engine.start();
        engine.connectorAdded(new IngestEngine.Installed(firehose, Optional::empty));
        engine.save(SchedulingTest.source("live", "firehose", Duration.ZERO));
        jobs.advance(Duration.ZERO);
        assertEquals(1, firehose.opened.size());
        assertTrue(firehose.opened.get(0).cursor().isStart());

        firehose.opened.get(0).sink().accept(SchedulingTest.items("s", 0, 4), new Cursor("seq-4"));
        assertEquals(4, store.size());
        assertEquals(4, engine.health("live").orElseThrow().itemsTotal());

        firehose.opened.get(0).sink().closed(new ConnectorException(ConnectorException.Kind.UNAVAILABLE,
                "the firehose closed the connection"));
        assertEquals(SourceHealth.State.FAILING, engine.health("live").orElseThrow().state());
        jobs.advance(Duration.ofSeconds(31));
        assertEquals(2, firehose.opened.size(), "reopened after a pause below the first backoff bound");
        assertEquals(new Cursor("seq-4"), firehose.opened.get(1).cursor());

        // a failing store keeps the cursor where everything is stored, and the stream is reopened from there
        store.failWith(new java.io.IOException("disk full"));
        firehose.opened.get(1).sink().accept(SchedulingTest.items("s", 4, 2), new Cursor("seq-6"));
        assertTrue(firehose.opened.get(1).closed()[0]);
        store.failWith(null);
        jobs.advance(Duration.ofMinutes(2));
        assertEquals(3, firehose.opened.size());
        assertEquals(new Cursor("seq-4"), firehose.opened.get(2).cursor());
        engine.close();
        assertTrue(firehose.opened.get(2).closed()[0], "closing ingest closes the stream");
    }
}
