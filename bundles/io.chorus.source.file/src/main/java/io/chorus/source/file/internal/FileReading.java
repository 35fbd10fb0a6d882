package io.chorus.source.file.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.chorus.source.api.SourceItem;
import io.chorus.source.file.ColumnMapping;
import io.chorus.source.file.ColumnMapping.Field;
import io.chorus.source.file.FileImportException;
import io.chorus.source.file.FileImportSettings;
import io.chorus.source.file.RowProblem;

/**
 * Reads up to a number of records of an export from a position, maps them and collects the rows that could not be
 * imported: what the connector's poll and the wizard's preview share.
 */
public final class FileReading {

    /**
     * What one read found.
     *
     * @param usable   whether the mapping names a text column present in the file; when not, {@code problems}
     *                 says why and no row was mapped
     * @param position where the next read starts
     * @param line     the line the next read starts on
     * @param end      whether the file has no records after these
     * @param rows     how many records were read
     */
    public record Batch(Layout layout, List<String> headers, ColumnMapping mapping, boolean usable,
                        List<SourceItem> items, List<RowProblem> problems, long position, long line, boolean end,
                        int rows) {
    }

    private FileReading() {
    }

    public static Batch read(Path file, FileImportSettings settings, long position, long line, int maxRows)
            throws FileImportException {
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            throw new FileImportException(Files.isDirectory(file) ? file + " is a folder: choose the exported file"
                    : file + " does not exist: check the path, or export the mentions again");
        }
        ColumnMapping explicit;
        DateReader dates;
        try {
            explicit = ColumnMapping.parse(settings.mapping());
            dates = new DateReader(settings.dateFormat(), settings.timeZone());
        } catch (IllegalArgumentException e) {
            throw new FileImportException("The settings of " + name + " are wrong: " + e.getMessage(), e);
        }
        Layout layout = Layout.detect(file, settings);
        try (RecordReader reader = open(file, layout, position, line)) {
            List<String> headers = reader.headers();
            ColumnMapping mapping = explicit.orElse(ColumnMapping.guess(headers));
            List<RowProblem> problems = new ArrayList<>();
            List<String> missing = mapping.missingFrom(headers);
            if (!missing.isEmpty()) {
                problems.add(new RowProblem(name, 0, "the column mapping names " + missing + ", which the file does "
                        + "not have; its columns are " + headers));
            }
            if (mapping.columns(Field.TEXT).isEmpty()) {
                problems.add(new RowProblem(name, 0, "no column is mapped to the text; its columns are " + headers
                        + ": set the mapping, e.g. text=" + (headers.isEmpty() ? "Content" : headers.get(0))));
            }
            if (!problems.isEmpty()) {
                return new Batch(layout, headers, mapping, false, List.of(), problems, reader.position(),
                        reader.line(), false, 0);
            }
            RowMapper mapper = new RowMapper(name, mapping, dates);
            List<SourceItem> items = new ArrayList<>();
            int rows = 0;
            boolean end = false;
            while (rows < maxRows) {
                RecordReader.Row row = reader.next(problems);
                if (row == null) {
                    end = true;
                    break;
                }
                rows++;
                RowMapper.Mapped mapped = mapper.map(row);
                if (mapped.item() != null) {
                    items.add(mapped.item());
                } else {
                    problems.add(mapped.problem());
                }
            }
            return new Batch(layout, headers, mapping, true, items, problems, reader.position(), reader.line(),
                    end || reader.atEnd(), rows);
        } catch (IOException e) {
            throw new FileImportException(name + " could not be read: " + e.getMessage(), e);
        }
    }

    private static RecordReader open(Path file, Layout layout, long position, long line)
            throws IOException, FileImportException {
        return layout.format() == Layout.Format.CSV ? new CsvRecordReader(file, layout, position, line)
                : new JsonRecordReader(file, layout, position, line);
    }
}
