package io.chorus.api.notify;

import java.time.Instant;
import java.util.Objects;

/**
 * One notification.
 *
 * @param id       unique per process, assigned by {@link Notifications#post}
 * @param severity how urgent
 * @param title    a few words, already translated by the poster
 * @param message  one or two sentences saying what happened and what to do
 * @param source   who posted it ({@code reputation}, {@code ingest}); shown small
 * @param postedAt when
 * @param viewId   the view that shows the details (for example the inbox), or empty
 * @param input    what that view should show ({@link io.chorus.api.mention.MentionSearch}, an id), or null
 */
public record Notification(long id, Severity severity, String title, String message, String source,
                           Instant postedAt, String viewId, Object input) {
    public Notification {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(postedAt, "postedAt");
        viewId = viewId == null ? "" : viewId;
    }
}
