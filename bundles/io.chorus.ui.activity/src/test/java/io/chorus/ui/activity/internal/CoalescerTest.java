package io.chorus.ui.activity.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class CoalescerTest {

    private final List<Runnable> scheduled = new ArrayList<>();
    private final List<Integer> delays = new ArrayList<>();
    private final AtomicInteger refreshes = new AtomicInteger();

    private Coalescer coalescer(Runnable refresh) {
        return new Coalescer((millis, task) -> {
            synchronized (scheduled) {
                delays.add(millis);
                scheduled.add(task);
            }
        }, refresh);
    }

    @Test
    void aBurstFromManyThreadsSchedulesOneRefresh() throws InterruptedException {
        Coalescer coalescer = coalescer(refreshes::incrementAndGet);
        CountDownLatch done = new CountDownLatch(4);
        for (int t = 0; t < 4; t++) {
            Thread.ofPlatform().start(() -> {
                for (int i = 0; i < 5000; i++) {
                    coalescer.signal();
                }
                done.countDown();
            });
        }
        done.await(10, TimeUnit.SECONDS);
        assertEquals(1, scheduled.size());
        assertEquals(List.of(Coalescer.INTERVAL_MILLIS), delays);
        scheduled.get(0).run();
        assertEquals(1, refreshes.get());
    }

    @Test
    void aSignalAfterTheRefreshStartedSchedulesTheNextOne() {
        Coalescer[] self = new Coalescer[1];
        self[0] = coalescer(() -> {
            if (refreshes.incrementAndGet() == 1) {
                self[0].signal(); // an event that arrives while the UI refreshes must not be lost
            }
        });
        self[0].signal();
        self[0].signal();
        assertEquals(1, scheduled.size());
        scheduled.get(0).run();
        assertEquals(2, scheduled.size());
        scheduled.get(1).run();
        assertEquals(2, refreshes.get());
        self[0].signal();
        assertEquals(3, scheduled.size());
    }
}
