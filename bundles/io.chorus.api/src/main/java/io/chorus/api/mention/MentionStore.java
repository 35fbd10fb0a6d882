package io.chorus.api.mention;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

import io.chorus.api.jobs.JobMonitor;
import io.chorus.api.query.QueryException;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Every mention collected in the workspace. The store opens in the background: it is registered at once, answers
 * {@link #isReady()} false until its files are open, and its methods wait for it. Safe for many threads.
 */
@ProviderType
public interface MentionStore {

    /**
     * Stores mentions. Returns only when they are durable: a mention this method returned for survives a crash or a
     * {@code kill -9} the next moment. A mention whose {@link Mention#key()} is already stored is skipped, so
     * delivering the same mention twice stores it once. {@link MentionListener}s hear about the stored ones.
     *
     * @return the mentions that were new, in the order given
     */
    List<StoredMention> store(List<StoredMention> mentions) throws IOException;

    Optional<StoredMention> get(String key);

    /** Whether a mention with this {@link Mention#key()} is stored. */
    boolean contains(String key);

    /**
     * Mentions that match a search, a page of them.
     *
     * @throws QueryException when the search's query text is not valid; the message says where and why
     */
    SearchResult search(MentionSearch search) throws QueryException;

    /** Counts by dimension and over time of the mentions that match a search: what dashboards draw. */
    FacetResult facets(MentionSearch search, FacetRequest request) throws QueryException;

    /** Replaces the labels of a stored mention (sentiment, category); durable on return. */
    void label(String key, Map<String, String> labels) throws IOException;

    /**
     * Matches the mentions published since {@code since} again with the rules of the semantic core as they are now,
     * and updates what they matched. Used after the core changed.
     *
     * @return how many mentions now match differently
     */
    long rematch(Instant since, JobMonitor monitor) throws IOException;

    /** How many mentions are stored (0 while opening). */
    long size();

    boolean isReady();

    /** Completes when the store is open, or exceptionally when it cannot be opened. */
    CompletionStage<Void> ready();
}
