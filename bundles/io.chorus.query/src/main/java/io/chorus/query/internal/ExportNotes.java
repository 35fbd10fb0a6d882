package io.chorus.query.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.chorus.api.query.Query;

/** What one export could not express, in words, each with where it was in the query. */
final class ExportNotes {

    private static final int MAX_EXCERPT = 40;

    private record Note(int position, int order, String text) {
    }

    private final String dialectName;
    private final QueryFormatter formatter;
    private final List<Note> notes = new ArrayList<>();

    ExportNotes(String dialectName, QueryFormatter formatter) {
        this.dialectName = dialectName;
        this.formatter = formatter;
    }

    /**
     * Records "what (excerpt at column n) problem; outcome", as in "fuzzy matching (acme~1 at column 3) has no
     * Brandwatch equivalent; exported as acme".
     */
    void report(Query node, String what, String problem, String outcome) {
        int start = node.span().start();
        String where = start >= 0 ? " at column " + (start + 1) : "";
        String text = what + " (" + excerpt(formatter.format(node)) + where + ") " + problem + "; " + outcome;
        notes.add(new Note(start >= 0 ? start : Integer.MAX_VALUE, notes.size(), text));
    }

    String noEquivalent() {
        return "has no " + dialectName + " equivalent";
    }

    String dialectName() {
        return dialectName;
    }

    /** The messages in the order their parts appear in the query, each once. */
    List<String> messages() {
        return notes.stream().sorted(Comparator.comparingInt(Note::position).thenComparingInt(Note::order))
                .map(Note::text).distinct().toList();
    }

    private static String excerpt(String text) {
        return WordRules.length(text) <= MAX_EXCERPT ? text
                : text.substring(0, text.offsetByCodePoints(0, MAX_EXCERPT - 1)) + "…";
    }
}
