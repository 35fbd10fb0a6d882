package io.chorus.query.internal;

import java.util.Optional;

import io.chorus.api.query.Dialect;
import io.chorus.api.query.Field;
import io.chorus.api.query.Query;

/**
 * Talkwalker boolean queries.
 *
 * <p>Based on:
 * <ul>
 * <li>https://developer.talkwalker.com/docs/query-syntax/boolean-operators: AND, AND NOT, OR, NOT alone as a
 * negative filter, "phrases", parentheses, * only at the end of a word, ? for one character, "a b"~n proximity</li>
 * <li>https://www.talkwalker.com/syntax-alerts: the same operators, "-" to exclude, site:"domain"</li>
 * <li>https://developer.talkwalker.com/docs/talkwalker-documents/field-information: domain_url filters on every host
 * of a domain (what Chorus site: means), host_url on one host</li>
 * </ul>
 * NEAR/n, ONEAR/n, title:, url:, author: and lang: are Talkwalker operators the brief lists; the pages retrieved above
 * do not show them. No fuzzy matching and no platform ids.
 */
final class TalkwalkerExport extends BooleanDialectExport {

    TalkwalkerExport(QueryFormatter formatter) {
        super(formatter);
    }

    @Override
    public Dialect dialect() {
        return Dialect.TALKWALKER;
    }

    @Override
    protected String displayName() {
        return "Talkwalker";
    }

    @Override
    protected Optional<String> fieldKeyword(Field field) {
        return switch (field) {
            case SITE -> Optional.of("domain_url");
            case AUTHOR -> Optional.of("author");
            case TITLE -> Optional.of("title");
            case URL -> Optional.of("url");
            case LANG -> Optional.of("lang");
            case PLATFORM -> Optional.empty();
        };
    }

    /** Talkwalker documents {@code NOT coupons} on its own as a negative filter. */
    @Override
    protected Optional<Fragment> standaloneNot(Query.Not not, ExportNotes notes) {
        return write(not.operand(), notes).map(excluded -> Fragment.compound("NOT " + excluded.nested()));
    }
}
