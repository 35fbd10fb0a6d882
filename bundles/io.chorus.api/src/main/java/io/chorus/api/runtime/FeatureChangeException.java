package io.chorus.api.runtime;

import java.io.Serial;
import java.util.List;

/** A feature change that was refused; nothing changed. Each problem is a sentence that says what is missing and what to do. */
public final class FeatureChangeException extends Exception {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient List<String> problems;

    public FeatureChangeException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public FeatureChangeException(String problem) {
        this(List.of(problem));
    }

    /** The reasons, one per line as the user reads them. */
    public List<String> problems() {
        return problems;
    }
}
