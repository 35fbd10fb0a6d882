package ${package}.internal;

import java.time.Instant;
import java.time.format.DateTimeParseException;

import io.chorus.source.api.Cursor;

/**
 * Where a source stopped. Search results come newest first, so a poll walks pages until it reaches the newest post
 * delivered before ({@code mark}); {@code top} is the newest post of the walk in progress, the next mark.
 *
 * @param mark the newest post time delivered by earlier walks, or null before the first
 * @param top  the newest post time of this walk so far, or null
 * @param page the next page of this walk, or 0 when the walk is over
 */
record SearchCursor(Instant mark, Instant top, int page) {

    static final SearchCursor START = new SearchCursor(null, null, 0);

    /** Reads a cursor this class wrote; Chorus hands cursors back unchanged. */
    static SearchCursor parse(Cursor cursor) {
        if (cursor.isStart()) {
            return START;
        }
        String[] parts = cursor.value().split(" ", -1);
        try {
            return new SearchCursor(instant(parts[0]), instant(parts[1]), Integer.parseInt(parts[2]));
        } catch (ArrayIndexOutOfBoundsException | DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException("not a search cursor: '" + cursor.value() + "'", e);
        }
    }

    /** The cursor to continue this walk on {@code nextPage}. */
    SearchCursor continueOn(int nextPage, Instant newestOfPage) {
        return new SearchCursor(mark, later(top, newestOfPage), nextPage);
    }

    /** The cursor after a finished walk: its newest post becomes the mark. */
    SearchCursor finish(Instant newestOfPage) {
        Instant newest = later(top, newestOfPage);
        return new SearchCursor(later(mark, newest), null, 0);
    }

    Cursor toCursor() {
        return new Cursor(text(mark) + " " + text(top) + " " + page);
    }

    private static Instant later(Instant a, Instant b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    private static Instant instant(String text) {
        return text.isEmpty() ? null : Instant.parse(text);
    }

    private static String text(Instant instant) {
        return instant == null ? "" : instant.toString();
    }
}
