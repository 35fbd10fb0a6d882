package io.chorus.api.query;

import java.util.List;
import java.util.Objects;

/**
 * A query written in another tool's dialect.
 *
 * @param dialect     the dialect
 * @param text        the query in that dialect: what can be expressed
 * @param unsupported what the dialect cannot express, each in words with where it was in the query; empty when the
 *                    export says everything
 */
public record ExportResult(Dialect dialect, String text, List<String> unsupported) {

    public ExportResult {
        Objects.requireNonNull(dialect, "dialect");
        Objects.requireNonNull(text, "text");
        unsupported = List.copyOf(unsupported);
    }

    /** Whether the exported text means exactly what the query means. */
    public boolean isComplete() {
        return unsupported.isEmpty();
    }
}
