package io.chorus.query.internal;

import java.util.Optional;

import io.chorus.api.query.Dialect;
import io.chorus.api.query.Field;
import io.chorus.api.query.Query;

/**
 * YouScan topic queries.
 *
 * <p>Based on https://help.youscan.io/en/articles/642981-search-query-language: OR, AND (a space is AND too), /N for
 * words within a distance in any order ({@code hand /2 cream} allows one word between, so Chorus NEAR/n, at most n
 * words between, is /n+1), parentheses, "phrases", AND NOT, -stop words, * after at least 4 characters,
 * &lt;&lt;&lt;comments&gt;&gt;&gt;. Its advanced and author operators are not named on that page, so field filters
 * are reported, not guessed. No fuzzy matching and no order for /N.
 */
final class YouScanExport extends BooleanDialectExport {

    private static final int MIN_PREFIX = 4;

    YouScanExport(QueryFormatter formatter) {
        super(formatter);
    }

    @Override
    public Dialect dialect() {
        return Dialect.YOUSCAN;
    }

    @Override
    protected String displayName() {
        return "YouScan";
    }

    @Override
    protected Optional<String> fieldKeyword(Field field) {
        return Optional.empty();
    }

    @Override
    protected String fieldAdvice(Field field) {
        return "set it in the topic's settings instead";
    }

    @Override
    protected String nearOperator(Query.Near near, ExportNotes notes) {
        String operator = "/" + (near.distance() + 1);
        if (near.ordered()) {
            notes.report(near, "words in order", "cannot be required in YouScan, whose /N ignores order",
                    "exported in any order with " + operator);
        }
        return operator;
    }

    @Override
    protected Fragment prefix(Query.Prefix prefix, ExportNotes notes) {
        if (WordRules.length(prefix.stem()) < MIN_PREFIX) {
            return stemOnly(prefix, "needs at least " + MIN_PREFIX + " characters before * in YouScan", notes);
        }
        return super.prefix(prefix, notes);
    }
}
