package io.chorus.source.reddit.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words and "quoted phrases" of a Reddit search, to pick comments out of a subreddit's new comments, which
 * Reddit's API cannot search. A comment is kept when it contains any of them: too many rather than too few, since
 * Chorus matches every item against the semantic core afterwards anyway.
 */
final class QueryWords {

    private static final Pattern TERM = Pattern.compile("\"([^\"]+)\"|(\\S+)");
    private static final List<String> OPERATORS = List.of("or", "and", "not");

    private final List<String> terms;

    private QueryWords(List<String> terms) {
        this.terms = List.copyOf(terms);
    }

    static QueryWords of(String query) {
        List<String> terms = new ArrayList<>();
        Matcher matcher = TERM.matcher(query == null ? "" : query);
        while (matcher.find()) {
            String term = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
            term = term.replaceAll("^[(+-]+|[)]+$", "").toLowerCase(Locale.ROOT).strip();
            // field filters (subreddit:x, author:y) narrow a search; they are no words of the text
            if (!term.isEmpty() && !OPERATORS.contains(term) && (matcher.group(1) != null || !term.contains(":"))) {
                terms.add(term);
            }
        }
        return new QueryWords(terms);
    }

    boolean foundIn(String... texts) {
        for (String text : texts) {
            String lower = text.toLowerCase(Locale.ROOT);
            for (String term : terms) {
                if (lower.contains(term)) {
                    return true;
                }
            }
        }
        return false;
    }

    List<String> terms() {
        return terms;
    }
}
