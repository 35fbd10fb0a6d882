package io.chorus.ui.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Assumptions;

/**
 * The SWT display for widget tests in the UI bundles. {@code run-tests} starts a private Xvfb and sets DISPLAY for the
 * whole build; without a display the test is skipped with the reason, unless CHORUS_REQUIRE_DISPLAY=1 (set by CI),
 * which makes it fail instead. Tests of one JVM share the display, created on the first test's thread (Surefire runs
 * a module's tests on one thread).
 */
public final class TestDisplay {

    private static Display display;

    private TestDisplay() {
    }

    /** The display, or the test is skipped (failed in CI) when there is no X display. */
    public static synchronized Display get() {
        if (display == null || display.isDisposed()) {
            String name = System.getenv("DISPLAY");
            if (name == null || name.isBlank()) {
                String reason = "no X display (DISPLAY is not set); run the tests with ./run-tests, which starts Xvfb";
                if ("1".equals(System.getenv("CHORUS_REQUIRE_DISPLAY"))) {
                    throw new AssertionError(reason);
                }
                Assumptions.abort(reason);
            }
            display = new Display();
        }
        return display;
    }

    /** Dispatches events until {@code condition} holds; fails after {@code timeout}. */
    public static void dispatchUntil(BooleanSupplier condition, Duration timeout) {
        Display current = get();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not reached within " + timeout);
            }
            if (!current.readAndDispatch()) {
                // Wakes at least every 20 ms so conditions set by other threads are seen.
                current.timerExec(20, () -> { });
                current.sleep();
            }
        }
    }

    /** Dispatches every pending event. */
    public static void flush() {
        Display current = get();
        while (current.readAndDispatch()) {
            // keep going until the queue is empty
        }
    }
}
