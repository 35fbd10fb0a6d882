package io.chorus.registry.internal.transfer;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV as spreadsheets write it: quoted fields with doubled quotes and line breaks inside, a byte order
 * mark, and comma or semicolon as separator (Excel in Russian and German locales writes semicolons), detected from
 * the header. Every row remembers the line it starts on, for messages.
 */
final class CsvTable {

    /** A row and the line it starts on (1-based). */
    record Row(int line, List<String> cells) {
    }

    /** A CSV that cannot be read. */
    static final class CsvException extends Exception {
        private static final long serialVersionUID = 1L;
        private final int line;

        CsvException(int line, String message) {
            super(message);
            this.line = line;
        }

        int line() {
            return line;
        }
    }

    private CsvTable() {
    }

    static List<Row> parse(String text) throws CsvException {
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        char separator = detectSeparator(content);
        List<Row> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean afterQuote = false;
        int line = 1;
        int rowLine = 1;
        int quoteLine = 0;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < content.length() && content.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                        afterQuote = true;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"') {
                if (cell.length() > 0 || afterQuote) {
                    throw new CsvException(line, "a quote in the middle of a cell; put the whole cell in quotes and"
                            + " double the quotes inside (\"say \"\"hi\"\"\")");
                }
                quoted = true;
                quoteLine = line;
            } else if (c == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
                afterQuote = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < content.length() && content.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                cell.setLength(0);
                afterQuote = false;
                addRow(rows, rowLine, cells);
                cells = new ArrayList<>();
                line++;
                rowLine = line;
            } else {
                if (afterQuote && !Character.isWhitespace(c)) {
                    throw new CsvException(line, "text after the closing quote of a cell; put the whole cell in"
                            + " quotes");
                }
                if (!afterQuote) {
                    cell.append(c);
                }
            }
        }
        if (quoted) {
            throw new CsvException(quoteLine, "a quoted cell is never closed; add the closing quote");
        }
        if (cell.length() > 0 || !cells.isEmpty()) {
            cells.add(cell.toString());
            addRow(rows, rowLine, cells);
        }
        return rows;
    }

    private static void addRow(List<Row> rows, int line, List<String> cells) {
        boolean blank = cells.stream().allMatch(String::isBlank);
        if (!blank) {
            rows.add(new Row(line, List.copyOf(cells)));
        }
    }

    /** The separator the header uses: the one of ',' ';' or tab that occurs most outside quotes. */
    static char detectSeparator(String content) {
        int end = content.indexOf('\n');
        String header = end < 0 ? content : content.substring(0, end);
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        if (tabs > commas && tabs > semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    /** One CSV line, quoting what needs it. */
    static String line(List<String> cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i) == null ? "" : cells.get(i);
            if (i > 0) {
                line.append(',');
            }
            if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
                    || cell.indexOf('\r') >= 0 || cell.indexOf(';') >= 0 || cell.startsWith(" ")
                    || cell.endsWith(" ")) {
                line.append('"').append(cell.replace("\"", "\"\"")).append('"');
            } else {
                line.append(cell);
            }
        }
        return line.toString();
    }
}
