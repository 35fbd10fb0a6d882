package io.chorus.query.internal;

import java.util.ArrayList;
import java.util.List;

import io.chorus.api.query.Query;
import io.chorus.api.query.Reference;
import io.chorus.api.query.ReferenceResolver;
import io.chorus.api.query.UnknownReferenceException;

/**
 * Replaces references with what they stand for. What a resolver returns is expanded too, so a brand can refer to its
 * groups; a reference that comes back to itself is an error rather than an endless loop.
 */
final class ReferenceExpander {

    private final ReferenceResolver resolver;
    private final List<String> expanding = new ArrayList<>();

    private ReferenceExpander(ReferenceResolver resolver) {
        this.resolver = resolver;
    }

    static Query expand(Query query, ReferenceResolver resolver) throws UnknownReferenceException {
        return new ReferenceExpander(resolver).expand(query);
    }

    private Query expand(Query query) throws UnknownReferenceException {
        return switch (query) {
            case Reference reference -> resolve(reference);
            case Query.And and -> new Query.And(expandAll(and.operands()), and.span());
            case Query.Or or -> new Query.Or(expandAll(or.operands()), or.span());
            case Query.Not not -> new Query.Not(expand(not.operand()), not.span());
            case Query.Near near -> new Query.Near(expand(near.left()), expand(near.right()), near.distance(),
                    near.ordered(), near.span());
            case Query.FieldFilter filter -> new Query.FieldFilter(filter.field(), expand(filter.value()),
                    filter.span());
            case Query.Term term -> term;
            case Query.Phrase phrase -> phrase;
            case Query.Prefix prefix -> prefix;
            case Query.Fuzzy fuzzy -> fuzzy;
            case Query.Forms forms -> forms;
        };
    }

    private List<Query> expandAll(List<Query> queries) throws UnknownReferenceException {
        List<Query> expanded = new ArrayList<>(queries.size());
        for (Query query : queries) {
            expanded.add(expand(query));
        }
        return expanded;
    }

    private Query resolve(Reference reference) throws UnknownReferenceException {
        String name = reference.text();
        int position = reference.span().start();
        if (expanding.contains(name)) {
            throw new UnknownReferenceException(name + " refers to itself through "
                    + String.join(" → ", expanding.subList(expanding.indexOf(name), expanding.size())) + " → " + name,
                    position);
        }
        Query resolved = resolver.resolve(reference);
        if (resolved == null) {
            throw new UnknownReferenceException(name + " stands for nothing", position);
        }
        expanding.add(name);
        Query expanded = expand(resolved);
        expanding.remove(expanding.size() - 1);
        return expanded;
    }
}
