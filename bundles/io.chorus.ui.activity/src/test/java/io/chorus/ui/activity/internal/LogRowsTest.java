package io.chorus.ui.activity.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.osgi.service.log.LogEntry;
import org.osgi.service.log.LogLevel;

class LogRowsTest {

    private final LogRows rows = new LogRows();

    private static LogEntry entry(long sequence, LogLevel level, String message) {
        return new TestLogEntry(sequence, level, 1_700_000_000_000L + sequence, message, "io.chorus.ingest", null);
    }

    private List<String> messages(LogRows.Filter filter) {
        return rows.rows(filter).stream().map(LogRows.Row::message).toList();
    }

    @Test
    void filtersByMinimumLevelAndText() {
        rows.added(entry(1, LogLevel.ERROR, "Feed could not be read"));
        rows.added(entry(2, LogLevel.WARN, "Rate limit reached"));
        rows.added(entry(3, LogLevel.INFO, "Polled 12 sources"));
        rows.added(entry(4, LogLevel.DEBUG, "cursor saved"));
        rows.added(entry(5, LogLevel.AUDIT, "Feature installed"));
        rows.added(new TestLogEntry(6, LogLevel.ERROR, 0, "Store failed", "io.chorus.index",
                new IOException("disk full on /var/chorus")));
        assertTrue(rows.drain());
        assertEquals(List.of("Store failed", "Feature installed", "Feed could not be read"),
                messages(new LogRows.Filter(LogLevel.ERROR, "")));
        assertEquals(4, messages(new LogRows.Filter(LogLevel.WARN, "")).size());
        assertEquals(5, messages(new LogRows.Filter(LogLevel.INFO, "")).size());
        assertEquals(6, messages(LogRows.Filter.ALL).size());
        assertEquals(List.of("Rate limit reached"), messages(new LogRows.Filter(LogLevel.INFO, "  RATE ")));
        assertEquals(List.of("Store failed"), messages(new LogRows.Filter(LogLevel.INFO, "disk full")),
                "the stack trace is searched too");
        assertEquals(List.of("Store failed"), messages(new LogRows.Filter(LogLevel.INFO, "chorus.index")));
        assertTrue(rows.rows(LogRows.Filter.ALL).get(0).trace().contains("java.io.IOException: disk full"));
    }

    @Test
    void anEntryInTheHistoryAndLiveIsShownOnceNewestFirst() {
        rows.added(entry(3, LogLevel.INFO, "three"));
        rows.history(List.of(entry(3, LogLevel.INFO, "three"), entry(2, LogLevel.INFO, "two"),
                entry(1, LogLevel.INFO, "one")).iterator());
        rows.drain();
        assertEquals(List.of("three", "two", "one"), messages(LogRows.Filter.ALL));
        assertFalse(rows.drain(), "nothing new");
    }

    @Test
    void keepsOnlyTheNewestEntries() {
        for (int i = 1; i <= LogRows.CAP + 500; i++) {
            rows.added(entry(i, LogLevel.INFO, "entry " + i));
            if (i % 700 == 0) {
                rows.drain();
            }
        }
        rows.drain();
        assertEquals(LogRows.CAP, rows.size());
        List<String> shown = messages(LogRows.Filter.ALL);
        assertEquals("entry " + (LogRows.CAP + 500), shown.get(0));
        assertEquals("entry 501", shown.get(shown.size() - 1));
    }

    @Test
    void clearEmptiesTheViewAndKeepsClearedEntriesHidden() {
        rows.added(entry(1, LogLevel.ERROR, "old"));
        rows.drain();
        rows.clear();
        assertEquals(0, rows.size());
        rows.history(List.of(entry(1, LogLevel.ERROR, "old")).iterator());
        rows.added(entry(2, LogLevel.ERROR, "new"));
        rows.drain();
        assertEquals(List.of("new"), messages(LogRows.Filter.ALL));
    }
}
