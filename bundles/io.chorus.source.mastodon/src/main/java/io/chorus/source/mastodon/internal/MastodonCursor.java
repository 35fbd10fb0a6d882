package io.chorus.source.mastodon.internal;

import io.chorus.source.api.Cursor;

/**
 * Where a Mastodon source stands: the newest status id read ({@code min_id} of the next poll), and while a new source
 * reads its first pages of history, the {@code max_id} of the next older page and the pages read so far. It also
 * names what it was read from (mode and term), so that a source whose hashtag changed starts afresh instead of paging
 * the new tag from an id of the old one. Written as "minId|maxId|pages|mode:term".
 *
 * @param minId the newest id seen, or null before the first status
 * @param maxId the id to read older statuses below, or null when history is done
 * @param pages history pages read so far
 */
record MastodonCursor(String minId, String maxId, int pages) {

    static final MastodonCursor START = new MastodonCursor(null, null, 0);

    static MastodonCursor read(Cursor cursor, String fingerprint) {
        if (cursor.isStart()) {
            return START;
        }
        String[] parts = cursor.value().split("\\|", 4);
        if (parts.length < 4 || !parts[3].equals(fingerprint) || !parts[2].matches("\\d{1,4}")) {
            return START;
        }
        return new MastodonCursor(parts[0].isEmpty() ? null : parts[0], parts[1].isEmpty() ? null : parts[1],
                Integer.parseInt(parts[2]));
    }

    boolean readingHistory() {
        return minId == null || maxId != null;
    }

    Cursor write(String fingerprint) {
        return new Cursor((minId == null ? "" : minId) + "|" + (maxId == null ? "" : maxId) + "|" + pages + "|"
                + fingerprint);
    }
}
