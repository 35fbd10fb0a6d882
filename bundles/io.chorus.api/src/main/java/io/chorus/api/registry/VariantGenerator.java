package io.chorus.api.registry;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Proposes spelling variants for an entry. Chorus ships generators for typos, wrong keyboard layouts,
 * transliteration between Latin and Cyrillic, and Japanese script forms; plugins add more as services. The registry
 * merges the proposals of every generator, ranks them by likelihood and keeps each entry within its budget.
 */
@ConsumerType
public interface VariantGenerator {

    /** A short stable name: {@code typo}, {@code keyboard-layout}, {@code transliteration}, {@code japanese}. */
    String name();

    /**
     * Variants for the entry, most likely first, at most {@code limit}. Each has status
     * {@link VariantStatus#SUGGESTED}, this generator's name, a reason in words, and a likelihood. Never returns
     * the entry's own text. Must be fast: called for every entry when a semantic core is regenerated.
     */
    List<Variant> generate(KeywordEntry entry, int limit);
}
