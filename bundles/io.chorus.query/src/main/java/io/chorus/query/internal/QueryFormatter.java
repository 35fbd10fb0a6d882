package io.chorus.query.internal;

import io.chorus.api.query.Query;
import io.chorus.api.query.Reference;

/**
 * Writes a tree in canonical Chorus syntax: explicit AND and OR, NOT before what it excludes, ONEAR for words in
 * order, fuzzy edits spelled out ({@code acme~1}), parentheses only where precedence needs them. Parsing the result
 * gives the same tree for every tree the parser can produce; a node built in code that no text can produce (a term
 * "AND", say) is written as near as the syntax allows, usually as a phrase.
 */
final class QueryFormatter {

    // Precedence levels, lowest first; a child below the level its parent needs gets parentheses.
    private static final int OR = 1;
    private static final int AND = 2;
    private static final int NEAR = 3;
    private static final int NOT = 4;
    private static final int ATOM = 5;

    String format(Query query) {
        return switch (query) {
            case Query.Or or -> join(or, " OR ");
            case Query.And and -> {
                StringBuilder text = new StringBuilder();
                for (Query operand : and.operands()) {
                    if (!text.isEmpty()) {
                        // "a NOT b" reads as the exclusion it is; "a AND NOT b" would parse the same
                        text.append(operand instanceof Query.Not ? " " : " AND ");
                    }
                    text.append(operand(operand, NEAR));
                }
                yield text.toString();
            }
            case Query.Near near -> operand(near.left(), ATOM) + (near.ordered() ? " ONEAR/" : " NEAR/")
                    + near.distance() + " " + operand(near.right(), ATOM);
            case Query.Not not -> "NOT " + operand(not.operand(), NOT);
            case Query.FieldFilter filter -> filter.field().keyword() + ":"
                    + (isLeaf(filter.value()) ? leaf(filter.value(), true) : "(" + format(filter.value()) + ")");
            default -> leaf(query, false);
        };
    }

    private String join(Query.Or or, String separator) {
        StringBuilder text = new StringBuilder();
        for (Query operand : or.operands()) {
            if (!text.isEmpty()) {
                text.append(separator);
            }
            text.append(operand(operand, AND));
        }
        return text.toString();
    }

    private String operand(Query query, int neededLevel) {
        String text = format(query);
        return level(query) < neededLevel ? "(" + text + ")" : text;
    }

    private static int level(Query query) {
        return switch (query) {
            case Query.Or or -> OR;
            case Query.And and -> AND;
            case Query.Near near -> NEAR;
            case Query.Not not -> NOT;
            default -> ATOM;
        };
    }

    private static boolean isLeaf(Query query) {
        return query instanceof Query.Term || query instanceof Query.Phrase || query instanceof Query.Prefix
                || query instanceof Query.Fuzzy || query instanceof Query.Forms || query instanceof Reference;
    }

    /** A term, phrase, prefix, fuzzy word or reference; {@code afterField} right after {@code field:}. */
    private static String leaf(Query query, boolean afterField) {
        return switch (query) {
            case Query.Term term -> WordRules.isBareTerm(term.text(), afterField) ? term.text() : quote(term.text());
            case Query.Phrase phrase -> quote(phrase.text());
            case Query.Prefix prefix -> prefix.stem() + "*";
            case Query.Fuzzy fuzzy -> (WordRules.isBareTerm(fuzzy.text(), afterField) ? fuzzy.text()
                    : quote(fuzzy.text())) + "~" + fuzzy.maxEdits();
            case Query.Forms forms -> WordRules.FORMS + (isBareForms(forms.text()) ? forms.text() : quote(forms.text()));
            case Reference reference -> reference.text();
            default -> throw new IllegalArgumentException("not a leaf: " + query);
        };
    }

    /** After {@code forms:} a run is taken as typed, up to the first delimiter; '*', '~' and '@' are refused. */
    private static boolean isBareForms(String text) {
        return !text.isEmpty() && text.chars().noneMatch(c -> WordRules.isDelimiter((char) c) || "*~@".indexOf(c) >= 0);
    }

    static String quote(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
