package io.chorus.source.rss.internal.feed;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Parses RSS 0.9x, 1.0 (RDF) and 2.0 and Atom 0.3 and 1.0 with their common extensions (Dublin Core, content:encoded,
 * atom:link, Media RSS, YouTube) into {@link Feed}. The XML parser never touches the network: no external DTD, no
 * external entity, and internal entities are expanded within tight limits, so "billion laughs" fails at once.
 * Thread-safe and stateless.
 */
public final class FeedParser {

    static final String ATOM10 = "http://www.w3.org/2005/Atom";
    static final String ATOM03 = "http://purl.org/atom/ns#";
    static final String RSS10 = "http://purl.org/rss/1.0/";
    static final String RSS090 = "http://my.netscape.com/rdf/simple/0.9/";
    static final String RSS_USERLAND = "http://backend.userland.com/rss2";
    static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    static final String DC = "http://purl.org/dc/elements/1.1/";
    static final String DCTERMS = "http://purl.org/dc/terms/";
    static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
    static final String MEDIA = "http://search.yahoo.com/mrss/";
    static final String YOUTUBE = "http://www.youtube.com/xml/schemas/2015";
    static final String XHTML = "http://www.w3.org/1999/xhtml";
    static final String ITUNES = "http://www.itunes.com/dtds/podcast-1.0.dtd";
    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
    /** Where the elements of the feed formats themselves live (RSS 2.0 has none). */
    private static final Set<String> CORE = Set.of("", ATOM10, ATOM03, RSS10, RSS090, RSS_USERLAND);
    private static final int MAX_DEPTH = 256;

    private FeedParser() {
    }

    /**
     * @param body        the feed's bytes
     * @param contentType the HTTP Content-Type (its charset counts), or null
     * @param feedUrl     what relative links resolve against when the feed sets no xml:base, or null
     * @return every complete entry, even those with nothing in them (the caller decides what is worth keeping)
     * @throws FeedParseException when the XML is not well-formed or not a feed
     */
    public static Feed parse(byte[] body, String contentType, URI feedUrl) throws FeedParseException {
        FeedText.Decoded decoded = FeedText.decode(body, contentType);
        FeedParseException[] truncation = new FeedParseException[1];
        XmlNode root = readTree(decoded.text(), feedUrl, truncation);
        return interpret(root, decoded, truncation[0]);
    }

    /** The parsed feed from text that is already decoded (tests). */
    static Feed parse(String xml, URI feedUrl) throws FeedParseException {
        return parse(xml.getBytes(StandardCharsets.UTF_8), "application/xml; charset=utf-8", feedUrl);
    }

