package io.chorus.source.rss.internal.feed;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** An element of the parsed document: mixed content in order, attributes and its xml:base. */
final class XmlNode {

    final String ns;
    final String name;
    final URI base;
    /** The namespace of the document element: a feed in an unknown namespace still has its own title and entries. */
    final String feedNs;
    final Map<String, String> attributes = new HashMap<>();
    /** Strings and child nodes, in document order. */
    final List<Object> content = new ArrayList<>();
    /** Whether its end tag was read: false for what was open when a truncated document ended. */
    boolean complete;

    XmlNode(String ns, String name, URI base, String feedNs) {
        this.ns = ns == null ? "" : ns;
        this.feedNs = feedNs == null ? this.ns : feedNs;
        this.name = name;
        this.base = base;
    }

    /** An attribute by local name (namespaced ones as {@code {ns}name}), or empty. */
    String attribute(String key) {
        return attributes.getOrDefault(key, "");
    }

    List<XmlNode> children() {
        List<XmlNode> children = new ArrayList<>();
        for (Object o : content) {
            if (o instanceof XmlNode node) {
                children.add(node);
            }
        }
        return children;
    }

    boolean hasChildElements() {
        for (Object o : content) {
            if (o instanceof XmlNode) {
                return true;
            }
        }
        return false;
    }

    /** Its content as HTML (inline XHTML written back as tags, text escaped), for the HTML-to-text step. */
    String innerHtml() {
        StringBuilder out = new StringBuilder();
        appendHtml(out);
        return out.toString();
    }

    private void appendHtml(StringBuilder out) {
        for (Object o : content) {
            if (o instanceof XmlNode node) {
                out.append('<').append(node.name).append('>');
                node.appendHtml(out);
                out.append("</").append(node.name).append('>');
            } else {
                String text = (String) o;
                for (int i = 0; i < text.length(); i++) {
                    char c = text.charAt(i);
                    switch (c) {
                        case '<' -> out.append("&lt;");
                        case '>' -> out.append("&gt;");
                        case '&' -> out.append("&amp;");
                        default -> out.append(c);
                    }
                }
            }
        }
    }

    /** Its own text and that of every descendant, in order, as written. */
    String allText() {
        StringBuilder out = new StringBuilder();
        appendText(out);
        return out.toString();
    }

    private void appendText(StringBuilder out) {
        for (Object o : content) {
            if (o instanceof XmlNode node) {
                node.appendText(out);
            } else {
                out.append((String) o);
            }
        }
    }
}
