package io.chorus.api.query;

/** A reference to a brand or group the semantic core does not have. */
public class UnknownReferenceException extends QueryException {

    private static final long serialVersionUID = 1L;

    public UnknownReferenceException(String message, int position) {
        super(message, position);
    }
}
