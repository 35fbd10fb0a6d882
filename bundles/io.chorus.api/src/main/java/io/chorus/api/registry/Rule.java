package io.chorus.api.registry;

import java.util.Objects;
import java.util.Set;

/**
 * A named query of a brand, in the Chorus query language: what a module looks for beyond the brand itself
 * ("negative about delivery": {@code @acme AND (delivery OR courier) NOT @acme.exclusions}).
 *
 * @param id      unique within the brand
 * @param name    for people
 * @param query   the query text
 * @param modules the modules that use it; empty for all
 */
public record Rule(String id, String name, String query, Set<String> modules) {

    public Rule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(query, "query");
        modules = Set.copyOf(modules);
    }
}
