package io.chorus.api.registry;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.chorus.api.platform.Channel;

/**
 * A brand with its semantic core.
 *
 * @param id        a short stable id, lower case, used in queries ({@code @acme})
 * @param name      the display name
 * @param role      a client's own brand or a competitor
 * @param languages the languages the brand is discussed in (ISO 639-1)
 * @param entries   the semantic core
 * @param rules     named queries modules use
 * @param channels  the brand's official accounts and personas on platforms
 * @param note      a note for the team; may be empty
 */
public record Brand(String id, String name, BrandRole role, List<String> languages, List<KeywordEntry> entries,
                    List<Rule> rules, List<Channel> channels, String note) {

    public Brand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(note, "note");
        if (!id.matches("[a-z0-9][a-z0-9_-]*")) {
            throw new IllegalArgumentException("a brand id is lower-case letters, digits, '-' and '_' (it is typed in"
                    + " queries as @" + id + "): " + id);
        }
        languages = List.copyOf(languages);
        entries = List.copyOf(entries);
        rules = List.copyOf(rules);
        channels = List.copyOf(channels);
    }

    /** The entry with this id. */
    public Optional<KeywordEntry> entry(String entryId) {
        return entries.stream().filter(entry -> entry.id().equals(entryId)).findFirst();
    }

    /** The entries of one type. */
    public List<KeywordEntry> entries(EntryType type) {
        return entries.stream().filter(entry -> entry.type() == type).toList();
    }

    /** This brand with other entries. */
    public Brand withEntries(List<KeywordEntry> newEntries) {
        return new Brand(id, name, role, languages, newEntries, rules, channels, note);
    }
}
