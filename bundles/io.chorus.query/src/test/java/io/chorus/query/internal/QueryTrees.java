package io.chorus.query.internal;

import java.util.List;

import io.chorus.api.query.Field;
import io.chorus.api.query.Query;
import io.chorus.api.query.Reference;
import io.chorus.api.query.Span;

/** Trees without spans, to write expected results briefly and compare parsed ones structurally. */
final class QueryTrees {

    private static final Span NONE = Span.NONE;

    private QueryTrees() {
    }

    static Query term(String text) {
        return new Query.Term(text, NONE);
    }

    static Query phrase(String text) {
        return new Query.Phrase(text, NONE);
    }

    static Query prefix(String stem) {
        return new Query.Prefix(stem, NONE);
    }

    static Query fuzzy(String text, int edits) {
        return new Query.Fuzzy(text, edits, NONE);
    }

    static Query forms(String text) {
        return new Query.Forms(text, NONE);
    }

    static Query and(Query... operands) {
        return new Query.And(List.of(operands), NONE);
    }

    static Query or(Query... operands) {
        return new Query.Or(List.of(operands), NONE);
    }

    static Query not(Query operand) {
        return new Query.Not(operand, NONE);
    }

    static Query near(Query left, int distance, Query right) {
        return new Query.Near(left, right, distance, false, NONE);
    }

    static Query onear(Query left, int distance, Query right) {
        return new Query.Near(left, right, distance, true, NONE);
    }

    static Query field(Field field, Query value) {
        return new Query.FieldFilter(field, value, NONE);
    }

    static Query ref(String brand, String group) {
        return new Reference(brand, group, NONE);
    }

    /** The same tree with every span {@link Span#NONE}: what "equal ignoring spans" compares. */
    static Query withoutSpans(Query query) {
        return switch (query) {
            case Query.Term term -> term(term.text());
            case Query.Phrase phrase -> phrase(phrase.text());
            case Query.Prefix prefix -> prefix(prefix.stem());
            case Query.Fuzzy fuzzy -> fuzzy(fuzzy.text(), fuzzy.maxEdits());
            case Query.Forms forms -> forms(forms.text());
            case Query.And and -> new Query.And(and.operands().stream().map(QueryTrees::withoutSpans).toList(), NONE);
            case Query.Or or -> new Query.Or(or.operands().stream().map(QueryTrees::withoutSpans).toList(), NONE);
            case Query.Not not -> not(withoutSpans(not.operand()));
            case Query.Near near -> new Query.Near(withoutSpans(near.left()), withoutSpans(near.right()),
                    near.distance(), near.ordered(), NONE);
            case Query.FieldFilter filter -> field(filter.field(), withoutSpans(filter.value()));
            case Reference reference -> ref(reference.brand(), reference.group());
        };
    }
}
