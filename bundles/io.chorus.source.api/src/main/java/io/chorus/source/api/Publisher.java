package io.chorus.source.api;

import java.util.Optional;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Publishes to the brand's own accounts on one platform: posts, replies, and reads their metrics. Register it as a DS
 * service. Chorus calls it from a durable publishing state machine: before {@link #publish} it records the post's
 * idempotency key; after a crash it asks {@link #findPublished} whether the post went out before publishing again.
 */
@ConsumerType
public interface Publisher {

    /** The connector id this publisher belongs to, and its settings (the account's token). */
    ConnectorInfo info();

    /**
     * Publishes a post or a reply. Where the platform supports idempotency keys (Mastodon's {@code Idempotency-Key}),
     * send {@link Post#idempotencyKey()} so a retried call cannot post twice.
     *
     * @throws ConnectorException {@link ConnectorException.Kind#REJECTED} when the platform refused the content,
     *                            with its reason; transient kinds when a retry may work
     */
    Published publish(ConnectorContext context, Post post) throws ConnectorException, InterruptedException;

    /**
     * Looks for a post published earlier with this key (in the account's recent posts, by the key or exact text),
     * for recovery after a crash between the platform's answer and Chorus recording it.
     */
    Optional<Published> findPublished(ConnectorContext context, Post post)
            throws ConnectorException, InterruptedException;

    /** The current numbers of a published post. */
    PostMetrics metrics(ConnectorContext context, String postId) throws ConnectorException, InterruptedException;
}
