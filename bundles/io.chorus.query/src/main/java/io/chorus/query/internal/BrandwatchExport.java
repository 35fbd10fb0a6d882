package io.chorus.query.internal;

import java.util.List;
import java.util.Optional;

import io.chorus.api.query.Dialect;
import io.chorus.api.query.Field;
import io.chorus.api.query.Query;

/**
 * Brandwatch Consumer Research boolean queries.
 *
 * <p>Based on:
 * <ul>
 * <li>https://support.brandwatch.com/hc/en-us/articles/204114708-Advanced-Query-Operators (via its copy at
 * https://ru.scribd.com/document/332145945/Queries-Brandwatch): NEAR/x, NEAR/xf for words in order,
 * "apple juice"~5, site:, url:, author:, links:, raw:, location operators</li>
 * <li>https://community.brandwatch.com/boolean-explained-84/boolean-explained-proximity-operators-478: NEAR/n between
 * parenthesised groups, nested NEAR, NEAR/nf</li>
 * <li>https://docs.rs/crate/bwq/0.3.0 (a Brandwatch query linter): AND, OR, NOT, ~, NEAR/x, NEAR/xf, *, ?, title:,
 * site:, {case}, #hashtag, @mention, &lt;&lt;&lt;comments&gt;&gt;&gt;</li>
 * <li>https://developers.brandwatch.com/docs/creating-queries: the query is one boolean string</li>
 * </ul>
 * language:xx is Brandwatch's language operator; the pages above do not show it, so it rests on the product's
 * operator list. No fuzzy matching and no platform ids; NOT is binary ({@code a NOT b}), so an exclusion needs
 * something to exclude from.
 */
final class BrandwatchExport extends BooleanDialectExport {

    BrandwatchExport(QueryFormatter formatter) {
        super(formatter);
    }

    @Override
    public Dialect dialect() {
        return Dialect.BRANDWATCH;
    }

    @Override
    protected String displayName() {
        return "Brandwatch";
    }

    @Override
    protected Optional<String> fieldKeyword(Field field) {
        return switch (field) {
            case SITE -> Optional.of("site");
            case AUTHOR -> Optional.of("author");
            case TITLE -> Optional.of("title");
            case URL -> Optional.of("url");
            case LANG -> Optional.of("language");
            case PLATFORM -> Optional.empty();
        };
    }

    @Override
    protected Fragment andWithExclusions(List<Fragment> positives, List<Query.Not> exclusions, ExportNotes notes) {
        return binaryNot(positives, exclusions, notes);
    }

    @Override
    protected String nearOperator(Query.Near near, ExportNotes notes) {
        return "NEAR/" + near.distance() + (near.ordered() ? "f" : "");
    }
}
