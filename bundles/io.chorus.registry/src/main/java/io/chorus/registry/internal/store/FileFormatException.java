package io.chorus.registry.internal.store;

import java.nio.file.Path;

/**
 * A workspace file that cannot be read as it is, with where and why: {@code registry/brands/acme.json:12:9:
 * entries[2].match: ...}. Editors and terminals understand the {@code file:line:column:} form.
 */
public final class FileFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;
    private final int column;
    private final String field;

    public FileFormatException(Path file, int line, int column, String field, String message) {
        super(message);
        this.file = file;
        this.line = line;
        this.column = column;
        this.field = field;
    }

    public Path file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** The field path ({@code entries[2].match}), or empty. */
    public String field() {
        return field;
    }

    /** The whole report, ready for a person. */
    public String describe() {
        StringBuilder text = new StringBuilder(String.valueOf(file));
        if (line > 0) {
            text.append(':').append(line);
            if (column > 0) {
                text.append(':').append(column);
            }
        }
        text.append(": ");
        if (!field.isEmpty()) {
            text.append(field).append(": ");
        }
        return text.append(getMessage()).toString();
    }

    @Override
    public String toString() {
        return describe();
    }
}
