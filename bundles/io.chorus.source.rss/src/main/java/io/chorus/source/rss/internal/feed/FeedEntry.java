package io.chorus.source.rss.internal.feed;

import java.time.Instant;

/**
 * One entry of a feed, as plain text.
 *
 * @param id        its guid or id, else its link, else a hash of title and date; never blank
 * @param link      where to read it (absolute, Google redirects unwrapped), or empty
 * @param title     its title, or empty
 * @param author    its author's name, or empty
 * @param published when it was published (else updated), or null
 * @param summary   its summary or description, or empty
 * @param content   its full content, or empty
 * @param views     views where the feed says (YouTube), else -1
 * @param likes     likes or ratings where the feed says (YouTube), else -1
 */
public record FeedEntry(String id, String link, String title, String author, Instant published, String summary,
                        String content, long views, long likes) {

    /** The fullest text the feed gives: the content, else the summary. */
    public String text() {
        return content.isEmpty() ? summary : content;
    }
}