    private static XMLInputFactory safeFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty(XMLInputFactory.IS_VALIDATING, false);
        // Internal entities are allowed (some feeds declare their own), external ones never.
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, true);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty("http://java.sun.com/xml/stream/properties/ignore-external-dtd", true);
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> new ByteArrayInputStream(new byte[0]));
        factory.setProperty("jdk.xml.entityExpansionLimit", "2000");
        factory.setProperty("jdk.xml.totalEntitySizeLimit", "1000000");
        factory.setProperty("jdk.xml.maxGeneralEntitySizeLimit", "200000");
        factory.setProperty("jdk.xml.entityReplacementLimit", "1000000");
        factory.setProperty("jdk.xml.maxElementDepth", String.valueOf(MAX_DEPTH));
        return factory;
    }

    /** The document's tree; when it was cut off after complete elements, also why, in {@code truncation[0]}. */
    private static XmlNode readTree(String xml, URI feedUrl, FeedParseException[] truncation)
            throws FeedParseException {
        XMLStreamReader reader = null;
        XmlNode root = null;
        XmlNode partialRoot = null;
        try {
            reader = safeFactory().createXMLStreamReader(new StringReader(xml));
            Deque<XmlNode> open = new ArrayDeque<>();
            while (reader.hasNext()) {
                int event = reader.next();
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        XmlNode parent = open.peek();
                        URI base = parent == null ? feedUrl : parent.base;
                        String xmlBase = reader.getAttributeValue(XML_NS, "base");
                        if (xmlBase != null) {
                            base = resolve(base, xmlBase.strip());
                        }
                        XmlNode node = new XmlNode(reader.getNamespaceURI(), reader.getLocalName(), base,
                                root == null ? null : root.ns);
                        for (int i = 0; i < reader.getAttributeCount(); i++) {
                            String ns = reader.getAttributeNamespace(i);
                            String key = ns == null || ns.isEmpty() ? reader.getAttributeLocalName(i)
                                    : "{" + ns + "}" + reader.getAttributeLocalName(i);
                            node.attributes.put(key, reader.getAttributeValue(i));
                        }
                        if (parent == null) {
                            root = node;
                            partialRoot = node;
                        } else {
                            parent.content.add(node);
                        }
                        open.push(node);
                    }
                    case XMLStreamConstants.END_ELEMENT -> open.pop().complete = true;
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE,
                         XMLStreamConstants.ENTITY_REFERENCE -> {
                        if (!open.isEmpty()) {
                            String text = event == XMLStreamConstants.ENTITY_REFERENCE ? "" : reader.getText();
                            open.peek().content.add(text);
                        }
                    }
                    default -> {
                    }
                }
            }
            if (root == null) {
                throw new FeedParseException("the document is empty: there is no feed in it", 1, 1, null);
            }
            return root;
        } catch (XMLStreamException e) {
            Location at = e.getLocation();
            int line = at == null ? -1 : at.getLineNumber();
            int column = at == null ? -1 : at.getColumnNumber();
            String message = cleanMessage(e.getMessage());
            if (message.contains("limit imposed by")) {
                // The JDK's entity limits report no place; say what happened instead of a misleading 1:1.
                throw new FeedParseException("refused to read the feed: it defines entities that expand beyond the"
                        + " safety limits (an entity expansion attack or a broken feed): " + message, -1, -1, e);
            }
            FeedParseException error = new FeedParseException("not well-formed XML at line " + line + ", column "
                    + column + ": " + message, line, column, e);
            if (partialRoot != null && at != null && onlyEndTagsFollow(xml, at.getCharacterOffset())) {
                // The document lost its last end tags ("</rss" without ">"): usable if no entry was cut
                // (interpret() decides).
                truncation[0] = error;
                return partialRoot;
            }
            throw error;
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException e) {
                    // nothing held open: the input is a string
                }
            }
        }
    }

    private static boolean onlyEndTagsFollow(String xml, int offset) {
        if (offset < 0 || offset > xml.length()) {
            return false;
        }
        if (xml.substring(offset).isBlank()) {
            // cut off at the end: whatever was open is dropped, what was closed stands
            return true;
        }
        int from = Math.max(0, offset - 64);
        String rest = xml.substring(from);
        int lastComplete = rest.lastIndexOf('>', offset - from - 1);
        String tail = rest.substring(lastComplete + 1);
        return tail.matches("\\s*(</[\\w:.\\-]*\\s*>?\\s*)*");
    }

    /** The JDK prefixes messages with "ParseError at [row,col]:[...]\nMessage: "; keep the human part. */
    private static String cleanMessage(String message) {
        if (message == null) {
            return "unreadable XML";
        }
        int at = message.indexOf("Message: ");
        return (at >= 0 ? message.substring(at + 9) : message).strip();
    }

    private static Feed interpret(XmlNode root, FeedText.Decoded decoded, FeedParseException truncation)
            throws FeedParseException {
        String rootName = root.name.toLowerCase(Locale.ROOT);
        List<XmlNode> items = new ArrayList<>();
        XmlNode channel;
        String format;
        switch (rootName) {
            case "feed" -> {
                channel = root;
                format = ATOM03.equals(root.ns) || "0.3".equals(root.attribute("version")) ? "atom03" : "atom10";
                items.addAll(children(root, "entry"));
            }
            case "rss", "rdf", "channel" -> {
                channel = rootName.equals("channel") ? root : first(root, "channel");
                format = rootName.equals("rdf") ? (RSS090.equals(channelNs(channel)) ? "rss090" : "rss10")
                        : "rss" + root.attribute("version").replace(".", "");
                if (channel != null) {
                    items.addAll(children(channel, "item"));
                }
                if (channel != root) {
                    items.addAll(children(root, "item"));
                }
            }
            default -> throw new FeedParseException("this is not an RSS or Atom feed: the document is <" + root.name
                    + ">, where a feed starts with <rss>, <rdf:RDF> or <feed>. Use the address of the feed itself,"
                    + " usually linked as RSS or Atom on the page", -1, -1, null);
        }
        String title = channel == null ? "" : text(first(channel, "title"));
        String link = channel == null ? "" : link(channel);
        List<FeedEntry> entries = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (!items.get(i).complete && truncation != null) {
                // A cut-off download: the rest of the feed is missing too, so it is not served as if complete.
                throw truncation;
            }
            try {
                entries.add(entry(items.get(i)));
            } catch (RuntimeException e) {
                skipped.add("entry " + (i + 1) + " could not be read: " + e);
            }
        }
        boolean complete = truncation == null;
        return new Feed(format, title, link, entries, skipped, decoded.encoding().name(),
                decoded.repaired() || !complete, complete);
    }

    private static String channelNs(XmlNode channel) {
        return channel == null ? "" : channel.ns;
    }

    private static FeedEntry entry(XmlNode item) {
        String title = text(first(item, "title"));
        if (title.isEmpty()) {
            title = text(firstNs(item, DC, "title"));
        }
        if (title.isEmpty()) {
            title = text(media(item, "title"));
        }
        String link = link(item);
        String author = author(item);
        Instant published = date(item, "published", "issued", "pubDate", "created");
        if (published == null) {
            published = FeedDates.parse(textOf(firstNs(item, DC, "date")));
        }
        if (published == null) {
            published = FeedDates.parse(textOf(firstNs(item, DCTERMS, "issued")));
        }
        if (published == null) {
            published = date(item, "updated", "modified");
        }
        if (published == null) {
            published = FeedDates.parse(textOf(firstNs(item, DCTERMS, "modified")));
        }
        String summary = text(first(item, "summary"));
        if (summary.isEmpty()) {
            summary = text(first(item, "description"));
        }
        if (summary.isEmpty()) {
            summary = text(firstNs(item, DC, "description"));
        }
        if (summary.isEmpty()) {
            summary = text(media(item, "description"));
        }
        if (summary.isEmpty()) {
            summary = text(firstNs(item, ITUNES, "summary"));
        }
        String content = text(firstNs(item, CONTENT, "encoded"));
        if (content.isEmpty()) {
            content = text(first(item, "content"));
        }
        if (content.isEmpty()) {
            content = text(firstNs(item, XHTML, "body"));
        }
        String id = textOf(first(item, "id")).strip();
        if (id.isEmpty()) {
            id = textOf(first(item, "guid")).strip();
        }
        if (id.isEmpty()) {
            id = item.attribute("{" + RDF + "}about").strip();
        }
        String videoId = textOf(firstNs(item, YOUTUBE, "videoId")).strip();
        if (id.isEmpty() && !videoId.isEmpty()) {
            id = "yt:video:" + videoId;
        }
        if (link.isEmpty() && !videoId.isEmpty()) {
            link = "https://www.youtube.com/watch?v=" + videoId;
        }
        if (id.isEmpty()) {
            id = link;
        }
        if (id.isEmpty()) {
            id = "sha256:" + sha256(title + "\n" + (published == null ? summary : published.toString()));
        }
        return new FeedEntry(id, link, title, author, published, summary, content,
                mediaCount(item, "statistics", "views"), mediaCount(item, "starRating", "count"));
    }

    private static Instant date(XmlNode item, String... names) {
        for (String name : names) {
            Instant at = FeedDates.parse(textOf(first(item, name)));
            if (at != null) {
                return at;
            }
        }
        return null;
    }

    private static String author(XmlNode item) {
        XmlNode author = first(item, "author");
        if (author != null && author.hasChildElements()) {
            String name = textOf(first(author, "name")).strip();
            if (!name.isEmpty()) {
                return name;
            }
        }
        String creator = text(firstNs(item, DC, "creator"));
        if (!creator.isEmpty()) {
            return creator;
        }
        if (author != null) {
            return authorName(author.allText().strip());
        }
        return text(firstNs(item, ITUNES, "author"));
    }

    /** RSS 2.0 writes "jane@example.com (Jane Doe)": the name, else the address. */
    private static String authorName(String value) {
        int open = value.indexOf('(');
        int close = value.lastIndexOf(')');
        if (open >= 0 && close > open + 1) {
            return value.substring(open + 1, close).strip();
        }
        return HtmlText.collapse(value);
    }

    /** The page link: Atom's alternate (HTML first), RSS's link text, a permalink guid, else atom:link in RSS. */
    private static String link(XmlNode node) {
        String textLink = "";
        String alternate = "";
        String anyHref = "";
        for (XmlNode child : node.children()) {
            if (!child.name.equals("link") || !isCore(child)) {
                continue;
            }
            String href = child.attribute("href").strip();
            if (href.isEmpty()) {
                if (textLink.isEmpty()) {
                    textLink = resolveLink(child.base, child.allText().strip());
                }
                continue;
            }
            String rel = child.attribute("rel").strip();
            String type = child.attribute("type");
            if ((rel.isEmpty() || rel.equals("alternate"))
                    && (alternate.isEmpty() || type.contains("html"))) {
                alternate = resolveLink(child.base, href);
            } else if (anyHref.isEmpty() && !rel.equals("self") && !rel.equals("hub")) {
                anyHref = resolveLink(child.base, href);
            }
        }
        if (!alternate.isEmpty()) {
            return alternate;
        }
        if (!textLink.isEmpty()) {
            return textLink;
        }
        XmlNode guid = first(node, "guid");
        if (guid != null && !"false".equalsIgnoreCase(guid.attribute("isPermaLink").strip())) {
            String value = guid.allText().strip();
            if (value.startsWith("http://") || value.startsWith("https://")) {
                return resolveLink(guid.base, value);
            }
        }
        return anyHref;
    }

    private static String resolveLink(URI base, String href) {
        if (href.isEmpty()) {
            return "";
        }
        URI resolved = resolve(base, href);
        return GoogleLinks.unwrap(resolved == null ? href : resolved.toString());
    }

    private static URI resolve(URI base, String href) {
        try {
            URI uri = new URI(href.replace(" ", "%20"));
            return base == null || base.isOpaque() ? uri : base.resolve(uri);
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return base;
        }
    }

    /** Plain text of a text construct: Atom's type (text, html, xhtml, base64 mode) decides; RSS is HTML. */
    static String text(XmlNode node) {
        if (node == null) {
            return "";
        }
        String type = node.attribute("type").toLowerCase(Locale.ROOT).strip();
        if ("base64".equals(node.attribute("mode"))) {
            try {
                byte[] bytes = Base64.getMimeDecoder().decode(node.allText().strip());
                return HtmlText.of(new String(bytes, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                return "";
            }
        }
        if (node.hasChildElements()) {
            return HtmlText.of(node.innerHtml());
        }
        String raw = node.allText();
        if (type.equals("text") || type.equals("text/plain")) {
            return HtmlText.collapse(raw);
        }
        return HtmlText.of(raw);
    }

    private static String textOf(XmlNode node) {
        return node == null ? "" : node.allText();
    }

    private static XmlNode first(XmlNode parent, String name) {
        if (parent == null) {
            return null;
        }
        for (Object o : parent.content) {
            if (o instanceof XmlNode node && node.name.equals(name) && isCore(node)) {
                return node;
            }
        }
        return null;
    }

    private static boolean isCore(XmlNode node) {
        return CORE.contains(node.ns) || node.ns.equals(node.feedNs);
    }

    private static XmlNode firstNs(XmlNode parent, String ns, String name) {
        for (Object o : parent.content) {
            if (o instanceof XmlNode node && node.name.equals(name) && node.ns.equals(ns)) {
                return node;
            }
        }
        return null;
    }

    private static List<XmlNode> children(XmlNode parent, String name) {
        List<XmlNode> found = new ArrayList<>();
        for (Object o : parent.content) {
            if (o instanceof XmlNode node && node.name.equals(name) && isCore(node)) {
                found.add(node);
            }
        }
        return found;
    }

    /** A Media RSS element of the item or of its media:group. */
    private static XmlNode media(XmlNode item, String name) {
        XmlNode direct = firstNs(item, MEDIA, name);
        if (direct != null) {
            return direct;
        }
        XmlNode group = firstNs(item, MEDIA, "group");
        return group == null ? null : firstNs(group, MEDIA, name);
    }

    /** A count attribute from media:community (YouTube: statistics@views, starRating@count), else -1. */
    private static long mediaCount(XmlNode item, String element, String attribute) {
        XmlNode community = media(item, "community");
        XmlNode node = community == null ? null : firstNs(community, MEDIA, element);
        if (node == null) {
            return -1;
        }
        try {
            return Long.parseLong(node.attribute(attribute).strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String sha256(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Google Alerts and Google News wrap links as https://www.google.com/url?...&url=REAL. */
    static final class GoogleLinks {

        private GoogleLinks() {
        }

        static String unwrap(String link) {
            try {
                URI uri = new URI(link);
                String host = uri.getHost();
                if (host == null || !host.matches("(www\\.)?google\\.[a-z.]+") || !"/url".equals(uri.getPath())
                        || uri.getRawQuery() == null) {
                    return link;
                }
                for (String pair : uri.getRawQuery().split("&")) {
                    int eq = pair.indexOf('=');
                    String key = eq < 0 ? pair : pair.substring(0, eq);
                    if ((key.equals("url") || key.equals("q")) && eq > 0) {
                        String real = URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                        if (real.startsWith("http://") || real.startsWith("https://")) {
                            return real;
                        }
                    }
                }
                return link;
            } catch (java.net.URISyntaxException | IllegalArgumentException e) {
                return link;
            }
        }
    }
}
