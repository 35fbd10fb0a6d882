package io.chorus.ingest.internal.pipeline;

import io.chorus.api.mention.Engagement;
import io.chorus.api.mention.Mention;
import io.chorus.source.api.SourceItem;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns what a connector delivered into a mention the store can trust: trimmed, without control characters, with
 * lengths capped, a URL that can be opened or none, and a publication time that is not in the future.
 */
public final class Normaliser {

    /** Longer texts are scraped pages or junk; the start is kept so the mention can still be read and matched. */
    static final int MAX_TEXT = 100_000;
    static final int MAX_TITLE = 1_000;
    static final int MAX_SHORT = 500;
    static final int MAX_URL = 4_096;
    /** Clocks of platforms differ; a day ahead is a wrong time zone or a scheduled post, not a real date. */
    static final Duration FUTURE_TOLERANCE = Duration.ofDays(1);

    /** A mention and what was changed on the way in, for the {@code ingest.note} label. */
    public record Normalised(Mention mention, List<String> notes) {
    }

    public Normalised normalise(SourceItem item, Instant collected) {
        List<String> notes = new ArrayList<>(0);
        String text = field("text", item.text(), MAX_TEXT, true, notes);
        String title = field("title", item.title(), MAX_TITLE, false, notes);
        String author = field("author", item.author(), MAX_SHORT, false, notes);
        String id = field("id", item.id(), MAX_SHORT, false, notes);
        String url = url(item.url(), notes);
        Instant published = item.published();
        if (published != null && published.isAfter(collected.plus(FUTURE_TOLERANCE))) {
            notes.add("published time " + published + " was in the future; the collection time is used");
            published = collected;
        }
        String language = item.language().strip().toLowerCase(Locale.ROOT);
        // "en-US" keeps its language; anything that is not a language code is detected again
        language = language.matches("[a-z]{2,3}([-_].*)?") ? language.split("[-_]", 2)[0] : "";
        SourceItem.Metrics m = item.metrics();
        Mention mention = new Mention(id, item.platform().strip().toLowerCase(Locale.ROOT), url, author, published,
                title, text, language, field("threadId", item.threadId(), MAX_SHORT, false, notes),
                field("parentId", item.parentId(), MAX_SHORT, false, notes),
                new Engagement(m.followers(), m.likes(), m.comments(), m.shares(), m.views()));
        return new Normalised(mention, notes);
    }

    private static String field(String name, String value, int max, boolean multiline, List<String> notes) {
        String clean = stripControl(value, multiline).strip();
        if (clean.length() > max) {
            int cut = Character.isHighSurrogate(clean.charAt(max - 1)) ? max - 1 : max;
            notes.add(name + " cut from " + clean.length() + " to " + cut + " characters");
            clean = clean.substring(0, cut);
        }
        return clean;
    }

    /** Removes control and format characters except line breaks and tabs in multi-line text. */
    static String stripControl(String value, boolean multiline) {
        StringBuilder out = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean keep;
            if (c == '\n' || c == '\t') {
                keep = multiline;
            } else if (c == '\r') {
                keep = false;
            } else if (c == '\u200d' || c == '\u200c') {
                keep = true; // joiners belong to emoji and some scripts
            } else {
                int type = Character.getType(c);
                keep = type != Character.CONTROL && type != Character.FORMAT && c != '\ufffd';
            }
            if (!keep && out == null) {
                out = new StringBuilder(value.length()).append(value, 0, i);
            }
            if (out != null) {
                if (keep) {
                    out.append(c);
                } else if ((c == '\n' || c == '\t') && !multiline) {
                    out.append(' ');
                }
            }
        }
        return out == null ? value : out.toString();
    }

    private static String url(String value, List<String> notes) {
        String url = value.strip();
        if (url.isEmpty()) {
            return "";
        }
        if (url.length() <= MAX_URL && !url.chars().anyMatch(ch -> ch <= ' ')) {
            try {
                URI uri = new URI(url);
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                        && !uri.getHost().isEmpty()) {
                    return url;
                }
            } catch (java.net.URISyntaxException e) {
                // falls through to the note
            }
        }
        notes.add("url dropped: not an http(s) address");
        return "";
    }
}
