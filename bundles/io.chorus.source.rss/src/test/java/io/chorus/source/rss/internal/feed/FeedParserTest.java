package io.chorus.source.rss.internal.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

class FeedParserTest {

    private static final URI BASE = URI.create("https://example.org/blog/feed.xml");

    @Test
    void billionLaughsFailsFastWithAClearMessage() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY lol \"lol\">\n");
        xml.append("<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n");
        for (int i = 2; i <= 9; i++) {
            xml.append("<!ENTITY lol").append(i).append(" \"");
            xml.append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
        }
        xml.append("]>\n<rss><channel><title>&lol9;</title></channel></rss>");
        FeedParseException e = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(FeedParseException.class, () -> FeedParser.parse(xml.toString(), BASE)));
        assertTrue(e.getMessage().contains("entity expansions"), e.getMessage());
    }

    @Test
    void externalEntitiesAndDtdsAreNeverFetched() throws Exception {
        HttpServer server = HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        AtomicInteger hits = new AtomicInteger();
        server.createContext("/", exchange -> {
            hits.incrementAndGet();
            byte[] body = "<!ENTITY secret \"leaked\">".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/x.dtd";
            String external = "<!DOCTYPE rss SYSTEM \"" + url + "\"><rss><channel><title>t</title></channel></rss>";
            assertEquals("t", FeedParser.parse(external, BASE).title());
            String entity = "<!DOCTYPE rss [<!ENTITY ext SYSTEM \"" + url + "\">]>"
                    + "<rss><channel><title>a&ext;b</title></channel></rss>";
            try {
                assertFalse(FeedParser.parse(entity, BASE).title().contains("leaked"));
            } catch (FeedParseException refused) {
                assertTrue(refused.getMessage().contains("line"), refused.getMessage());
            }
            String parameter = "<!DOCTYPE rss [<!ENTITY % p SYSTEM \"" + url + "\"> %p;]>"
                    + "<rss><channel><title>a&secret;</title></channel></rss>";
            try {
                assertFalse(FeedParser.parse(parameter, BASE).title().contains("leaked"));
            } catch (FeedParseException refused) {
                assertTrue(refused.getMessage().contains("line"), refused.getMessage());
            }
            assertEquals(0, hits.get(), "the parser reached the network");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void malformedXmlNamesLineAndColumn() {
        FeedParseException e = assertThrows(FeedParseException.class, () -> FeedParser.parse(
                "<rss>\n<channel>\n  <item><title>x</item>\n</channel></rss>", BASE));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().startsWith("not well-formed XML at line 3, column "), e.getMessage());
    }

    @Test
    void lostEndTagsKeepTheEntriesButACutEntryFails() throws Exception {
        Feed feed = FeedParser.parse("<rss><channel><title>T</title><item><title>one</title></item>"
                + "<item><title>two</title></item></channel></rss", BASE);
        assertEquals(2, feed.entries().size());
        assertTrue(feed.repaired());
        assertFalse(feed.complete());
        FeedParseException cut = assertThrows(FeedParseException.class, () -> FeedParser.parse(
                "<rss><channel><item><title>one</title></item><item><title>tw", BASE));
        assertTrue(cut.getMessage().startsWith("not well-formed XML at line 1, column "), cut.getMessage());
    }

    @Test
    void htmlEntitiesBareAmpersandsAndControlCharactersAreRepaired() throws Exception {
        Feed feed = FeedParser.parse("<rss><channel><title>Caf&eacute; &amp; Bar &nbsp;R&D \u0001</title>"
                + "<item><link>https://example.org/?a=1&b=2</link></item></channel></rss>", BASE);
        assertEquals("Café & Bar R&D", feed.title());
        assertEquals("https://example.org/?a=1&b=2", feed.entries().get(0).link());
        assertTrue(feed.repaired());
    }

    @Test
    void atomTextConstructsAndXmlBase() throws Exception {
        Feed feed = FeedParser.parse("""
                <feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://example.org/root/">
                  <title type="text">Less &lt;than&gt; text</title>
                  <entry xml:base="posts/">
                    <title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Hello <b>world</b></div></title>
                    <link rel="self" href="/self"/><link rel="alternate" type="text/html" href="42.html"/>
                    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
                    <updated>2003-12-13T18:30:02.25+01:00</updated>
                    <summary type="html">&lt;p&gt;A &amp;amp; B&lt;/p&gt;</summary>
                  </entry>
                </feed>""", BASE);
        assertEquals("atom10", feed.format());
        assertEquals("Less <than> text", feed.title());
        FeedEntry entry = feed.entries().get(0);
        assertEquals("Hello world", entry.title());
        assertEquals("https://example.org/root/posts/42.html", entry.link());
        assertEquals(Instant.parse("2003-12-13T17:30:02.25Z"), entry.published());
        assertEquals("A & B", entry.summary());
    }

    @Test
    void idFallsBackToLinkThenToAHash() throws Exception {
        Feed feed = FeedParser.parse("<rss version=\"2.0\"><channel><item><link>/a</link></item>"
                + "<item><title>no link</title><pubDate>Sat, 07 Sep 2002 00:00:01 GMT</pubDate></item>"
                + "</channel></rss>", BASE);
        assertEquals("https://example.org/a", feed.entries().get(0).id());
        assertTrue(feed.entries().get(1).id().matches("sha256:[0-9a-f]{32}"), feed.entries().get(1).id());
    }

    @Test
    void wrongDeclarationsAndByteOrderMarks() throws Exception {
        String xml = "<?xml version=\"1.0\" encoding=\"iso-8859-1\"?><rss><channel><title>Ёлка café</title>"
                + "</channel></rss>";
        // declared Latin-1 but written as UTF-8
        assertEquals("Ёлка café", FeedParser.parse(xml.getBytes(StandardCharsets.UTF_8), null, BASE).title());
        // the HTTP charset wins over the declaration
        byte[] koi8 = xml.replace("iso-8859-1", "utf-8").getBytes(Charset.forName("KOI8-R"));
        assertEquals("Ёлка café".replace("é", "?"), FeedParser.parse(koi8, "text/xml; charset=koi8-r", BASE)
                .title());
        byte[] utf16 = ("\uFEFF" + xml.replace("iso-8859-1", "utf-8")).getBytes(StandardCharsets.UTF_16LE);
        assertEquals("Ёлка café", FeedParser.parse(utf16, "application/xml", BASE).title());
    }
}
