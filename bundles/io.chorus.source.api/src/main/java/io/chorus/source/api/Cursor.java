package io.chorus.source.api;

import java.util.Objects;

/**
 * Where a source stopped, in the connector's own terms (a timestamp, a page token, a JSON object). Chorus stores it
 * durably together with the items of the page that returned it, and hands it back unchanged.
 */
public record Cursor(String value) {

    /** Before the first poll. */
    public static final Cursor START = new Cursor("");

    public Cursor {
        Objects.requireNonNull(value, "value");
    }

    public boolean isStart() {
        return value.isEmpty();
    }
}
