package io.chorus.source.rss.internal.feed;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Checks the {@code Expect:} lines of the feedparser test files that are about what Chorus keeps: feed title and
 * link, entry title, link, id, summary, content, author, published date, entry count, encoding and bozo (malformed or
 * repaired). Text values compare as plain text (Chorus strips markup, feedparser sanitises it). Any other form is
 * skipped and counted by kind; the counts are printed.
 */
class FeedparserExpectationsTest {

    private static final Pattern EXPECT = Pattern.compile("(?m)^\\s*Expect:\\s*(.+)$");
    private static final Pattern HEADER = Pattern.compile("(?mi)^\\s*Header:\\s*Content-type:\\s*(.+)$");
    private static final Pattern FIELD = Pattern.compile(
            "(feed|entries\\[(\\d+)\\])(?:\\['(\\w+)'\\]|\\.(\\w+))(\\[0\\]\\['value'\\]|\\['value'\\])?"
                    + "\\s*==\\s*(u?'(?:[^'\\\\]|\\\\.)*'|u?\"(?:[^\"\\\\]|\\\\.)*\"|\\([\\d, ]+\\))");
    private static final Pattern LEN = Pattern.compile("len\\(entries\\)\\s*==\\s*(\\d+)");
    private static final Pattern ENCODING = Pattern.compile("encoding\\s*==\\s*'([^']+)'");

    /** The result of one file: the parse, or why it failed (bozo). */
    private record Parsed(Feed feed, boolean bozo) {
    }

    @Test
    void feedparserExpectations() throws IOException {
        SharedFeeds.suite("feedparser-tests");
        int checked = 0;
        int passed = 0;
        Map<String, Integer> skipped = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (Path file : SharedFeeds.files("feedparser-tests")) {
            if (!file.toString().endsWith(".xml")) {
                continue;
            }
            byte[] body = Files.readAllBytes(file);
            String head = new String(body, 0, Math.min(body.length, 2000), StandardCharsets.ISO_8859_1)
                    .replace("\u0000", "");
            Matcher expect = EXPECT.matcher(head);
            if (!expect.find()) {
                continue;
            }
            String expression = expect.group(1).strip();
            Matcher header = HEADER.matcher(head);
            Parsed parsed = parse(body, header.find() ? header.group(1).strip() : null);
            String unsupported = null;
            boolean ok = true;
            for (String clause : expression.split("\\s+and\\s+")) {
                Boolean result = evaluate(clause.strip(), parsed);
                if (result == null) {
                    unsupported = kind(clause.strip());
                    break;
                }
                ok &= result;
            }
            if (unsupported != null) {
                skipped.merge(unsupported, 1, Integer::sum);
                continue;
            }
            checked++;
            if (ok) {
                passed++;
            } else {
                failures.add(file.getParent().getFileName() + "/" + file.getFileName() + ": " + expression);
            }
        }
        System.out.printf("feedparser expectations: %d checked, %d passed (%.1f%%), %d skipped%n", checked, passed,
                100.0 * passed / Math.max(1, checked), skipped.values().stream().mapToInt(Integer::intValue).sum());
        skipped.forEach((kind, count) -> System.out.println("  skipped " + count + " x " + kind));
        failures.forEach(f -> System.out.println("  FAILED " + f));
        assertTrue(checked > 1100, "too few expectations checked: " + checked);
        assertTrue(passed >= checked * 0.9, passed + " of " + checked + " passed; see the FAILED lines");
    }

    private static Parsed parse(byte[] body, String contentType) {
        try {
            Feed feed = FeedParser.parse(body, contentType, null);
            return new Parsed(feed, feed.repaired());
        } catch (FeedParseException e) {
            return new Parsed(null, true);
        }
    }

