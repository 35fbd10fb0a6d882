package io.chorus.ui.activity.internal;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;

import org.eclipse.swt.widgets.Display;

/**
 * Turns a burst of signals from any thread into at most one refresh per interval on the UI thread: job and log
 * events can arrive thousands of times a second, and one asyncExec per event would flood the display queue.
 */
final class Coalescer {

    /** How long changes gather before the UI refreshes; short enough to feel live. */
    static final int INTERVAL_MILLIS = 100;

    private final BiConsumer<Integer, Runnable> later;
    private final Runnable refresh;
    private final AtomicBoolean scheduled = new AtomicBoolean();

    /**
     * @param later   runs a task on the UI thread after a delay in milliseconds
     * @param refresh the refresh, run on the UI thread
     */
    Coalescer(BiConsumer<Integer, Runnable> later, Runnable refresh) {
        this.later = later;
        this.refresh = refresh;
    }

    /** Refreshes through {@code display}; signals after the display is gone are dropped. */
    static Coalescer on(Display display, Runnable refresh) {
        return new Coalescer((millis, task) -> {
            if (!display.isDisposed()) {
                // timerExec must be called on the UI thread; asyncExec gets there without waiting.
                display.asyncExec(() -> display.timerExec(millis, task));
            }
        }, refresh);
    }

    /** Something changed; callable from any thread, returns at once. */
    void signal() {
        if (scheduled.compareAndSet(false, true)) {
            later.accept(INTERVAL_MILLIS, () -> {
                // Cleared before refreshing, so changes made during the refresh schedule the next one.
                scheduled.set(false);
                refresh.run();
            });
        }
    }
}
