package io.chorus.api.registry;

import java.util.Locale;
import java.util.Optional;

/**
 * What an entry of a semantic core stands for. Each type has a group name used in queries: {@code @acme.products}
 * means every product entry of brand {@code acme}.
 */
public enum EntryType {
    /** The brand's name, in any language or script. */
    BRAND_NAME("names"),
    /** An alias or abbreviation ("Сбер" for "Сбербанк"). */
    ALIAS("aliases"),
    /** A product or service. */
    PRODUCT("products"),
    /** A key person: founder, CEO, spokesperson. */
    PERSON("people"),
    /** A shop or office address. */
    ADDRESS("addresses"),
    /** A registered trademark. */
    TRADEMARK("trademarks"),
    /** A brand hashtag, with or without '#'. */
    HASHTAG("hashtags"),
    /** A competitor's name, tracked for share of voice. */
    COMPETITOR("competitors"),
    /** A question customers ask ("which vacuum cleaner to buy"): what crowd marketing looks for. */
    INTENT("intents"),
    /** A word that must appear near an ambiguous name ("iphone" for "Apple"), so the fruit does not match. */
    CONTEXT("context"),
    /** A phrase whose presence means the mention is not about the brand ("apple pie"). */
    EXCLUSION("exclusions");

    private final String group;

    EntryType(String group) {
        this.group = group;
    }

    /** The name of the group in queries ({@code @brand.group}). */
    public String group() {
        return group;
    }

    /** The type with this group name, ignoring case. */
    public static Optional<EntryType> ofGroup(String group) {
        String wanted = group.toLowerCase(Locale.ROOT);
        for (EntryType type : values()) {
            if (type.group.equals(wanted)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** Whether entries of this type are things to find (rather than context or exclusions). */
    public boolean isSearchable() {
        return this != CONTEXT && this != EXCLUSION;
    }
}
