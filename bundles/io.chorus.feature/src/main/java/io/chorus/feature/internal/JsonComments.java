package io.chorus.feature.internal;

/**
 * Feature files may carry {@code //} and {@code /* *}{@code /} comments (OSGi Feature Service 159.3). JSON parsers
 * do not take them, so they are blanked out; every other character, newlines included, stays where it was so that
 * parser positions still point into the file the user edits.
 */
public final class JsonComments {

    private JsonComments() {
    }

    /** The text with its comments replaced by spaces. */
    public static String blank(String json) {
        char[] text = json.toCharArray();
        int i = 0;
        while (i < text.length) {
            char c = text[i];
            if (c == '"') {
                i = skipString(text, i);
            } else if (c == '/' && i + 1 < text.length && text[i + 1] == '/') {
                while (i < text.length && text[i] != '\n' && text[i] != '\r') {
                    text[i++] = ' ';
                }
            } else if (c == '/' && i + 1 < text.length && text[i + 1] == '*') {
                text[i++] = ' ';
                text[i++] = ' ';
                while (i < text.length && !(text[i] == '*' && i + 1 < text.length && text[i + 1] == '/')) {
                    if (text[i] != '\n' && text[i] != '\r') {
                        text[i] = ' ';
                    }
                    i++;
                }
                // An unterminated block comment blanks the rest; the parser then reports the missing content.
                for (int end = Math.min(i + 2, text.length); i < end; i++) {
                    text[i] = ' ';
                }
            } else {
                i++;
            }
        }
        return new String(text);
    }

    private static int skipString(char[] text, int quote) {
        int i = quote + 1;
        while (i < text.length) {
            char c = text[i];
            if (c == '\\') {
                i += 2;
            } else if (c == '"' || c == '\n') {
                return i + 1;
            } else {
                i++;
            }
        }
        return i;
    }
}
