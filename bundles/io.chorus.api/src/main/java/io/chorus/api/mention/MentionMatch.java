package io.chorus.api.mention;

import java.util.List;
import java.util.Objects;

/**
 * A rule a mention matched.
 *
 * @param brandId  the brand
 * @param ruleId   the rule: {@code brand} for the brand itself, or a rule id of the brand
 * @param matched  the words of the mention that matched, as written there ("Сбербанка", "ghbdtn")
 */
public record MentionMatch(String brandId, String ruleId, List<MatchedText> matched) {

    /** The id of the rule every brand has: its own name and variants. */
    public static final String BRAND_RULE = "brand";

    public MentionMatch {
        Objects.requireNonNull(brandId, "brandId");
        Objects.requireNonNull(ruleId, "ruleId");
        matched = List.copyOf(matched);
    }

    /**
     * Matched words.
     *
     * @param field  where: {@code text} or {@code title}
     * @param start  offset of the first character in that field
     * @param end    offset after the last character
     * @param text   the words as written
     */
    public record MatchedText(String field, int start, int end, String text) {
        public MatchedText {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(text, "text");
        }
    }
}
