package io.chorus.feature;

import java.util.List;
import java.util.stream.Collectors;

/** A feature operation that cannot go ahead, with every reason found. */
public class FeatureException extends Exception {

    private static final long serialVersionUID = 1L;

    private final List<FeatureProblem> problems;

    public FeatureException(List<FeatureProblem> problems) {
        super(problems.stream().map(FeatureProblem::toString).collect(Collectors.joining(System.lineSeparator())));
        this.problems = List.copyOf(problems);
    }

    public FeatureException(String message) {
        this(List.of(new FeatureProblem(null, 0, 0, message)));
    }

    /** Every problem, in the order found. */
    public List<FeatureProblem> problems() {
        return problems;
    }
}
