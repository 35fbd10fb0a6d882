package io.chorus.api.mention;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A mention as the store keeps it.
 *
 * @param mention        what was written
 * @param sourceId       the configured source it came from ("import" for files), or empty
 * @param collected      when Chorus collected it
 * @param matches        the brands and rules it matched (empty when it matched none)
 * @param duplicateGroup the {@link Mention#key()} of the first mention with (nearly) the same text: a repost or copy;
 *                       its own key when it is the first or has no near duplicate
 * @param labels         what later steps added: {@code sentiment}, {@code category} and the like
 */
public record StoredMention(Mention mention, String sourceId, Instant collected, List<MentionMatch> matches,
                            String duplicateGroup, Map<String, String> labels) {

    /** The label that holds the sentiment: positive, neutral or negative. */
    public static final String SENTIMENT = "sentiment";

    public StoredMention {
        Objects.requireNonNull(mention, "mention");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(collected, "collected");
        Objects.requireNonNull(duplicateGroup, "duplicateGroup");
        matches = List.copyOf(matches);
        labels = Map.copyOf(labels);
    }

    public String key() {
        return mention.key();
    }

    /** Whether another mention with nearly the same text was stored first. */
    public boolean isNearDuplicate() {
        return !duplicateGroup.equals(mention.key());
    }
}
