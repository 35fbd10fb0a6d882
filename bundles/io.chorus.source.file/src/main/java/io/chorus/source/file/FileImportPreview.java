package io.chorus.source.file;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import io.chorus.source.api.SourceItem;
import io.chorus.source.file.internal.FileReading;

/**
 * The first rows of an export as the import would see them: for the column-mapping step of the import wizard.
 *
 * @param format    csv, json or jsonl, as detected or set
 * @param encoding  the charset the file is read with
 * @param delimiter the CSV delimiter, or empty for JSON
 * @param headers   the column names (for JSON, the dotted property names of the first object)
 * @param mapping   the mapping used: the one given, completed by {@link ColumnMapping#guess}
 * @param items     the rows that import cleanly, in file order
 * @param problems  the rows that would be skipped, and problems with the whole file (line 0) such as a mapping
 *                  without a text column, in which case {@code items} is empty
 * @param rowsRead  how many rows were read
 */
public record FileImportPreview(String format, String encoding, String delimiter, List<String> headers,
                                ColumnMapping mapping, List<SourceItem> items, List<RowProblem> problems,
                                int rowsRead) {

    public FileImportPreview {
        headers = List.copyOf(headers);
        items = List.copyOf(items);
        problems = List.copyOf(problems);
        Objects.requireNonNull(mapping, "mapping");
    }

    /**
     * Reads the first {@code rows} rows of {@code file}.
     *
     * @throws FileImportException when the file cannot be imported at all: missing, not CSV or JSON, unreadable
     *                             encoding, a date format or mapping that is not valid; the message says what to do
     */
    public static FileImportPreview preview(Path file, FileImportSettings settings, int rows)
            throws FileImportException {
        FileReading.Batch batch = FileReading.read(file, settings, 0, 1, Math.max(0, rows));
        String delimiter = batch.layout().format() == io.chorus.source.file.internal.Layout.Format.CSV
                ? String.valueOf((char) batch.layout().delimiter()) : "";
        return new FileImportPreview(batch.layout().format().name().toLowerCase(java.util.Locale.ROOT),
                batch.layout().charset().name(), delimiter, batch.headers(), batch.mapping(), batch.items(),
                batch.problems(), batch.rows());
    }

    /** Whether the mapping can import this file (it names a text column that exists). */
    public boolean mappingUsable() {
        return problems.stream().noneMatch(p -> p.line() == 0);
    }
}
