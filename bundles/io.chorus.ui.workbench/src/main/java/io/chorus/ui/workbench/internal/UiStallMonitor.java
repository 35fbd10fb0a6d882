package io.chorus.ui.workbench.internal;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;

import org.eclipse.swt.widgets.Display;

/**
 * Watches the UI thread: every 50 ms it posts a no-op to the display and measures how long the UI thread takes to
 * run it. A wait over the threshold is a stall the user felt; it is reported with what the UI thread was doing, so
 * the code that blocked it can be found and moved into a job. Summary numbers feed docs/benchmarks.md.
 */
final class UiStallMonitor implements AutoCloseable {

    static final long THRESHOLD_MS = 100;
    private static final long PERIOD_MS = 50;

    /** Told about each stall: its length and the top of the UI thread's stack while it was stuck. */
    interface Listener {
        void stalled(long millis, String uiThreadWasIn);
    }

    private final Display display;
    private final LongSupplier nanoTime;
    private final Listener listener;
    private final Thread watcher;
    private final AtomicLong stalls = new AtomicLong();
    private final AtomicLong longestMillis = new AtomicLong();
    private final AtomicLong pings = new AtomicLong();
    private volatile boolean running = true;

    UiStallMonitor(Display display, LongSupplier nanoTime, Listener listener) {
        this.display = display;
        this.nanoTime = nanoTime;
        this.listener = listener;
        this.watcher = new Thread(this::watch, "chorus-ui-stall-monitor");
        watcher.setDaemon(true);
    }

    void start() {
        watcher.start();
    }

    private void watch() {
        Thread uiThread = display.getThread();
        while (running && !display.isDisposed()) {
            long posted = nanoTime.getAsLong();
            Object answered = new Object();
            boolean[] done = new boolean[1];
            try {
                display.asyncExec(() -> {
                    synchronized (answered) {
                        done[0] = true;
                        answered.notifyAll();
                    }
                });
            } catch (org.eclipse.swt.SWTException disposed) {
                return;
            }
            String stuckIn = null;
            synchronized (answered) {
                try {
                    long deadline = posted + THRESHOLD_MS * 1_000_000;
                    while (!done[0] && running) {
                        long left = deadline - nanoTime.getAsLong();
                        if (left <= 0 && stuckIn == null) {
                            // Still waiting at the threshold: sample what the UI thread is doing now.
                            stuckIn = describe(uiThread.getStackTrace());
                        }
                        answered.wait(left > 0 ? Math.max(1, left / 1_000_000) : PERIOD_MS);
                        if (display.isDisposed()) {
                            return;
                        }
                    }
                } catch (InterruptedException e) {
                    return;
                }
            }
            long waitedMillis = (nanoTime.getAsLong() - posted) / 1_000_000;
            pings.incrementAndGet();
            if (waitedMillis > THRESHOLD_MS) {
                stalls.incrementAndGet();
                longestMillis.accumulateAndGet(waitedMillis, Math::max);
                listener.stalled(waitedMillis, stuckIn == null ? "?" : stuckIn);
            }
            try {
                Thread.sleep(PERIOD_MS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static String describe(StackTraceElement[] stack) {
        return Arrays.stream(stack).limit(8).map(StackTraceElement::toString).collect(Collectors.joining(" < "));
    }

    long stalls() {
        return stalls.get();
    }

    long longestMillis() {
        return longestMillis.get();
    }

    long pings() {
        return pings.get();
    }

    @Override
    public void close() {
        running = false;
        watcher.interrupt();
    }
}