    /** True or false, or null when this form is not supported. */
    private static Boolean evaluate(String clause, Parsed parsed) {
        String c = clause.replaceAll("^\\(|\\)$", "").strip();
        if (c.equals("bozo")) {
            return parsed.bozo();
        }
        if (c.equals("not bozo")) {
            return !parsed.bozo();
        }
        Matcher len = LEN.matcher(c);
        if (len.matches()) {
            return parsed.feed() != null && parsed.feed().entries().size() == Integer.parseInt(len.group(1));
        }
        Matcher encoding = ENCODING.matcher(c);
        if (encoding.matches()) {
            return parsed.feed() != null && sameCharset(parsed.feed().encoding(), encoding.group(1));
        }
        Matcher field = FIELD.matcher(c);
        if (!field.matches()) {
            return null;
        }
        String key = field.group(3) != null ? field.group(3) : field.group(4);
        boolean contentValue = field.group(5) != null && field.group(5).startsWith("[0]");
        if (field.group(5) != null && !contentValue) {
            // title_detail['value'] is the title itself
            if (!key.endsWith("_detail")) {
                return null;
            }
            key = key.substring(0, key.length() - "_detail".length());
        }
        String literal = field.group(6);
        if (field.group(1).equals("feed")) {
            if (!key.equals("title") && !key.equals("link")) {
                return null;
            }
            if (parsed.feed() == null) {
                return false;
            }
            String expected = pythonString(literal);
            return key.equals("title") ? sameText(expected, parsed.feed().title())
                    : expected.equals(parsed.feed().link());
        }
        int index = Integer.parseInt(field.group(2));
        FeedEntry entry = parsed.feed() == null || parsed.feed().entries().size() <= index ? null
                : parsed.feed().entries().get(index);
        if (literal.startsWith("(")) {
            if (!key.equals("published_parsed")) {
                return null;
            }
            return entry != null && entry.published() != null && timeTuple(entry.published()).equals(
                    literal.replace(" ", ""));
        }
        String expected = pythonString(literal);
        if (contentValue) {
            return key.equals("content") ? (entry != null && sameText(expected, entry.content())) : null;
        }
        return switch (key) {
            case "title" -> entry != null && sameText(expected, entry.title());
            // feedparser's summary falls back to the content, as Chorus's text does
            case "summary", "description" -> entry != null && sameText(expected,
                    entry.summary().isEmpty() ? entry.content() : entry.summary());
            case "link" -> entry != null && expected.equals(entry.link());
            case "id" -> entry != null && expected.equals(entry.id());
            case "author" -> entry != null && expected.equals(entry.author());
            default -> null;
        };
    }

    /** Plain text equal to the expected value as written (text constructs) or as a reader sees it (HTML). */
    private static boolean sameText(String expected, String ours) {
        return ours.equals(HtmlText.of(expected)) || ours.equals(expected.strip());
    }

    /** The kind of an unsupported clause, literals removed, for the skip report. */
    private static String kind(String clause) {
        String c = clause.replaceAll("==.*", "== ...").replaceAll("\\[\\d+\\]", "[N]");
        return c.length() > 60 ? c.substring(0, 60) : c;
    }

    /** Python's time.struct_time of an instant in UTC: (y, m, d, H, M, S, weekday 0=Monday, yearday, 0). */
    private static String timeTuple(Instant at) {
        ZonedDateTime t = at.atZone(ZoneOffset.UTC);
        return "(" + t.getYear() + "," + t.getMonthValue() + "," + t.getDayOfMonth() + "," + t.getHour() + ","
                + t.getMinute() + "," + t.getSecond() + "," + (t.getDayOfWeek().getValue() - 1) + ","
                + t.getDayOfYear() + ",0)";
    }

    private static boolean sameCharset(String ours, String expected) {
        try {
            return Charset.forName(ours).equals(Charset.forName(expected));
        } catch (IllegalArgumentException e) {
            return ours.equalsIgnoreCase(expected);
        }
    }

    /** A Python string literal's value: quotes and u prefix removed, \\xNN, \\uNNNN and the usual escapes read. */
    static String pythonString(String literal) {
        String body = literal.startsWith("u") ? literal.substring(1) : literal;
        body = body.substring(1, body.length() - 1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c != '\\' || i + 1 >= body.length()) {
                out.append(c);
                continue;
            }
            char e = body.charAt(++i);
            switch (e) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'x' -> {
                    out.append((char) Integer.parseInt(body.substring(i + 1, i + 3), 16));
                    i += 2;
                }
                case 'u' -> {
                    out.append((char) Integer.parseInt(body.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                case 'U' -> {
                    out.appendCodePoint(Integer.parseInt(body.substring(i + 1, i + 9), 16));
                    i += 8;
                }
                default -> out.append(e);
            }
        }
        return out.toString();
    }
}
