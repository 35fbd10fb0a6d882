package io.chorus.query.internal;

import java.util.List;
import java.util.Optional;

import io.chorus.api.query.Dialect;
import io.chorus.api.query.Field;
import io.chorus.api.query.Query;

/**
 * Awario alerts in Boolean search mode.
 *
 * <p>Based on https://awario.com/help/boolean-search/boolean-syntax-and-operators/: "phrases", AND, OR,
 * {@code near/n:James,Shaffer} (at most n words between, any order) and {@code onear/n:} (in order), which take words
 * and phrases separated by a comma. NOT and parentheses come from the same operator table; the retrieved part of the
 * page ends before it shows site, language or wildcard operators, so prefixes and field filters are reported rather
 * than guessed (Awario sets languages, locations and sources in the alert's settings). No fuzzy matching.
 */
final class AwarioExport extends BooleanDialectExport {

    AwarioExport(QueryFormatter formatter) {
        super(formatter);
    }

    @Override
    public Dialect dialect() {
        return Dialect.AWARIO;
    }

    @Override
    protected String displayName() {
        return "Awario";
    }

    @Override
    protected Optional<String> fieldKeyword(Field field) {
        return Optional.empty();
    }

    @Override
    protected String fieldAdvice(Field field) {
        return "set it in the alert's settings instead";
    }

    @Override
    protected Fragment prefix(Query.Prefix prefix, ExportNotes notes) {
        return stemOnly(prefix, notes.noEquivalent(), notes);
    }

    /** {@code (a AND b) NOT c}, as in Brandwatch. */
    @Override
    protected Fragment andWithExclusions(List<Fragment> positives, List<Query.Not> exclusions, ExportNotes notes) {
        return binaryNot(positives, exclusions, notes);
    }

    /** {@code near/n:left,right} takes words and phrases only; anything else falls back to AND. */
    @Override
    protected Optional<Fragment> near(Query.Near near, ExportNotes notes) {
        Optional<Fragment> left = write(near.left(), notes);
        Optional<Fragment> right = write(near.right(), notes);
        if (left.isEmpty() || right.isEmpty()) {
            return left.or(() -> right);
        }
        if (!isWord(near.left()) || !isWord(near.right())) {
            Fragment both = join(List.of(left.get(), right.get()), " AND ", Shape.AND).orElseThrow();
            notes.report(near, "proximity between groups", notes.noEquivalent() + " (near/n: takes words and phrases)",
                    "exported as " + both.text());
            return Optional.of(both);
        }
        String operator = (near.ordered() ? "onear/" : "near/") + near.distance() + ":";
        return Optional.of(Fragment.word(operator + left.get().text() + "," + right.get().text()));
    }

    private static boolean isWord(Query query) {
        return query instanceof Query.Term || query instanceof Query.Phrase || query instanceof Query.Fuzzy
                || query instanceof Query.Forms
                || query instanceof Query.Prefix;
    }
}
