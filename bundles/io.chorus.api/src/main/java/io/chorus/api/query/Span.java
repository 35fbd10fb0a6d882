package io.chorus.api.query;

/**
 * Where a part of a query came from in its text, so messages can point at it.
 *
 * @param start offset of the first character (0-based), or -1 for parts built by code
 * @param end   offset after the last character
 */
public record Span(int start, int end) {

    /** For nodes that did not come from text. */
    public static final Span NONE = new Span(-1, -1);

    public Span {
        if (start > end) {
            throw new IllegalArgumentException("a span cannot end before it starts: " + start + ".." + end);
        }
    }
}
