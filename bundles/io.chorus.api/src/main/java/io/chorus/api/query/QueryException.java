package io.chorus.api.query;

/** A query that cannot be used, with where and why. */
public class QueryException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int position;

    /**
     * @param message  what is wrong and what to do
     * @param position 0-based offset in the query text, or -1
     */
    public QueryException(String message, int position) {
        super(message);
        this.position = position;
    }

    /** 0-based offset in the query text where the problem is, or -1 when it is not in one place. */
    public int position() {
        return position;
    }
}
