package io.chorus.source.mastodon.internal;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** Mastodon sends status content as HTML; mentions are plain text, with paragraphs and line breaks kept. */
final class HtmlText {

    private HtmlText() {
    }

    static String toPlainText(String html) {
        if (html == null || html.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(html.length());
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    out.append(text.getWholeText());
                } else if (node instanceof Element element && element.nameIs("br")) {
                    out.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && (element.nameIs("p") || element.nameIs("blockquote")
                        || element.nameIs("li"))) {
                    out.append("\n\n");
                }
            }
        }, Jsoup.parseBodyFragment(html).body());
        // Collapse the whitespace of the HTML source, keep the breaks the markup meant.
        return out.toString().replaceAll("[ \\t\\x0B\\f\\r]+", " ").replaceAll(" *\n *", "\n")
                .replaceAll("\n{3,}", "\n\n").strip();
    }
}
