package io.chorus.source.rss.internal.feed;

import org.jsoup.Jsoup;

/** Plain text from the HTML feeds put in descriptions and content. */
public final class HtmlText {

    private HtmlText() {
    }

    /** The text a reader would see, whitespace collapsed. Text without markup or references is only collapsed. */
    public static String of(String html) {
        if (html == null || html.isEmpty()) {
            return "";
        }
        if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
            return collapse(html);
        }
        return Jsoup.parseBodyFragment(html).text();
    }

    static String collapse(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
