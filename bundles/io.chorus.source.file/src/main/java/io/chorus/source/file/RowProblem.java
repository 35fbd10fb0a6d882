package io.chorus.source.file;

import java.util.Objects;

/**
 * A row that was skipped, or a problem with the whole file (line 0).
 *
 * @param file    the file's name
 * @param line    the line the row starts on (1 is the first line of the file), or 0 for the whole file
 * @param message what is wrong and what to do
 */
public record RowProblem(String file, long line, String message) {

    public RowProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    /** "export.csv line 17: column 'Date' has '31/02/2024', expected dd.MM.yyyy HH:mm". */
    @Override
    public String toString() {
        return line > 0 ? file + " line " + line + ": " + message : file + ": " + message;
    }
}
