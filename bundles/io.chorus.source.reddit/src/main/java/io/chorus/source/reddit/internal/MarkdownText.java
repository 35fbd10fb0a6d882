package io.chorus.source.reddit.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the Markdown of a Reddit post or comment into plain text: links keep their words, emphasis, spoilers, code
 * marks, headings and quote marks go, and the zero-width spaces Reddit's editor inserts disappear.
 */
final class MarkdownText {

    private static final Pattern IMAGE_OR_LINK = Pattern.compile("!?\\[([^\\]]*)]\\((?:[^()\\s]|\\([^()]*\\))*"
            + "(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern EMPHASIS = Pattern.compile("(\\*{1,3}|~~|__)(?=\\S)(.+?)(?<=\\S)\\1");
    private static final Pattern SPOILER = Pattern.compile(">!(.+?)!<");
    private static final Pattern CODE = Pattern.compile("`+([^`]+)`+");
    private static final Pattern HEADING_OR_QUOTE = Pattern.compile("(?m)^[ \\t]*(?:#{1,6}[ \\t]+|(?:>[ \\t]?)+)");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!~>^|])");
    private static final Pattern ZERO_WIDTH = Pattern.compile("&#x200[Bb];|\u200B");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");

    private MarkdownText() {
    }

    static String of(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        String text = markdown.replace("\r\n", "\n");
        text = ZERO_WIDTH.matcher(text).replaceAll("");
        text = replaceGroup(CODE, text, 1);
        text = replaceGroup(IMAGE_OR_LINK, text, 1);
        text = replaceGroup(SPOILER, text, 1);
        text = HEADING_OR_QUOTE.matcher(text).replaceAll("");
        text = replaceGroup(EMPHASIS, text, 2);
        text = replaceGroup(ESCAPE, text, 1);
        // without raw_json=1 Reddit escapes these three in every text field
        text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
        return BLANK_LINES.matcher(text).replaceAll("\n\n").strip();
    }

    private static String replaceGroup(Pattern pattern, String text, int group) {
        Matcher matcher = pattern.matcher(text);
        return matcher.replaceAll(match -> Matcher.quoteReplacement(match.group(group)));
    }
}
