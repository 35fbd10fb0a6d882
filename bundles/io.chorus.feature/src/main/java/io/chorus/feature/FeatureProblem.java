package io.chorus.feature;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Something wrong with a feature file or with what it refers to, said so that a person can fix it.
 *
 * @param file    the file, or {@code null} when the problem is not in one file
 * @param line    1-based line, or 0 when unknown
 * @param column  1-based column, or 0 when unknown
 * @param message what is wrong and what to do
 */
public record FeatureProblem(Path file, int line, int column, String message) {

    public FeatureProblem {
        Objects.requireNonNull(message, "message");
    }

    /** A problem that belongs to no particular file position. */
    public static FeatureProblem of(Path file, String message) {
        return new FeatureProblem(file, 0, 0, message);
    }

    /** {@code features/core.json:3:5: message}, the form compilers use, so editors can jump to it. */
    @Override
    public String toString() {
        if (file == null) {
            return message;
        }
        StringBuilder text = new StringBuilder(file.toString());
        if (line > 0) {
            text.append(':').append(line);
            if (column > 0) {
                text.append(':').append(column);
            }
        }
        return text.append(": ").append(message).toString();
    }
}
