package io.chorus.ui.activity.internal;

import io.chorus.ui.testing.RecordingWorkbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FileNotFoundException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.service.log.LogEntry;
import org.osgi.service.log.LogLevel;
import org.osgi.service.log.LogListener;
import org.osgi.service.log.LogReaderService;

import io.chorus.ui.testing.TestDisplay;

/** The Error Log view over a log that already holds entries and gets more while the view is open. */
class ErrorLogViewTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final long NOON = Instant.parse("2026-11-25T12:00:00Z").toEpochMilli();

    /** The log as the framework's LogReaderService shows it: history newest first, listeners told of new entries. */
    private static final class Log implements LogReaderService {
        final List<LogEntry> history = new ArrayList<>();
        final List<LogListener> listeners = new CopyOnWriteArrayList<>();

        @Override
        public void addLogListener(LogListener listener) {
            listeners.add(listener);
        }

        @Override
        public void removeLogListener(LogListener listener) {
            listeners.remove(listener);
        }

        @Override
        public Enumeration<LogEntry> getLog() {
            List<LogEntry> newestFirst = new ArrayList<>(history);
            Collections.reverse(newestFirst);
            return Collections.enumeration(newestFirst);
        }

        void logFromAnotherThread(LogEntry entry) throws InterruptedException {
            Thread thread = Thread.ofPlatform().start(() -> listeners.forEach(listener -> listener.logged(entry)));
            thread.join();
        }
    }

    private final Log log = new Log();
    private Shell shell;

    @BeforeEach
    void open() {
        log.history.add(new TestLogEntry(1, LogLevel.INFO, NOON, "Chorus started with 14 bundles", "io.chorus.runtime",
                null));
        log.history.add(new TestLogEntry(2, LogLevel.WARN, NOON + 60_000, "Source vk-brand: rate limit reached; "
                + "next poll in 15 min", "io.chorus.ingest", null));
        log.history.add(new TestLogEntry(3, LogLevel.ERROR, NOON + 120_000, "Could not read feed https://example.org/rss",
                "io.chorus.source.rss", new FileNotFoundException("https://example.org/rss (404)")));
        log.history.add(new TestLogEntry(4, LogLevel.DEBUG, NOON + 130_000, "cursor saved", "io.chorus.ingest", null));
        shell = Screens.shell("Error Log", 900, 420);
    }

    @AfterEach
    void close() {
        shell.dispose();
    }

    /** The JDK's locale data put a narrow no-break space before AM/PM. */
    private static String plain(String text) {
        return text.replace('\u202f', ' ');
    }

    /** Opens the view in English, US formats, in {@code zone}; returns its table. */
    private Table openIn(ZoneId zone) {
        new ErrorLogView(log, Screens.texts(Locale.ENGLISH), Locale.US, zone)
                .createView(shell, Screens.site(ErrorLogView.ID, new RecordingWorkbench(shell)));
        shell.open();
        return Screens.get(shell, "log-table", Table.class);
    }

    private void select(Combo combo, int index) {
        combo.select(index);
        combo.notifyListeners(SWT.Selection, new Event());
    }

    @Test
    void showsTheLogFiltersItAndShowsTheStackTrace() throws Exception {
        Table table = openIn(ZoneId.of("Europe/Berlin"));
        assertEquals(3, table.getItemCount(), "information and above by default");
        assertEquals("Error", table.getItem(0).getText(0));
        assertEquals("Could not read feed https://example.org/rss", table.getItem(0).getText(2));
        assertEquals("io.chorus.source.rss", table.getItem(0).getText(3));
        assertEquals("11/25/26, 1:02:00 PM", plain(table.getItem(0).getText(1)),
                "local zone and locale");
        assertTrue(table.getItem(0).getImage(0) != null);

        table.setSelection(0);
        table.notifyListeners(SWT.Selection, new Event());
        String details = Screens.get(shell, "log-details", Text.class).getText();
        assertTrue(details.contains("java.io.FileNotFoundException: https://example.org/rss (404)"), details);
        assertTrue(details.contains("\tat "), "the stack trace: " + details);

        log.logFromAnotherThread(new TestLogEntry(5, LogLevel.ERROR, NOON + 180_000,
                "Index commit failed", "io.chorus.index", new IllegalStateException("disk full")));
        TestDisplay.dispatchUntil(() -> table.getItemCount() == 4, WAIT);
        assertEquals("Index commit failed", table.getItem(0).getText(2));
        assertEquals(1, table.getSelectionIndex(), "the selected entry stays selected as new ones arrive");
        Screens.save(shell, "errorlog");

        Combo level = Screens.get(shell, "log-level", Combo.class);
        select(level, 0);
        assertEquals(2, table.getItemCount());
        select(level, 3);
        assertEquals(5, table.getItemCount());
        select(level, 1);
        assertEquals(3, table.getItemCount());
        Text filter = Screens.get(shell, "log-filter", Text.class);
        filter.setText("RATE LIMIT");
        assertEquals(1, table.getItemCount());
        assertEquals("io.chorus.ingest", table.getItem(0).getText(3));
        filter.setText("");
    }

    @Test
    void copiesTheSelectionAndClearsOnlyTheView() throws Exception {
        Table table = openIn(ZoneId.of("UTC"));
        table.setSelection(0);
        Screens.get(shell, "log-copy", Button.class).notifyListeners(SWT.Selection, new Event());
        Clipboard clipboard = new Clipboard(shell.getDisplay());
        try {
            String copied = plain((String) clipboard.getContents(TextTransfer.getInstance()));
            assertTrue(copied.startsWith("Error  11/25/26, 12:02:00 PM  io.chorus.source.rss\n"
                    + "Could not read feed https://example.org/rss\njava.io.FileNotFoundException"), copied);
        } finally {
            clipboard.dispose();
        }

        Screens.get(shell, "log-clear", Button.class).notifyListeners(SWT.Selection, new Event());
        assertEquals(0, table.getItemCount());
        assertEquals("Nothing has been logged at this level.", Screens.get(shell, "log-details", Text.class).getText());
        assertEquals(4, Collections.list(log.getLog()).size(), "the log itself keeps its entries");
        log.logFromAnotherThread(new TestLogEntry(6, LogLevel.WARN, NOON, "Later", "io.chorus.ingest", null));
        TestDisplay.dispatchUntil(() -> table.getItemCount() == 1, WAIT);

        shell.dispose();
        assertTrue(log.listeners.isEmpty(), "the view stops listening when closed");
    }
}
