package io.chorus.ingest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chorus.api.ingest.PollReport;
import io.chorus.api.ingest.SourceHealth;
import io.chorus.runtime.internal.jobs.JobsService;
import io.chorus.source.api.Cursor;
import io.chorus.source.api.Page;
import io.chorus.source.api.RateLimit;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On the real jobs pool: a hanging or crashing connector harms only its own source. */
class IsolationTest {

    @TempDir
    Path temp;

    final JobsService jobs = new JobsService(Clock.systemUTC(), 4);
    final InMemoryMentionStore store = new InMemoryMentionStore();
    final EngineFixture fixture = new EngineFixture();

    @AfterEach
    void stop() {
        jobs.close();
    }

    static void await(String what, BooleanSupplier condition) {
        Instant deadline = Instant.now().plusSeconds(20);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out waiting until " + what);
            }
            Thread.onSpinWait();
        }
    }

    @Test
    void aHangingPollIsInterruptedWhileAnotherSourceKeepsFlowing() throws Exception {
        CountDownLatch interrupted = new CountDownLatch(1);
        ScriptedConnector hanging = new ScriptedConnector("hanging", RateLimit.NONE, (ctx, cursor) -> {
            try {
                new CountDownLatch(1).await(); // a platform that never answers
            } catch (InterruptedException e) {
                interrupted.countDown();
                throw e;
            }
            return Page.last(List.of(), cursor);
        });
        int[] counter = {0};
        ScriptedConnector flowing = new ScriptedConnector("flowing", RateLimit.NONE, (ctx, cursor) -> {
            int page = Integer.parseInt(cursor.isStart() ? "0" : cursor.value());
            return page < 30 ? Page.more(SchedulingTest.items("flow", page * 5, 5), new Cursor(String.valueOf(page + 1)))
                    : Page.last(List.of(), cursor);
        });
        IngestEngine engine = fixture.engine(temp.resolve("ws"), jobs, store, Clock.systemUTC(),
                Duration.ofSeconds(5));
        engine.start();
        engine.connectorAdded(new IngestEngine.Installed(hanging, Optional::empty));
        engine.connectorAdded(new IngestEngine.Installed(flowing, Optional::empty));
        engine.save(SchedulingTest.source("stuck", "hanging", Duration.ofMinutes(10)));
        engine.save(SchedulingTest.source("busy", "flowing", Duration.ofMinutes(10)));

        await("the flowing source delivered all pages", () -> store.size() == 150);
        assertEquals(1, interrupted.getCount(), "the other source flowed while the stuck poll still hung");
        assertTrue(interrupted.await(20, TimeUnit.SECONDS), "the hanging poll is interrupted");
        await("the timeout is reported", () -> engine.health("stuck").orElseThrow().state() == SourceHealth.State.FAILING);
        SourceHealth stuck = engine.health("stuck").orElseThrow();
        assertTrue(stuck.lastErrorText().contains("took longer than 5 s"), stuck.lastErrorText());
        assertTrue(stuck.nextPoll() != null, "it is tried again later");
        assertEquals(SourceHealth.State.OK, engine.health("busy").orElseThrow().state());
        engine.close();
    }

    @Test
    void aThrowingConnectorIsReportedAndOthersGoOn() throws Exception {
        ScriptedConnector broken = new ScriptedConnector("broken", RateLimit.NONE, (ctx, cursor) -> {
            throw new NullPointerException("Cannot invoke \"String.length()\" because \"title\" is null");
        });
        ScriptedConnector fine = new ScriptedConnector("fine", RateLimit.NONE,
                (ctx, cursor) -> Page.last(SchedulingTest.items("ok", 0, 3), new Cursor("1")));
        ScriptedConnector erroring = new ScriptedConnector("erroring", RateLimit.NONE, (ctx, cursor) -> {
            throw new NoClassDefFoundError("org/example/Missing");
        });
        IngestEngine engine = fixture.engine(temp.resolve("ws"), jobs, store, Clock.systemUTC(), Duration.ofMinutes(1));
        engine.start();
        for (ScriptedConnector c : List.of(broken, fine, erroring)) {
            engine.connectorAdded(new IngestEngine.Installed(c, Optional::empty));
        }
        engine.save(SchedulingTest.source("a", "broken", Duration.ofMinutes(10)));
        engine.save(SchedulingTest.source("b", "fine", Duration.ofMinutes(10)));
        engine.save(SchedulingTest.source("c", "erroring", Duration.ofMinutes(10)));

        PollReport report = engine.pollNow("a").result().get(20, TimeUnit.SECONDS);
        assertTrue(report.failed());
        assertTrue(report.error().contains("NullPointerException") && report.error().contains("bug in the connector"),
                report.error());
        await("the fine source stored its items", () -> store.size() == 3);
        await("the error is reported", () -> engine.health("c").orElseThrow().state() == SourceHealth.State.FAILING);
        assertTrue(engine.health("c").orElseThrow().lastErrorText().contains("NoClassDefFoundError"));
        assertEquals(SourceHealth.State.FAILING, engine.health("a").orElseThrow().state());
        engine.close();
    }
}
