package io.chorus.source.file.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.chorus.source.file.ColumnMapping;
import io.chorus.source.file.FileImportException;
import io.chorus.source.file.RowProblem;

/**
 * RFC 4180 CSV read at the byte level: fields in double quotes may hold delimiters, line breaks and doubled quotes.
 * Working on bytes keeps exact offsets for the cursor; the quote, the delimiters and line breaks are single bytes in
 * every encoding accepted (UTF-8, windows-125x), so fields are decoded only once complete.
 */
final class CsvRecordReader implements RecordReader {

    private final ByteInput input;
    private final Layout layout;
    private final String file;
    private final List<String> headers;
    private final List<String> keys;
    private long line = 1;
    /** The bytes of the field being read, reused: ByteArrayOutputStream would lock on every byte. */
    private final FieldBytes field = new FieldBytes();

    private static final class FieldBytes {
        private byte[] bytes = new byte[512];
        private int size;

        void write(int b) {
            if (size == bytes.length) {
                bytes = java.util.Arrays.copyOf(bytes, size * 2);
            }
            bytes[size++] = (byte) b;
        }

        int size() {
            return size;
        }

        void reset() {
            size = 0;
        }

        String decode(java.nio.charset.Charset charset) {
            return new String(bytes, 0, size, charset);
        }
    }

    /** A raw record and the line it starts on. */
    private record Fields(long line, List<String> values, boolean unterminated) {
    }

    CsvRecordReader(Path path, Layout layout, long position, long line) throws IOException, FileImportException {
        this.layout = layout;
        this.file = path.getFileName().toString();
        this.input = new ByteInput(path, layout.bomLength());
        Fields header = read();
        if (header == null) {
            input.close();
            throw new FileImportException(file + " has no header line: the first line must name the columns");
        }
        headers = header.values().stream().map(String::strip).toList();
        keys = headers.stream().map(ColumnMapping::normalise).toList();
        if (position > input.position()) {
            input.seek(position);
            this.line = line;
        }
    }

    @Override
    public List<String> headers() {
        return headers;
    }

    @Override
    public Row next(List<RowProblem> problems) throws IOException {
        while (true) {
            Fields fields = read();
            if (fields == null) {
                return null;
            }
            if (fields.unterminated()) {
                problems.add(new RowProblem(file, fields.line(), "a quoted field opens here and is never closed, so "
                        + "the rest of the file was skipped; check the quotes (\") on this line"));
                continue;
            }
            if (fields.values().size() == 1 && fields.values().get(0).isBlank()) {
                continue;
            }
            int extra = 0;
            for (int i = keys.size(); i < fields.values().size(); i++) {
                extra += fields.values().get(i).isBlank() ? 0 : 1;
            }
            if (extra > 0) {
                problems.add(new RowProblem(file, fields.line(), "has " + fields.values().size() + " fields but the "
                        + "header has " + keys.size() + "; a field with a delimiter must be in double quotes"));
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < keys.size(); i++) {
                values.putIfAbsent(keys.get(i), i < fields.values().size() ? fields.values().get(i) : "");
            }
            return new Row(fields.line(), values);
        }
    }

    private Fields read() throws IOException {
        int b = input.read();
        if (b == ByteInput.EOF) {
            return null;
        }
        long start = line;
        List<String> values = new ArrayList<>();
        field.reset();
        boolean quoted = false;
        boolean wasQuoted = false;
        while (true) {
            if (b == ByteInput.EOF) {
                values.add(decode(field));
                return new Fields(start, values, quoted);
            }
            if (quoted) {
                if (b == '"') {
                    if (input.peek() == '"') {
                        input.read();
                        field.write('"');
                    } else {
                        quoted = false;
                    }
                } else {
                    if (b == '\n') {
                        line++;
                    }
                    field.write(b);
                }
            } else if (b == '"' && field.size() == 0 && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if (b == layout.delimiter()) {
                values.add(decode(field));
                field.reset();
                wasQuoted = false;
            } else if (b == '\n' || b == '\r') {
                if (b == '\r' && input.peek() == '\n') {
                    input.read();
                }
                line++;
                values.add(decode(field));
                return new Fields(start, values, false);
            } else {
                field.write(b);
            }
            b = input.read();
        }
    }

    private String decode(FieldBytes bytes) {
        return bytes.decode(layout.charset());
    }

    @Override
    public long position() {
        return input.position();
    }

    @Override
    public boolean atEnd() throws IOException {
        return input.peek() == ByteInput.EOF;
    }

    @Override
    public long line() {
        return line;
    }

    @Override
    public void close() throws IOException {
        input.close();
    }
}
