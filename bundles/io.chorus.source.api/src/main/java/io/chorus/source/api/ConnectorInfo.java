package io.chorus.source.api;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * What a connector is.
 *
 * @param id              stable and unique, lower case ({@code rss}, {@code mastodon}); sources refer to it
 * @param name            what people see ("RSS and Atom feeds")
 * @param description     what it collects, in a sentence
 * @param platforms       the platform ids (from the platform registry) its items belong to
 * @param settingsPid     the PID its settings' {@code @ObjectClassDefinition} is designated for
 * @param settingsType    the annotation type of its settings, read with {@link ConnectorContext#settings(Class)}
 * @param secretSettings  the attribute ids that are secrets (tokens, passwords)
 * @param rateLimit       how fast it may call the platform
 * @param defaultInterval how long to wait between polls unless a page or the source says otherwise
 */
public record ConnectorInfo(String id, String name, String description, Set<String> platforms, String settingsPid,
                            Class<?> settingsType, Set<String> secretSettings, RateLimit rateLimit,
                            Duration defaultInterval) {

    public ConnectorInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(settingsPid, "settingsPid");
        Objects.requireNonNull(settingsType, "settingsType");
        Objects.requireNonNull(rateLimit, "rateLimit");
        Objects.requireNonNull(defaultInterval, "defaultInterval");
        platforms = Set.copyOf(platforms);
        secretSettings = Set.copyOf(secretSettings);
        if (!id.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("a connector id is lower-case letters, digits and dashes: " + id);
        }
    }
}
