package io.chorus.source.rss.internal.feed;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates feeds carry: RFC 822/2822 with its real-world variants (named zones, missing seconds, two-digit
 * years, dashes, no weekday or a wrong one, asctime order) and W3C/ISO 8601. Anything unreadable is null, never an
 * exception: a wrong date must not cost the entry.
 */
public final class FeedDates {

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})(?:-?(\\d{2})(?:-?(\\d{2}))?)?"
                    + "(?:[Tt ]+(\\d{1,2})(?::?(\\d{2})(?::?(\\d{2})(?:[.,](\\d+))?)?)?)?"
                    + "\\s*(Z|z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?");
    private static final Pattern RFC822 = Pattern.compile(
            "(?:\\p{L}+\\.?,?\\s*)?(\\d{1,2})[\\s-]+([A-Za-z]+)\\.?,?[\\s-]+(\\d{2,4}),?"
                    + "(?:\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?)?"
                    + "\\s*([A-Za-z]{1,5}|[+-]\\d{2}:?\\d{2}|(?:GMT|UTC)[+-]\\d{1,2}(?::?\\d{2})?)?");
    /** "Thu Jan 01 19:48:21 GMT 2004" (Java's Date.toString, asctime) and "Jan 1, 2004 19:48". */
    private static final Pattern MONTH_FIRST = Pattern.compile(
            "(?:[A-Za-z]+,?\\s+)?([A-Za-z]+)\\.?\\s+(\\d{1,2}),?"
                    + "(?:\\s+(\\d{4}))?(?:,?\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?"
                    + "(?:\\s*([A-Za-z]{1,5}|[+-]\\d{2}:?\\d{2}))?(?:\\s+(\\d{4}))?");
    private static final Map<String, Integer> ZONES = Map.ofEntries(
            Map.entry("UT", 0), Map.entry("UTC", 0), Map.entry("GMT", 0), Map.entry("Z", 0), Map.entry("WET", 0),
            Map.entry("BST", 60), Map.entry("IST", 330), Map.entry("CET", 60), Map.entry("CEST", 120),
            Map.entry("MET", 60), Map.entry("MEST", 120), Map.entry("EET", 120), Map.entry("EEST", 180),
            Map.entry("MSK", 180), Map.entry("MSD", 240), Map.entry("JST", 540), Map.entry("KST", 540),
            Map.entry("HKT", 480), Map.entry("SGT", 480), Map.entry("AEST", 600), Map.entry("AEDT", 660),
            Map.entry("ACST", 570), Map.entry("AWST", 480), Map.entry("NZST", 720), Map.entry("NZDT", 780),
            Map.entry("EST", -300), Map.entry("EDT", -240), Map.entry("CST", -360), Map.entry("CDT", -300),
            Map.entry("MST", -420), Map.entry("MDT", -360), Map.entry("PST", -480), Map.entry("PDT", -420),
            Map.entry("AST", -240), Map.entry("ADT", -180), Map.entry("AKST", -540), Map.entry("AKDT", -480),
            Map.entry("HST", -600), Map.entry("NST", -210), Map.entry("NDT", -150), Map.entry("ET", -300),
            Map.entry("CT", -360), Map.entry("MT", -420), Map.entry("PT", -480));
    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
        "nov", "dec"};

    private FeedDates() {
    }

    /** The instant a feed date names, or null when it cannot be read. */
    public static Instant parse(String value) {
        if (value == null) {
            return null;
        }
        String text = value.strip().replaceAll("\\s+", " ");
        if (text.isEmpty() || text.length() > 80) {
            return null;
        }
        try {
            Matcher m = ISO.matcher(text);
            if (m.matches()) {
                return at(num(m.group(1)), orOne(m.group(2)), orOne(m.group(3)), num(m.group(4)),
                        num(m.group(5)), num(m.group(6)), nanos(m.group(7)), offsetMinutes(m.group(8)));
            }
            m = RFC822.matcher(text);
            if (m.matches()) {
                return at(year(m.group(3)), month(m.group(2)), num(m.group(1)), num(m.group(4)), num(m.group(5)),
                        num(m.group(6)), 0, offsetMinutes(m.group(7)));
            }
            m = MONTH_FIRST.matcher(text);
            if (m.matches() && (m.group(3) != null || m.group(8) != null)) {
                String year = m.group(3) != null ? m.group(3) : m.group(8);
                return at(num(year), month(m.group(1)), num(m.group(2)), num(m.group(4)), num(m.group(5)),
                        num(m.group(6)), 0, offsetMinutes(m.group(7)));
            }
        } catch (DateTimeException | IllegalArgumentException e) {
            return null;
        }
        return null;
    }

    private static Instant at(int year, int month, int day, int hour, int minute, int second, int nanos,
                              Integer offset) {
        if (offset == null || month < 1) {
            return null;
        }
        // 24:00 is midnight at the end of the day; leap seconds read as the second before.
        boolean endOfDay = hour == 24 && minute == 0 && second == 0;
        LocalDateTime local = LocalDateTime.of(year, month, day, endOfDay ? 0 : hour, minute, Math.min(second, 59),
                nanos);
        if (endOfDay) {
            local = local.plusDays(1);
        }
        return local.toInstant(ZoneOffset.ofTotalSeconds(offset * 60));
    }

    private static int num(String digits) {
        return digits == null ? 0 : Integer.parseInt(digits);
    }

    private static int orOne(String digits) {
        return digits == null ? 1 : Integer.parseInt(digits);
    }

    private static int nanos(String fraction) {
        if (fraction == null) {
            return 0;
        }
        String nine = (fraction + "000000000").substring(0, 9);
        return Integer.parseInt(nine);
    }

    /** RFC 2822: two-digit years 00-49 are 20xx, 50-99 are 19xx; three digits add 1900. */
    private static int year(String digits) {
        int year = Integer.parseInt(digits);
        if (digits.length() == 2) {
            return year < 50 ? 2000 + year : 1900 + year;
        }
        return digits.length() == 3 ? 1900 + year : year;
    }

    private static int month(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.length() < 3) {
            return -1;
        }
        for (int i = 0; i < MONTHS.length; i++) {
            if (lower.startsWith(MONTHS[i])) {
                return i + 1;
            }
        }
        return lower.startsWith("sept") ? 9 : -1;
    }

    /** Minutes east of UTC, UTC when missing, null when the zone is unknown. */
    private static Integer offsetMinutes(String zone) {
        if (zone == null || zone.isEmpty()) {
            return 0;
        }
        String upper = zone.toUpperCase(Locale.ROOT);
        if (upper.startsWith("GMT") && upper.length() > 3 || upper.startsWith("UTC") && upper.length() > 3) {
            upper = upper.substring(3);
        }
        char sign = upper.charAt(0);
        if (sign == '+' || sign == '-') {
            String digits = upper.substring(1).replace(":", "");
            int hours = Integer.parseInt(digits.length() <= 2 ? digits : digits.substring(0, digits.length() - 2));
            int minutes = digits.length() <= 2 ? 0 : Integer.parseInt(digits.substring(digits.length() - 2));
            if (hours > 18 || minutes > 59) {
                return null;
            }
            int total = hours * 60 + minutes;
            return sign == '-' ? -total : total;
        }
        Integer named = ZONES.get(upper);
        if (named != null) {
            return named;
        }
        // RFC 822 military zones: A-I, K-M east, N-Y west; treated as UTC as RFC 2822 advises (their sign was
        // defined backwards and nobody agrees on it).
        return upper.length() == 1 && upper.charAt(0) != 'J' ? 0 : null;
    }
}
