package io.chorus.source.rss.internal.feed;

import java.util.List;

/**
 * A parsed feed.
 *
 * @param format   what it was written in ({@code rss20}, {@code rss10}, {@code rss090}, {@code atom10},
 *                 {@code atom03})
 * @param title    its title as plain text, or empty
 * @param link     its home page, or empty
 * @param entries  the entries that could be read, in document order
 * @param skipped  why entries were left out, one line each (an entry with nothing to identify or show)
 * @param encoding the charset the bytes were read with
 * @param repaired whether the bytes needed repairs to parse (wrong encoding, HTML entities, stray characters)
 * @param complete false when the document lost its last end tags: its entries are whole, but more may be missing
 */
public record Feed(String format, String title, String link, List<FeedEntry> entries, List<String> skipped,
                   String encoding, boolean repaired, boolean complete) {

    public Feed {
        entries = List.copyOf(entries);
        skipped = List.copyOf(skipped);
    }
}
