package io.chorus.source.file.internal;

import java.text.ParsePosition;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads the dates of exports: with the pattern the person set, or else ISO 8601, the usual export formats and Unix
 * times in seconds or milliseconds. Strict: 31.02.2024 is an error, not 2 March.
 */
final class DateReader {

    private static final List<String> AUTO_PATTERNS = List.of("uuuu-MM-dd HH:mm:ss", "uuuu-MM-dd HH:mm",
            "dd.MM.uuuu HH:mm:ss", "dd.MM.uuuu HH:mm", "dd.MM.uuuu", "uuuu-MM-dd", "MM/dd/uuuu HH:mm:ss",
            "MM/dd/uuuu HH:mm", "MM/dd/uuuu hh:mm a", "MM/dd/uuuu", "uuuu/MM/dd HH:mm:ss", "dd MMM uuuu HH:mm");

    private static final Pattern UNIX_TIME = Pattern.compile("\\d{9,13}");

    private final String pattern;
    private final List<DateTimeFormatter> formatters;
    private final ZoneId zone;
    /** Only a hint: a race between threads costs a retry, never a wrong date. */
    private volatile DateTimeFormatter lastMatched;

    /**
     * @throws IllegalArgumentException when the pattern or the zone is not valid, with the reason
     */
    DateReader(String pattern, String zone) {
        this.pattern = pattern;
        try {
            this.zone = ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("the time zone '" + zone + "' is unknown: use a name such as UTC or "
                    + "Europe/Moscow", e);
        }
        List<String> patterns = pattern.isEmpty() ? AUTO_PATTERNS
                // y is year-of-era, which strict resolving rejects without an era: u means the same for our dates.
                : List.of(pattern.replace('y', 'u'));
        try {
            this.formatters = patterns.stream().map(p -> DateTimeFormatter.ofPattern(p, Locale.ENGLISH)
                    .withResolverStyle(ResolverStyle.STRICT)).toList();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the date format '" + pattern + "' is not a valid pattern ("
                    + e.getMessage() + "); write it like dd.MM.yyyy HH:mm", e);
        }
    }

    /** What a value should look like, for messages. */
    String expected() {
        return pattern.isEmpty() ? "a date like 2024-03-15 14:30, 15.03.2024 14:30 or ISO 8601 (or set the date "
                + "format in the source settings)" : pattern;
    }

    /** The instant, or null when the value does not match. */
    Instant read(String value) {
        String text = value.strip();
        if (pattern.isEmpty()) {
            Instant automatic = automatic(text);
            if (automatic != null) {
                return automatic;
            }
        }
        // Exports write every date alike: the pattern that matched last is tried first.
        DateTimeFormatter last = lastMatched;
        Instant instant = last == null ? null : parse(last, text);
        if (instant != null) {
            return instant;
        }
        for (DateTimeFormatter formatter : formatters) {
            instant = parse(formatter, text);
            if (instant != null) {
                lastMatched = formatter;
                return instant;
            }
        }
        return null;
    }

    private Instant parse(DateTimeFormatter formatter, String text) {
        // parseUnresolved reports a mismatch without an exception, which matters at 100,000 rows.
        ParsePosition position = new ParsePosition(0);
        if (formatter.parseUnresolved(text, position) == null || position.getErrorIndex() >= 0
                || position.getIndex() != text.length()) {
            return null;
        }
        try {
            TemporalAccessor parsed = formatter.parse(text);
            if (parsed.isSupported(ChronoField.HOUR_OF_DAY) || parsed.isSupported(ChronoField.CLOCK_HOUR_OF_AMPM)) {
                return LocalDateTime.from(parsed).atZone(zone).toInstant();
            }
            return LocalDate.from(parsed).atStartOfDay(zone).toInstant();
        } catch (DateTimeException e) {
            return null;
        }
    }

    private Instant automatic(String text) {
        if (UNIX_TIME.matcher(text).matches()) {
            long number = Long.parseLong(text);
            return text.length() > 11 ? Instant.ofEpochMilli(number) : Instant.ofEpochSecond(number);
        }
        if (text.length() < 16 || text.charAt(4) != '-') {
            return null;
        }
        try {
            return DateTimeFormatter.ISO_DATE_TIME.parse(text.replace(' ', 'T'), t ->
                    t.isSupported(ChronoField.OFFSET_SECONDS) ? Instant.from(t)
                            : LocalDateTime.from(t).atZone(zone).toInstant());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
