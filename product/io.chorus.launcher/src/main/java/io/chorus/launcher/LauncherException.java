package io.chorus.launcher;

/** A reason to stop that a person can act on; printed without a stack trace. */
final class LauncherException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Exit status for wrong command lines. */
    static final int USAGE = 2;

    /** Exit status for everything else that went wrong. */
    static final int FAILURE = 1;

    private final int exitStatus;

    LauncherException(String message, int exitStatus) {
        super(message);
        this.exitStatus = exitStatus;
    }

    LauncherException(String message) {
        this(message, FAILURE);
    }

    int exitStatus() {
        return exitStatus;
    }
}
