package io.chorus.source.rss.internal.feed;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Random;

/**
 * Measures parse throughput on a large generated RSS 2.0 feed shaped like a busy news feed (HTML descriptions,
 * content:encoded, dc:creator, RFC 822 dates). Run with:
 * {@code java -cp target/classes:target/test-classes:<jsoup jar> io.chorus.source.rss.internal.feed.ParseThroughput}
 */
public final class ParseThroughput {

    private ParseThroughput() {
    }

    public static void main(String[] args) throws Exception {
        int entries = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        byte[] feed = generate(entries, new Random(42)).getBytes(StandardCharsets.UTF_8);
        URI base = URI.create("https://news.example.com/feed/");
        for (int i = 0; i < 3; i++) {
            FeedParser.parse(feed, "application/rss+xml; charset=utf-8", base);
        }
        int rounds = 5;
        long start = System.nanoTime();
        int parsed = 0;
        for (int i = 0; i < rounds; i++) {
            parsed += FeedParser.parse(feed, "application/rss+xml; charset=utf-8", base).entries().size();
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        System.out.printf("%d entries (%.1f MB feed) x %d rounds in %d ms: %.0f entries/s, %.1f MB/s%n", entries,
                feed.length / 1e6, rounds, took.toMillis(), parsed / (took.toNanos() / 1e9),
                feed.length * (double) rounds / 1e6 / (took.toNanos() / 1e9));
    }

    static String generate(int entries, Random random) {
        String[] words = {"Acme", "coffee", "roastery", "Lisbon", "beans", "price", "customers", "&amp;", "“blend”",
            "кофе", "コーヒー", "grinder", "espresso", "market", "report"};
        DateTimeFormatter rfc822 = DateTimeFormatter.RFC_1123_DATE_TIME;
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\""
                + " xmlns:content=\"http://purl.org/rss/1.0/modules/content/\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel><title>Daily Coffee</title>"
                + "<link>https://news.example.com/</link>\n");
        Instant at = Instant.parse("2026-11-24T10:00:00Z");
        for (int i = 0; i < entries; i++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 80; w++) {
                text.append(words[random.nextInt(words.length)]).append(w % 12 == 11 ? ". " : " ");
            }
            out.append("<item><title>").append(words[random.nextInt(words.length)]).append(" news ").append(i)
                    .append("</title><link>/2026/11/").append(i).append("/</link><dc:creator>Reporter ")
                    .append(i % 37).append("</dc:creator><pubDate>")
                    .append(rfc822.format(at.minusSeconds(60L * i).atZone(ZoneOffset.UTC)))
                    .append("</pubDate><guid isPermaLink=\"false\">https://news.example.com/?p=").append(i)
                    .append("</guid><description><![CDATA[<p>").append(text, 0, Math.min(200, text.length()))
                    .append("</p>]]></description><content:encoded><![CDATA[<p>").append(text)
                    .append("</p><p><a href=\"/x\">more</a></p>]]></content:encoded></item>\n");
        }
        return out.append("</channel></rss>").toString();
    }
}
