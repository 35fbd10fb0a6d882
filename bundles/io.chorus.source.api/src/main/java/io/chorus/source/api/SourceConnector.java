package io.chorus.source.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Fetches mentions from one kind of place (RSS feeds, a social network's search). Register it as a DS service; one
 * connector serves every source configured with its id. Implementations must be thread-safe and keep no state between
 * calls (see the package documentation).
 */
@ConsumerType
public interface SourceConnector {

    ConnectorInfo info();

    /**
     * Fetches the next page after {@code cursor} ({@link Cursor#START} the first time). Items may overlap earlier
     * pages; an item never seen must not be skipped. Called with the source's settings in {@code context}; never
     * twice at once for the same source.
     *
     * @throws ConnectorException when the platform refused or failed; its kind says whether to retry
     * @throws InterruptedException when Chorus cancels the poll (it timed out or Chorus stops)
     */
    Page poll(ConnectorContext context, Cursor cursor) throws ConnectorException, InterruptedException;

    /**
     * Checks the settings against the platform (does the feed exist, is the token valid) without fetching mentions:
     * the "Test" button of the settings form.
     *
     * @return a sentence for the person configuring the source, such as "Feed found: Acme forum, 25 entries"
     * @throws ConnectorException when the check fails, with a message that says what to change
     */
    String check(ConnectorContext context) throws ConnectorException, InterruptedException;

    /**
     * The key sources share a {@link ConnectorInfo#rateLimit()} under. Default: the connector id, so that all its
     * sources share one budget; a connector whose limit is per server or per token returns that instead
     * ({@code "mastodon:mastodon.social"}).
     */
    default String rateScope(ConnectorContext context) {
        return info().id();
    }
}
