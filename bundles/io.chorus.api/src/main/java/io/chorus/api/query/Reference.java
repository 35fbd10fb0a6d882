package io.chorus.api.query;

import java.util.Objects;
import java.util.Optional;

/**
 * A reference to the semantic core: {@code @acme} (the brand) or {@code @acme.products} (one group of entries). It
 * expands to the entries' texts and their accepted variants before matching.
 *
 * @param brand the brand id
 * @param group the entry group ({@code products}, {@code people}, ...), or null for the brand itself
 * @param span  where it was written
 */
public record Reference(String brand, String group, Span span) implements Query {

    public Reference {
        Objects.requireNonNull(brand, "brand");
        Objects.requireNonNull(span, "span");
    }

    /** The group, when the reference names one. */
    public Optional<String> groupName() {
        return Optional.ofNullable(group);
    }

    /** {@code @brand} or {@code @brand.group}. */
    public String text() {
        return "@" + brand + (group == null ? "" : "." + group);
    }
}
