package io.chorus.registry.variants.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A piece of an entry's text: a word (a run of letters and combining marks) or what lies between words. Splitting
 * keeps everything, so joining the pieces gives the text back.
 *
 * @param text the characters
 * @param word whether it is a word
 */
record Token(String text, boolean word) {

    static List<Token> split(String text) {
        List<Token> tokens = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            boolean word = isWordChar(text.codePointAt(start));
            int end = start;
            while (end < text.length() && isWordChar(text.codePointAt(end)) == word) {
                end += Character.charCount(text.codePointAt(end));
            }
            tokens.add(new Token(text.substring(start, end), word));
            start = end;
        }
        return tokens;
    }

    /** The text with one token replaced. */
    static String join(List<Token> tokens, int replaced, String replacement) {
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) {
            joined.append(i == replaced ? replacement : tokens.get(i).text());
        }
        return joined.toString();
    }

    private static boolean isWordChar(int codePoint) {
        int type = Character.getType(codePoint);
        return Character.isLetter(codePoint) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }
}
