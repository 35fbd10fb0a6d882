package io.chorus.source.hackernews.internal;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns the HTML of an HN story or comment into plain text. HN separates paragraphs with {@code <p>} (never closed)
 * and keeps line breaks inside {@code <pre><code>}; both survive as newlines, which jsoup's own {@code text()} drops.
 */
final class HtmlText {

    private HtmlText() {
    }

    static String of(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Element body = Jsoup.parseBodyFragment(html).body();
        StringBuilder out = new StringBuilder(html.length());
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    boolean preformatted = text.parent() instanceof Element parent && inPre(parent);
                    out.append(preformatted ? text.getWholeText() : collapse(text.text(), out));
                } else if (node instanceof Element element && isBreak(element) && !out.isEmpty()) {
                    newline(out, element.normalName().equals("br") ? 1 : 2);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && isBlock(element) && !out.isEmpty()) {
                    newline(out, 2);
                }
            }
        }, body);
        return out.toString().strip();
    }

    private static boolean inPre(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            if (e.normalName().equals("pre")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBreak(Element element) {
        return element.normalName().equals("br") || isBlock(element);
    }

    private static boolean isBlock(Element element) {
        return switch (element.normalName()) {
            case "p", "pre", "div", "blockquote", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6" -> true;
            default -> false;
        };
    }

    /** Text at the start of a line loses its leading space, so "<p> x" does not indent. */
    private static String collapse(String text, StringBuilder out) {
        boolean lineStart = out.isEmpty() || out.charAt(out.length() - 1) == '\n';
        return lineStart ? text.stripLeading() : text;
    }

    private static void newline(StringBuilder out, int wanted) {
        while (!out.isEmpty() && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
        int have = 0;
        for (int i = out.length() - 1; i >= 0 && out.charAt(i) == '\n'; i--) {
            have++;
        }
        out.append("\n".repeat(Math.max(0, wanted - have)));
    }
}
