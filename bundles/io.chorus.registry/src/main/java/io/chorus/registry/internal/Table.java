package io.chorus.registry.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A plain-text table for the shell; East Asian wide characters count as two columns. */
final class Table {

    private final String[] headers;
    private final List<String[]> rows = new ArrayList<>();

    Table(String... headers) {
        this.headers = headers.clone();
    }

    Table row(Object... cells) {
        rows.add(Arrays.stream(cells).map(cell -> cell == null ? "" : cell.toString()).toArray(String[]::new));
        return this;
    }

    @Override
    public String toString() {
        int[] widths = new int[headers.length];
        for (int i = 0; i < headers.length; i++) {
            widths[i] = width(headers[i]);
            for (String[] row : rows) {
                widths[i] = Math.max(widths[i], width(row[i]));
            }
        }
        StringBuilder text = new StringBuilder();
        append(text, headers, widths);
        rows.forEach(row -> append(text, row, widths));
        return text.toString();
    }

    private static void append(StringBuilder text, String[] cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            line.append(cells[i]);
            if (i < cells.length - 1) {
                line.append(" ".repeat(widths[i] - width(cells[i]) + 2));
            }
        }
        text.append(line.toString().stripTrailing()).append('\n');
    }

    static int width(String text) {
        int width = 0;
        for (int i = 0; i < text.length();) {
            int c = text.codePointAt(i);
            width += (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
                    || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6)
                    || (c >= 0x20000 && c <= 0x3FFFD) ? 2 : 1;
            i += Character.charCount(c);
        }
        return width;
    }
}
