package io.chorus.api.query;

import java.util.Locale;
import java.util.Optional;

/** The fields of a mention a query can filter on. */
public enum Field {
    /** The platform id ({@code platform:vk}). */
    PLATFORM,
    /** The web site, by domain, subdomains included ({@code site:reddit.com}). */
    SITE,
    /** The author's name or handle. */
    AUTHOR,
    /** The language (ISO 639-1: {@code lang:ru}). */
    LANG,
    /** The title of a post, article or thread. */
    TITLE,
    /** The address of the mention. */
    URL;

    /** The name in queries: lower case. */
    public String keyword() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The field with this name, ignoring case. */
    public static Optional<Field> of(String keyword) {
        for (Field field : values()) {
            if (field.keyword().equalsIgnoreCase(keyword)) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }
}
