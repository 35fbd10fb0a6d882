package io.chorus.source.file.internal;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import io.chorus.source.file.RowProblem;

/** The records of an export after its header, from a resume position on. */
interface RecordReader extends AutoCloseable {

    /**
     * One record: the line it starts on and its values by normalised column name
     * ({@link io.chorus.source.file.ColumnMapping#normalise}).
     */
    record Row(long line, Map<String, String> values) {
    }

    /** The column names, as the file writes them. */
    List<String> headers();

    /**
     * The next record, or null at the end. A record that cannot be read at all is added to {@code problems} and
     * skipped.
     */
    Row next(List<RowProblem> problems) throws IOException;

    /** Where the record after the last one returned starts: a byte offset, or an element index for JSON arrays. */
    long position();

    /** Whether nothing follows the last record returned (false when that is not known without reading on). */
    boolean atEnd() throws IOException;

    /** The line the next record starts on. */
    long line();

    @Override
    void close() throws IOException;
}
