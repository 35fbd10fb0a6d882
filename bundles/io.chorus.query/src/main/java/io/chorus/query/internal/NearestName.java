package io.chorus.query.internal;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** The "did you mean" of error messages: the known name closest to a misspelt one. */
final class NearestName {

    private static final int MAX_EDITS = 2;

    private NearestName() {
    }

    /**
     * The candidate within two edits of {@code typed}, or one that starts with it or it starts with, from three letters
     * on ({@code lang} for {@code language}), ignoring case; the first of equally close ones.
     */
    static Optional<String> to(String typed, Collection<String> candidates) {
        String wanted = typed.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            String known = candidate.toLowerCase(Locale.ROOT);
            boolean sameStem = Math.min(wanted.length(), known.length()) >= 3
                    && (known.startsWith(wanted) || wanted.startsWith(known));
            int distance = sameStem ? 1 : editDistance(wanted, known);
            if (distance <= MAX_EDITS && distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Levenshtein distance with adjacent transpositions counted as one edit. */
    static int editDistance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
