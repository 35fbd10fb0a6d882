package io.chorus.source.rss.internal.feed;

/** The feed is not well-formed XML, or not a feed at all. The message names the line and column. */
public final class FeedParseException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;

    FeedParseException(String message, int line, int column, Throwable cause) {
        super(message, cause);
        this.line = line;
        this.column = column;
    }

    /** 1-based, or -1 when the problem is not at a place (not a feed). */
    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
