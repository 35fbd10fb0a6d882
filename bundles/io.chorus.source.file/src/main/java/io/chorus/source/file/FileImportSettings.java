package io.chorus.source.file;

import java.util.Objects;

/**
 * How to read an export; each value may be "auto" (or empty) to let the importer decide.
 *
 * @param format     auto, csv, json (an array, or an object holding one) or jsonl (one object per line)
 * @param delimiter  auto, or the CSV delimiter: {@code ,} {@code ;} {@code |} or {@code \t} (also "tab")
 * @param encoding   auto (UTF-8 with or without BOM, else windows-1251 or windows-1252), or a charset name
 * @param mapping    the column mapping as text ({@link ColumnMapping#parse}); empty to guess from the headers, and
 *                   fields it leaves out are guessed
 * @param dateFormat a {@link java.time.format.DateTimeFormatter} pattern such as {@code dd.MM.yyyy HH:mm}, or empty
 *                   to recognise ISO dates, the usual export formats and Unix times
 * @param timeZone   the zone of dates written without one, such as Europe/Moscow
 */
public record FileImportSettings(String format, String delimiter, String encoding, String mapping,
                                 String dateFormat, String timeZone) {

    public FileImportSettings {
        format = orAuto(format);
        delimiter = orAuto(delimiter);
        encoding = orAuto(encoding);
        mapping = Objects.requireNonNullElse(mapping, "").strip();
        dateFormat = Objects.requireNonNullElse(dateFormat, "").strip();
        timeZone = timeZone == null || timeZone.isBlank() ? "UTC" : timeZone.strip();
    }

    /** Everything detected, dates in UTC. */
    public static FileImportSettings auto() {
        return new FileImportSettings("auto", "auto", "auto", "", "", "UTC");
    }

    public FileImportSettings withMapping(String newMapping) {
        return new FileImportSettings(format, delimiter, encoding, newMapping, dateFormat, timeZone);
    }

    public FileImportSettings withDateFormat(String newDateFormat) {
        return new FileImportSettings(format, delimiter, encoding, mapping, newDateFormat, timeZone);
    }

    private static String orAuto(String value) {
        return value == null || value.isBlank() ? "auto" : value.equals("\t") ? value : value.strip();
    }
}
