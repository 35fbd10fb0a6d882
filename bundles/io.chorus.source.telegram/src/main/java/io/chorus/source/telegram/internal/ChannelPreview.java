package io.chorus.source.telegram.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import io.chorus.source.api.ConnectorException;
import io.chorus.source.api.SourceItem;

/**
 * One t.me/s/&lt;channel&gt; page: the channel's title and its messages (oldest first, as Telegram lists them).
 * Selectors follow the widget markup Telegram has served since 2018.
 */
record ChannelPreview(String title, boolean looksLikeChannel, List<Message> messages) {

    /** A message with its number within the channel, for paging with before=. */
    record Message(long number, SourceItem item) {
    }

    /**
     * @throws ConnectorException BAD_RESPONSE when the page ends early or a message has no readable number or
     *                            time: Telegram changed its markup, or the answer was cut
     */
    static ChannelPreview parse(String html, String baseUri) throws ConnectorException {
        if (!html.stripTrailing().toLowerCase(java.util.Locale.ROOT).endsWith("</html>")) {
            throw new ConnectorException(ConnectorException.Kind.BAD_RESPONSE, "The page " + baseUri
                    + " ends before </html>: the answer was cut off");
        }
        Element page = Jsoup.parse(html, baseUri);
        String title = page.select(".tgme_channel_info_header_title").text();
        if (title.isEmpty()) {
            title = page.select("meta[property=og:title]").attr("content");
        }
        List<Message> messages = new ArrayList<>();
        for (Element message : page.select(".tgme_widget_message[data-post]")) {
            String post = message.attr("data-post");
            int slash = post.lastIndexOf('/');
            if (slash <= 0 || message.hasClass("service_message")) {
                continue;
            }
            long number;
            try {
                number = Long.parseLong(post.substring(slash + 1));
            } catch (NumberFormatException e) {
                throw new ConnectorException(ConnectorException.Kind.BAD_RESPONSE, "A message on " + baseUri
                        + " has data-post='" + post + "' without a message number: Telegram changed its markup", e);
            }
            messages.add(new Message(number, item(post, message)));
        }
        boolean channel = !page.select(".tgme_channel_info, .tgme_widget_message, .tgme_channel_history").isEmpty();
        return new ChannelPreview(title, channel, List.copyOf(messages));
    }

    private static SourceItem item(String post, Element message) throws ConnectorException {
        Element bubble = message.selectFirst(".tgme_widget_message_bubble");
        Element scope = bubble == null ? message : bubble;
        // The message's own text, not the quoted text of a message it replies to.
        Element text = scope.selectFirst("> .tgme_widget_message_text");
        if (text == null) {
            text = scope.selectFirst(".tgme_widget_message_text:not(.tgme_widget_message_reply *)");
        }
        Instant published = null;
        Element time = message.selectFirst(".tgme_widget_message_date time[datetime], time[datetime]");
        if (time != null) {
            try {
                published = OffsetDateTime.parse(time.attr("datetime")).toInstant();
            } catch (DateTimeParseException e) {
                throw new ConnectorException(ConnectorException.Kind.BAD_RESPONSE, "The message " + post + " has the "
                        + "time '" + time.attr("datetime") + "', not an ISO date: Telegram changed its markup", e);
            }
        }
        long views = views(message.select(".tgme_widget_message_views").text());
        String author = message.select(".tgme_widget_message_owner_name").text();
        // A forward links to the original post (https://t.me/other/123): that post is its parent.
        String forwardedFrom = message.select("a.tgme_widget_message_forwarded_from_name").attr("href")
                .replaceFirst("^https?://t\\.me/", "");
        return new SourceItem(post, "telegram", "https://t.me/" + post, author, published, "",
                text == null ? "" : plainText(text), "", "", forwardedFrom.matches("[A-Za-z0-9_]+/\\d+") ? forwardedFrom : "",
                new SourceItem.Metrics(-1, -1, -1, -1, views));
    }

    /** Text with line breaks where the message had &lt;br&gt;. */
    static String plainText(Element element) {
        StringBuilder text = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode textNode) {
                    text.append(textNode.getWholeText());
                } else if (node instanceof Element child && child.normalName().equals("br")) {
                    text.append('\n');
                }
            }
        }, element);
        return text.toString().strip();
    }

    /** "987", "15.3K", "1.2M" as Telegram abbreviates view counts; -1 when absent. */
    static long views(String shown) {
        String value = shown.strip().toUpperCase(Locale.ROOT);
        if (value.isEmpty()) {
            return -1;
        }
        double factor = 1;
        if (value.endsWith("K")) {
            factor = 1_000;
        } else if (value.endsWith("M")) {
            factor = 1_000_000;
        }
        try {
            return Math.round(Double.parseDouble(factor == 1 ? value : value.substring(0, value.length() - 1))
                    * factor);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
