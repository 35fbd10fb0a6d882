package io.chorus.ui.activity.internal;

import io.chorus.ui.testing.RecordingWorkbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.chorus.api.jobs.Job;
import io.chorus.api.jobs.JobStatus.State;
import io.chorus.runtime.internal.jobs.JobsService;
import io.chorus.ui.testing.TestDisplay;

/** The Progress view and the status bar item over the real job pool, driven through their widgets. */
class ProgressViewTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T10:00:00Z"));
    private final CountDownLatch release = new CountDownLatch(1);
    private final Map<Long, Job<?>> started = new ConcurrentHashMap<>();
    /** The real Jobs.cancel(id) of the service below. */
    private final JobCanceller canceller = id -> this.jobs.cancel(id);
    private JobsService jobs;
    private Shell shell;

    @BeforeEach
    void open() {
        jobs = new JobsService(clock, 4, (message, error) -> {
            throw new AssertionError(message, error);
        });
        shell = Screens.shell("Progress", 640, 360);
    }

    @AfterEach
    void close() {
        release.countDown();
        shell.dispose();
        jobs.close();
    }

    /** A job that reports {@code done} of {@code total} and then waits until the test releases or cancels it. */
    private Job<String> startWaiting(String title, long total, long done, String message) {
        CountDownLatch reported = new CountDownLatch(1);
        Job<String> job = jobs.start(title, monitor -> {
            monitor.begin(total);
            clock.advance(Duration.ofMillis(150)); // past the pool's progress throttle, so the next report is told
            monitor.worked(done);
            clock.advance(Duration.ofMillis(150));
            monitor.message(message);
            reported.countDown();
            release.await();
            return "done";
        });
        started.put(job.status().id(), job);
        try {
            assertTrue(reported.await(10, TimeUnit.SECONDS), "the job did not start");
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        return job;
    }

    private Composite row(Job<?> job) {
        return Screens.get(shell, "progress-row-" + job.status().id(), Composite.class);
    }

    private String text(Control root, String name) {
        return Screens.get(root, name, Label.class).getText();
    }

    @Test
    void showsEachJobAndCancelsItThroughItsButton() throws Exception {
        Job<String> polling = startWaiting("Polling 3 sources", 10, 4, "Reading hackernews");
        new ProgressView(jobs, canceller, Screens.texts(Locale.ENGLISH), Locale.ENGLISH, clock)
                .createView(shell, Screens.site(ProgressView.ID, new RecordingWorkbench(shell)));
        shell.open();
        TestDisplay.dispatchUntil(() -> Screens.find(shell, "progress-row-" + polling.status().id(), Composite.class)
                .isPresent(), WAIT);
        Composite row = row(polling);
        assertEquals("Polling 3 sources  40%", text(row, "progress-title"));
        assertEquals("Reading hackernews", text(row, "progress-detail"));
        ProgressBar bar = Screens.get(row, "progress-bar", ProgressBar.class);
        assertEquals(400, bar.getSelection());
        assertFalse(Screens.get(shell, "progress-empty", Label.class).getVisible());

        Job<String> rematch = jobs.start("Re-matching the last 7 days", monitor -> {
            release.await();
            return "";
        });
        started.put(rematch.status().id(), rematch);
        TestDisplay.dispatchUntil(() -> Screens.find(shell, "progress-row-" + rematch.status().id(),
                Composite.class).isPresent(), WAIT);
        assertTrue((Screens.get(row(rematch), "progress-bar", ProgressBar.class).getStyle() & SWT.INDETERMINATE) != 0,
                "a job that does not know its total shows a moving bar");
        Job<Object> failing = jobs.start("Importing mentions.jsonl", monitor -> {
            throw new IllegalStateException("mentions.jsonl line 12: the field \"text\" is missing; fix the line and import again");
        });
        TestDisplay.dispatchUntil(() -> Screens.find(shell, "progress-row-" + failing.status().id(), Composite.class)
                .map(failed -> text(failed, "progress-detail").startsWith("Failed")).orElse(false), WAIT);
        Screens.save(shell, "progress");

        Button cancel = Screens.get(row, "progress-cancel", Button.class);
        assertTrue(cancel.isEnabled());
        cancel.notifyListeners(SWT.Selection, new Event());
        TestDisplay.dispatchUntil(polling.result()::isDone, WAIT);
        assertThrows(CancellationException.class, () -> polling.result().getNow(null));
        assertEquals(State.CANCELLED, polling.status().state());
        TestDisplay.dispatchUntil(() -> "Cancelled".equals(text(row(polling), "progress-detail")), WAIT);
        assertFalse(Screens.get(row(polling), "progress-cancel", Button.class).isEnabled());

        clock.advance(JobRows.FADE);
        TestDisplay.dispatchUntil(() -> Screens.find(shell, "progress-row-" + polling.status().id(), Composite.class)
                .isEmpty(), WAIT);
        assertTrue(Screens.find(shell, "progress-row-" + rematch.status().id(), Composite.class).isPresent());
    }

    @Test
    void aFailedJobStaysWithItsErrorUntilCleared() {
        new ProgressView(jobs, canceller, Screens.texts(Locale.ENGLISH), Locale.ENGLISH, clock)
                .createView(shell, Screens.site(ProgressView.ID, new RecordingWorkbench(shell)));
        shell.open();
        Job<Object> failing = jobs.start("Importing mentions.jsonl", monitor -> {
            throw new IllegalStateException("mentions.jsonl line 12: missing \"text\"");
        });
        TestDisplay.dispatchUntil(() -> Screens.find(shell, "progress-row-" + failing.status().id(), Composite.class)
                .map(row -> text(row, "progress-detail").startsWith("Failed")).orElse(false), WAIT);
        assertEquals("Failed: mentions.jsonl line 12: missing \"text\"", text(row(failing), "progress-detail"));
        clock.advance(Duration.ofMinutes(5));
        TestDisplay.flush();
        Button clear = Screens.get(shell, "progress-clear", Button.class);
        assertTrue(clear.isEnabled());
        clear.notifyListeners(SWT.Selection, new Event());
        assertTrue(Screens.find(shell, "progress-row-" + failing.status().id(), Composite.class).isEmpty());
        assertTrue(Screens.get(shell, "progress-empty", Label.class).getVisible());
    }

    @Test
    void withoutAWayToCancelTheButtonIsDisabledAndSaysWhy() {
        Job<String> polling = startWaiting("Polling 3 sources", 0, 0, "");
        new ProgressView(jobs, JobCanceller.NONE, Screens.texts(Locale.ENGLISH), Locale.ENGLISH, clock)
                .createView(shell, Screens.site(ProgressView.ID, new RecordingWorkbench(shell)));
        shell.open();
        TestDisplay.flush();
        Button cancel = Screens.get(row(polling), "progress-cancel", Button.class);
        assertFalse(cancel.isEnabled());
        assertNotNull(cancel.getToolTipText());
    }

    @Test
    void theStatusBarShowsTheJobsAndOpensTheProgressView() {
        RecordingWorkbench workbench = new RecordingWorkbench(shell);
        Composite statusBar = new Composite(shell, SWT.NONE);
        statusBar.setLayout(new GridLayout(1, false));
        Control item = new ProgressStatus(jobs, Screens.texts(Locale.ENGLISH)).createControl(statusBar, workbench);
        shell.open();
        TestDisplay.flush();
        assertFalse(item.getVisible(), "hidden when idle");

        startWaiting("Re-matching the last 7 days", 10, 5, "");
        startWaiting("Polling 3 sources", 0, 0, "");
        Label text = Screens.get(item, "progress-status-text", Label.class);
        TestDisplay.dispatchUntil(() -> "Polling 3 sources (1 more)".equals(text.getText()), WAIT);
        assertTrue(item.getVisible());
        Event click = new Event();
        click.button = 1;
        text.notifyListeners(SWT.MouseUp, click);
        assertEquals(java.util.List.of(new RecordingWorkbench.Shown(ProgressView.ID, null)), workbench.shown);

        release.countDown();
        TestDisplay.dispatchUntil(() -> !item.getVisible(), WAIT);
        assertEquals("", text.getText());
    }
}
