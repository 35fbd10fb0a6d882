package io.chorus.api.registry;

/** A registry operation that cannot be done, with a reason a person can act on. */
public class RegistryException extends Exception {

    private static final long serialVersionUID = 1L;

    public RegistryException(String message) {
        super(message);
    }

    public RegistryException(String message, Throwable cause) {
        super(message, cause);
    }
}
