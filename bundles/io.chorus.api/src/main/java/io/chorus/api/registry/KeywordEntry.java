package io.chorus.api.registry;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One entry of a brand's semantic core.
 *
 * @param id        unique within the brand, stable across edits (variants and decisions refer to it)
 * @param type      what it stands for
 * @param text      the text as people write it: "Сбербанк", "Greta Lind", "which monitor to buy"
 * @param languages ISO 639-1 codes of the languages it is written in; empty for any
 * @param match     how it is compared with mentions
 * @param modules   the modules that use it ({@code reputation}, {@code smm}, {@code crowd}); empty for all
 * @param note      a note for the team; may be empty
 * @param variants  its spelling variants with their review status
 * @param origin    where it comes from: {@code user}, {@code import:<file>}, or the id of a plugin's provider
 */
public record KeywordEntry(String id, EntryType type, String text, List<String> languages, MatchOptions match,
                           Set<String> modules, String note, List<Variant> variants, String origin) {

    /** The origin of entries people type in. */
    public static final String USER = "user";

    public KeywordEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(match, "match");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(origin, "origin");
        if (text.isBlank()) {
            throw new IllegalArgumentException("an entry needs text");
        }
        languages = List.copyOf(languages);
        modules = Set.copyOf(modules);
        variants = List.copyOf(variants);
    }

    /** Whether a module uses this entry. */
    public boolean usedBy(String module) {
        return modules.isEmpty() || modules.contains(module);
    }

    /** The texts that take part in matching: the entry's own and its accepted and pinned variants. */
    public List<String> matchedTexts() {
        java.util.LinkedHashSet<String> texts = new java.util.LinkedHashSet<>();
        texts.add(text);
        for (Variant variant : variants) {
            if (variant.status().isUsed()) {
                texts.add(variant.text());
            }
        }
        return List.copyOf(texts);
    }

    /** This entry with other variants. */
    public KeywordEntry withVariants(List<Variant> newVariants) {
        return new KeywordEntry(id, type, text, languages, match, modules, note, newVariants, origin);
    }
}
