package io.chorus.query.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.chorus.api.query.Dialect;
import io.chorus.api.query.Field;
import io.chorus.api.query.Query;

/**
 * Google Alerts search terms, which are Google Search queries.
 *
 * <p>Based on:
 * <ul>
 * <li>https://support.google.com/websearch/answer/2466433 (Refine Google searches): "exact phrase", -word to
 * exclude (also -site:), site:domain, OR between alternatives; words next to each other must all match</li>
 * <li>http://dmrussell.net/PSWG3/lesson3.3Removinginvasiveresults/lesson3.3Removinginvasiveresults.html (Dan Russell,
 * Google's search research scientist): the minus operator on words and phrases</li>
 * <li>https://support.google.com/alerts/answer/4815696 (Create an alert): language, region and sources are options
 * of the alert, not part of the query</li>
 * <li>https://cited.so/blog/google-alert: parentheses group OR alternatives in alert queries</li>
 * </ul>
 * No proximity, no prefix (Google's * stands for a whole word), no fuzzy matching, and no title, address or author
 * operator documented for alerts. An exclusion applies to a word or phrase, so only NOT of words (or of an OR of
 * words, which is the same as excluding each) can be written.
 */
final class GoogleAlertsExport extends BooleanDialectExport {

    GoogleAlertsExport(QueryFormatter formatter) {
        super(formatter);
    }

    @Override
    public Dialect dialect() {
        return Dialect.GOOGLE_ALERTS;
    }

    @Override
    protected String displayName() {
        return "Google Alerts";
    }

    @Override
    protected Optional<String> fieldKeyword(Field field) {
        return field == Field.SITE ? Optional.of("site") : Optional.empty();
    }

    @Override
    protected String fieldAdvice(Field field) {
        return switch (field) {
            case LANG -> "set the alert's Language option instead";
            case PLATFORM -> super.fieldAdvice(field);
            default -> "";
        };
    }

    @Override
    protected String andSeparator() {
        return " ";
    }

    @Override
    protected Fragment andWithExclusions(List<Fragment> positives, List<Query.Not> exclusions, ExportNotes notes) {
        List<String> parts = new ArrayList<>(positives.stream().map(positive -> positive.in(Shape.AND)).toList());
        for (Query.Not not : exclusions) {
            exclusion(not, notes).ifPresent(parts::add);
        }
        return parts.size() == 1 ? positives.get(0) : new Fragment(String.join(" ", parts), Shape.AND);
    }

    /** {@code -word}, {@code -"a phrase"}, {@code -site:x}; NOT (a OR b) is -a -b. */
    private Optional<String> exclusion(Query.Not not, ExportNotes notes) {
        List<Query> excluded = not.operand() instanceof Query.Or or ? or.operands() : List.of(not.operand());
        List<String> written = new ArrayList<>();
        for (Query operand : excluded) {
            Optional<Fragment> fragment = operand instanceof Query.Not || operand instanceof Query.And
                    || operand instanceof Query.Or || operand instanceof Query.Near ? Optional.empty()
                    : write(operand, notes);
            if (fragment.isEmpty() || !fragment.get().isWord()) {
                notes.report(not, "exclusion of a group", notes.noEquivalent() + " (- excludes words and phrases)",
                        "left out");
                return Optional.empty();
            }
            written.add("-" + fragment.get().text());
        }
        return Optional.of(String.join(" ", written));
    }

    @Override
    protected Optional<Fragment> near(Query.Near near, ExportNotes notes) {
        Optional<Fragment> both = write(new Query.And(List.of(near.left(), near.right()), near.span()), notes);
        notes.report(near, near.ordered() ? "proximity in order" : "proximity", notes.noEquivalent(),
                "exported as " + both.map(Fragment::text).orElse("nothing"));
        return both;
    }

    @Override
    protected Fragment prefix(Query.Prefix prefix, ExportNotes notes) {
        return stemOnly(prefix, notes.noEquivalent() + " (its * stands for a whole word)", notes);
    }
}
