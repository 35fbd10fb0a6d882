package io.chorus.source.file.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.chorus.source.api.SourceItem;
import io.chorus.source.file.ColumnMapping;
import io.chorus.source.file.ColumnMapping.Field;
import io.chorus.source.file.RowProblem;

/** Turns a record into an item with a mapping, or says why the row cannot be one. */
final class RowMapper {

    /** An item, or the problem that kept the row out. */
    record Mapped(SourceItem item, RowProblem problem) {
    }

    private static final Pattern SPACES = Pattern.compile("[\\s\u00A0]");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

    private final String file;
    private final ColumnMapping mapping;
    private final DateReader dates;
    private final Map<Field, List<String>> keys = new EnumMap<>(Field.class);

    RowMapper(String file, ColumnMapping mapping, DateReader dates) {
        this.file = file;
        this.mapping = mapping;
        this.dates = dates;
        mapping.asMap().forEach((field, columns) -> keys.put(field,
                columns.stream().map(ColumnMapping::normalise).toList()));
    }

    Mapped map(RecordReader.Row row) {
        String text = value(row, Field.TEXT);
        if (text.isBlank()) {
            return problem(row, "column '" + mapping.column(Field.TEXT).orElse("?") + "' is empty; a mention needs "
                    + "its text");
        }
        Instant published = null;
        String date = value(row, Field.PUBLISHED);
        if (!date.isBlank()) {
            published = dates.read(date);
            if (published == null) {
                return problem(row, "column '" + mapping.column(Field.PUBLISHED).orElse("?") + "' has '"
                        + date.strip() + "', expected " + dates.expected());
            }
        }
        String url = value(row, Field.URL).strip();
        String author = value(row, Field.AUTHOR).strip();
        String id = value(row, Field.ID).strip();
        if (id.isEmpty()) {
            id = !url.isEmpty() ? url : "sha256:" + hash(text + "\n" + (published == null ? "" : published) + "\n"
                    + author);
        }
        SourceItem.Metrics metrics = new SourceItem.Metrics(count(row, Field.FOLLOWERS), count(row, Field.LIKES),
                count(row, Field.COMMENTS), count(row, Field.SHARES), count(row, Field.VIEWS));
        String language = value(row, Field.LANGUAGE).strip().toLowerCase(java.util.Locale.ROOT);
        return new Mapped(new SourceItem(id, Platforms.of(value(row, Field.PLATFORM), url), url, author, published,
                value(row, Field.TITLE).strip(), text.strip(), LANGUAGE.matcher(language).matches() ? language : "", "", "",
                metrics), null);
    }

    private Mapped problem(RecordReader.Row row, String message) {
        return new Mapped(null, new RowProblem(file, row.line(), message));
    }

    private String value(RecordReader.Row row, Field field) {
        List<String> columns = keys.getOrDefault(field, List.of());
        if (columns.size() == 1) {
            return row.values().getOrDefault(columns.get(0), "");
        }
        return columns.stream().map(c -> row.values().getOrDefault(c, "").strip())
                .filter(v -> !v.isEmpty()).collect(Collectors.joining(" "));
    }

    /** "1 234", "1,234", "12.5K" as exports write counts; -1 when absent or not a number. */
    private long count(RecordReader.Row row, Field field) {
        String raw = value(row, field);
        if (raw.isBlank()) {
            return -1;
        }
        String value = SPACES.matcher(raw).replaceAll("").toUpperCase(java.util.Locale.ROOT);
        double factor = value.endsWith("K") ? 1_000 : value.endsWith("M") ? 1_000_000 : 1;
        // "2,5M" is Russian for 2.5 million; "1,234" without a suffix is English for 1234.
        value = factor == 1 ? value.replace(",", "") : value.replace(',', '.');
        try {
            return Math.round(Double.parseDouble(factor == 1 ? value : value.substring(0, value.length() - 1))
                    * factor);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
