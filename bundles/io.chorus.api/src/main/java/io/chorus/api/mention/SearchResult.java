package io.chorus.api.mention;

import java.util.List;

/**
 * A page of hits.
 *
 * @param total    how many mentions match in all
 * @param mentions the hits of the page, in the search's order
 */
public record SearchResult(long total, List<StoredMention> mentions) {

    public SearchResult {
        mentions = List.copyOf(mentions);
    }
}
