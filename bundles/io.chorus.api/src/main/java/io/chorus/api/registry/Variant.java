package io.chorus.api.registry;

import java.util.Objects;

/**
 * Another spelling of an entry: a typo, the text typed with the wrong keyboard layout, a transliteration, another
 * script form; or one a person typed in.
 *
 * @param text       the variant
 * @param generator  which generator proposed it ({@code typo}, {@code keyboard-layout}, {@code transliteration},
 *                   {@code japanese}, ...), or {@code manual}
 * @param reason     why it exists, for people: "'Сбербанк' typed with the English layout"
 * @param likelihood how likely people write it, 0 to 1; ranks variants within an entry's budget
 * @param status     the review decision
 */
public record Variant(String text, String generator, String reason, double likelihood, VariantStatus status) {

    /** The generator name of variants people type in. */
    public static final String MANUAL = "manual";

    public Variant {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(generator, "generator");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(status, "status");
        if (text.isBlank()) {
            throw new IllegalArgumentException("a variant needs text");
        }
        if (likelihood < 0 || likelihood > 1 || Double.isNaN(likelihood)) {
            throw new IllegalArgumentException("likelihood must be between 0 and 1: " + likelihood);
        }
    }

    /** This variant with another status. */
    public Variant withStatus(VariantStatus newStatus) {
        return new Variant(text, generator, reason, likelihood, newStatus);
    }
}
