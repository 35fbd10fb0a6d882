package io.chorus.query.internal;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * How the parser cuts text into words, shared with the formatter so that what it writes bare reads back as the same
 * word.
 */
final class WordRules {

    /** {@code title:}, {@code domain_url:}: a name of ASCII letters, then a colon. {@code 10:30} is no field. */
    static final Pattern FIELD_SHAPE = Pattern.compile("[A-Za-z][A-Za-z_]*:");

    /** The word-forms marker, {@code forms:сбербанк}; read in any case, like field names. */
    static final String FORMS = "forms:";

    private static final Set<String> OPERATOR_WORDS = Set.of("AND", "OR", "NOT", "NEAR", "ONEAR", "&&", "||");

    private WordRules() {
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Characters that end a word: whitespace, parentheses, the quote and ';' (reserved). */
    static boolean isDelimiter(char c) {
        return isSpace(c) || c == '(' || c == ')' || c == '"' || c == ';';
    }

    static boolean isBlank(String text) {
        return text.chars().allMatch(c -> isSpace((char) c));
    }

    /** A run the parser reads as an operator (or rejects as one) rather than as a word. */
    static boolean isOperatorRun(String run) {
        return OPERATOR_WORDS.contains(run) || run.startsWith("NEAR/") || run.startsWith("ONEAR/");
    }

    /**
     * Whether {@code run}, written bare where an operand is expected, is read as a word (term, prefix or fuzzy) and
     * not as an operator, a NOT, a reference or a field.
     *
     * @param afterField the run follows {@code field:} directly, where only '@' has a meaning of its own
     */
    static boolean readsAsWord(String run, boolean afterField) {
        if (run.isEmpty() || run.startsWith("@")) {
            return false;
        }
        for (int i = 0; i < run.length(); i++) {
            if (isDelimiter(run.charAt(i))) {
                return false;
            }
        }
        if (afterField) {
            return !startsWithForms(run);
        }
        return !run.startsWith("-") && !isOperatorRun(run) && !FIELD_SHAPE.matcher(run).lookingAt();
    }

    /** Whether a term with this text can be written without quotes and still be read as that term. */
    static boolean isBareTerm(String text, boolean afterField) {
        return text.indexOf('*') < 0 && text.indexOf('~') < 0 && readsAsWord(text, afterField);
    }

    static boolean startsWithForms(String run) {
        return run.regionMatches(true, 0, FORMS, 0, FORMS.length());
    }

    static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
