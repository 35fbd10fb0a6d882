package io.chorus.itests;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

/**
 * A forum's RSS feed with three posts (English, Russian, Japanese) about Acme's robot vacuums, served on a local
 * port as a real forum would: the window tests poll it instead of the internet.
 */
final class ForumFeed implements AutoCloseable {

    static final String XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel>
                <title>Robot vacuum forum</title>
                <link>https://forum.example.org/</link>
                <description>Latest topics</description>
                <item>
                  <title>Which robot vacuum for pet hair?</title>
                  <link>https://forum.example.org/t/which-robot-vacuum/101</link>
                  <guid isPermaLink="false">forum-101</guid>
                  <dc:creator>maria_k</dc:creator>
                  <pubDate>Tue, 24 Nov 2026 09:15:00 +0000</pubDate>
                  <description><![CDATA[<p>Thinking about the <b>Acme RoboVac X200</b> or something cheaper. Two cats, lots of hair.</p>]]></description>
                </item>
                <item>
                  <title>Пылесос Акме сломался через месяц</title>
                  <link>https://forum.example.org/t/akme-broken/102</link>
                  <guid isPermaLink="false">forum-102</guid>
                  <dc:creator>ivan.petrov</dc:creator>
                  <pubDate>Tue, 24 Nov 2026 10:40:00 +0000</pubDate>
                  <description>Купил пылесос Акме, через месяц перестал заряжаться. Сервис не отвечает уже неделю.</description>
                </item>
                <item>
                  <title>ロボット掃除機のおすすめ</title>
                  <link>https://forum.example.org/t/robot-ja/103</link>
                  <guid isPermaLink="false">forum-103</guid>
                  <dc:creator>tanaka</dc:creator>
                  <pubDate>Tue, 24 Nov 2026 11:05:00 +0000</pubDate>
                  <description>Acmeのロボット掃除機を買いました。静かでとても満足しています。</description>
                </item>
              </channel>
            </rss>
            """;

    private final HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();

    ForumFeed() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/forum/feed.xml", exchange -> {
            requests.incrementAndGet();
            byte[] body = XML.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/rss+xml; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/forum/feed.xml";
    }

    /** How many times the feed was fetched. */
    int requests() {
        return requests.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
