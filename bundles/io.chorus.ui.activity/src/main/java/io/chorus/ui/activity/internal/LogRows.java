package io.chorus.ui.activity.internal;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.osgi.service.log.LogEntry;
import org.osgi.service.log.LogLevel;

/**
 * What the Error Log view shows: the newest entries of the OSGi log, at most {@link #CAP}, fed from any thread and
 * read on the UI thread.
 */
final class LogRows {

    /** More rows than anyone reads; keeps the table fast and the memory small. */
    static final int CAP = 2000;

    /**
     * One log entry, copied so the view holds no framework objects.
     *
     * @param sequence the log's own order, to drop an entry seen both in the history and live
     * @param trace    the exception's stack trace, or empty
     */
    record Row(long sequence, LogLevel level, Instant time, String message, String bundle, String trace) {

        static Row of(LogEntry entry) {
            String bundle = entry.getBundle() == null ? "" : entry.getBundle().getSymbolicName();
            return new Row(entry.getSequence(), entry.getLogLevel(), Instant.ofEpochMilli(entry.getTime()),
                    entry.getMessage() == null ? "" : entry.getMessage(), bundle == null ? "" : bundle,
                    trace(entry.getException()));
        }

        static String trace(Throwable error) {
            if (error == null) {
                return "";
            }
            StringWriter text = new StringWriter();
            error.printStackTrace(new PrintWriter(text));
            return text.toString();
        }

        /** Everything about the entry as text, for Copy. */
        String describe(String severity, String when) {
            return severity + "  " + when + "  " + bundle + "\n" + message + (trace.isEmpty() ? "" : "\n" + trace);
        }
    }

    /**
     * Which rows to show.
     *
     * @param minimum the least severe level shown ({@link LogLevel#WARN} shows errors and warnings)
     * @param text    words the message, bundle or trace must contain, ignoring case; empty for all
     */
    record Filter(LogLevel minimum, String text) {
        static final Filter ALL = new Filter(LogLevel.DEBUG, "");

        boolean accepts(Row row) {
            if (!minimum.implies(row.level())) {
                return false;
            }
            if (text.isBlank()) {
                return true;
            }
            String wanted = text.strip().toLowerCase(Locale.ROOT);
            return row.message().toLowerCase(Locale.ROOT).contains(wanted)
                    || row.bundle().toLowerCase(Locale.ROOT).contains(wanted)
                    || row.trace().toLowerCase(Locale.ROOT).contains(wanted);
        }
    }

    private final Deque<Row> pending = new ArrayDeque<>();
    /** Newest first; only the UI thread. */
    private final Deque<Row> rows = new ArrayDeque<>();
    private final Set<Long> seen = new HashSet<>();
    /** Entries up to this sequence were cleared by the user. */
    private long clearedThrough = Long.MIN_VALUE;

    /** A live entry; any thread. */
    void added(LogEntry entry) {
        Row row = Row.of(entry);
        synchronized (pending) {
            pending.addLast(row);
            if (pending.size() > CAP) {
                pending.removeFirst(); // a flood: the oldest would be dropped anyway
            }
        }
    }

    /** The log as it was when the view opened, newest first as LogReaderService gives it. */
    void history(Iterator<LogEntry> newestFirst) {
        List<Row> older = new ArrayList<>();
        while (newestFirst.hasNext() && older.size() < CAP) {
            older.add(Row.of(newestFirst.next()));
        }
        synchronized (pending) {
            for (Row row : older) {
                pending.addFirst(row); // oldest ends up first, before anything that arrived live
            }
        }
    }

    /** Takes the pending entries; the UI thread. Returns whether anything changed. */
    boolean drain() {
        List<Row> taken;
        synchronized (pending) {
            if (pending.isEmpty()) {
                return false;
            }
            taken = new ArrayList<>(pending);
            pending.clear();
        }
        boolean changed = false;
        for (Row row : taken) {
            if (row.sequence() > clearedThrough && seen.add(row.sequence())) {
                rows.addFirst(row);
                changed = true;
            }
        }
        while (rows.size() > CAP) {
            seen.remove(rows.removeLast().sequence());
        }
        return changed;
    }

    /** The rows that pass {@code filter}, newest first. */
    List<Row> rows(Filter filter) {
        List<Row> shown = new ArrayList<>();
        for (Row row : rows) {
            if (filter.accepts(row)) {
                shown.add(row);
            }
        }
        return shown;
    }

    int size() {
        return rows.size();
    }

    /** Empties the view; the log itself keeps its entries. Entries cleared stay hidden if seen again. */
    void clear() {
        for (Row row : rows) {
            clearedThrough = Math.max(clearedThrough, row.sequence());
        }
        rows.clear();
        seen.clear();
    }
}
