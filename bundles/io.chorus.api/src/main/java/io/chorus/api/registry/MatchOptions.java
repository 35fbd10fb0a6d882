package io.chorus.api.registry;

import java.util.Objects;

/**
 * How an entry matches.
 *
 * @param mode     exact, stemmed or fuzzy
 * @param maxEdits for {@link MatchMode#FUZZY}: 1 or 2 edits per word; 0 otherwise
 */
public record MatchOptions(MatchMode mode, int maxEdits) {

    /** Exact words, ignoring case and diacritics. */
    public static final MatchOptions EXACT = new MatchOptions(MatchMode.EXACT, 0);

    /** Word forms of the entry's languages. */
    public static final MatchOptions STEMMED = new MatchOptions(MatchMode.STEMMED, 0);

    public MatchOptions {
        Objects.requireNonNull(mode, "mode");
        if (mode == MatchMode.FUZZY && (maxEdits < 1 || maxEdits > 2)) {
            throw new IllegalArgumentException("fuzzy matching allows 1 or 2 edits, not " + maxEdits);
        }
        if (mode != MatchMode.FUZZY && maxEdits != 0) {
            throw new IllegalArgumentException("only fuzzy matching has edits");
        }
    }

    /** Fuzzy matching within {@code maxEdits} edits per word. */
    public static MatchOptions fuzzy(int maxEdits) {
        return new MatchOptions(MatchMode.FUZZY, maxEdits);
    }
}
