package io.chorus.api.platform;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A platform. Connector plugins contribute theirs through a {@link PlatformProvider}; they appear in the registry
 * while the plugin runs.
 *
 * @param id            a short stable id: {@code vk}, {@code reddit}, {@code forum.ixbt.com}
 * @param name          the display name
 * @param kind          what kind of place it is
 * @param regions       ISO 3166 country codes where it matters most; empty for worldwide
 * @param languages     ISO 639-1 codes of its main languages; empty for any
 * @param capabilities  what Chorus can do there with the installed connectors
 * @param domains       web domains of the platform, for recognising its URLs ({@code vk.com}, {@code vk.ru})
 * @param maxPostLength the longest post it takes in characters, or 0 when unknown or unlimited
 * @param linkPolicy    how it treats links in posts and answers, for people planning replies; may be empty
 * @param origin        {@code built-in}, {@code user}, or the id of the connector that contributed it
 */
public record Platform(String id, String name, PlatformKind kind, List<String> regions, List<String> languages,
                       Set<Capability> capabilities, List<String> domains, int maxPostLength, String linkPolicy,
                       String origin) {

    public Platform {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(linkPolicy, "linkPolicy");
        Objects.requireNonNull(origin, "origin");
        if (!id.matches("[a-z0-9][a-z0-9._-]*")) {
            throw new IllegalArgumentException("a platform id is lower-case letters, digits, '.', '-' and '_': " + id);
        }
        regions = List.copyOf(regions);
        languages = List.copyOf(languages);
        capabilities = Set.copyOf(capabilities);
        domains = List.copyOf(domains);
    }
}
