package io.chorus.source.api;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * One poll's result.
 *
 * @param items       what was found, in any order
 * @param next        the cursor to continue from
 * @param more        whether more items are ready now (Chorus polls again at once, within the rate limit)
 * @param pollAgainIn when to poll next if not at once, or null for the source's interval
 */
public record Page(List<SourceItem> items, Cursor next, boolean more, Duration pollAgainIn) {

    public Page {
        items = List.copyOf(items);
        Objects.requireNonNull(next, "next");
    }

    /** The last page for now: poll again after the source's interval. */
    public static Page last(List<SourceItem> items, Cursor next) {
        return new Page(items, next, false, null);
    }

    /** More pages are ready: poll again at once. */
    public static Page more(List<SourceItem> items, Cursor next) {
        return new Page(items, next, true, null);
    }
}
