package io.chorus.api.query;

import java.util.List;

/**
 * Query text that is not a query: {@link #getMessage()} says at which column what was found and what was expected,
 * for example {@code column 14: expected ')' to close the '(' at column 5, found the end of the query}.
 */
public class QuerySyntaxException extends QueryException {

    private static final long serialVersionUID = 1L;

    private final List<String> expected;

    public QuerySyntaxException(String message, int position, List<String> expected) {
        super(message, position);
        this.expected = List.copyOf(expected);
    }

    /** What would have been valid at the position, in words ("a word", "')'", "NEAR/n"). */
    public List<String> expected() {
        return expected;
    }
}
