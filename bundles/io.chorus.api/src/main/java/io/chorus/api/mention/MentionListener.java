package io.chorus.api.mention;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Whiteboard: register one as a service to hear about each durable batch of new mentions ("mention/added"). Called
 * on the store's thread after the batch is durable; return quickly and hand long work to the jobs service.
 */
@ConsumerType
@FunctionalInterface
public interface MentionListener {

    void added(List<StoredMention> mentions);
}
