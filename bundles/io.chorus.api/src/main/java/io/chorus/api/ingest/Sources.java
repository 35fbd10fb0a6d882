package io.chorus.api.ingest;

import java.util.List;
import java.util.Optional;

import io.chorus.api.jobs.Job;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The sources of the workspace: their settings, their polling and their health. Changes are saved in the workspace
 * at once and take effect without a restart.
 */
@ProviderType
public interface Sources {

    /** The connectors installed now, by name. */
    List<ConnectorDescription> connectors();

    /** Every source, by id. */
    List<SourceConfig> list();

    Optional<SourceConfig> get(String id);

    /**
     * Adds a source or replaces the one with the same id; settings are checked against the connector's metatype.
     *
     * @throws SourceConfigException when a setting is missing or wrong, or the connector is unknown
     */
    SourceConfig save(SourceConfig source) throws SourceConfigException;

    /**
     * Asks the platform whether the settings work (the feed exists, the token is valid) without saving or fetching
     * mentions: the "Test" button of the settings form. Waits at most the request time limit.
     *
     * @return what the connector found, in a sentence ("Feed found: Acme forum, 25 entries")
     * @throws SourceConfigException when the settings are wrong or the platform refuses them; the message says what to
     *                               change
     */
    String check(SourceConfig source) throws SourceConfigException;

    /** Removes a source; its mentions stay in the store. @return whether it existed */
    boolean remove(String id);

    /** Pauses or resumes polling. @return whether the source exists */
    boolean setPaused(String id, boolean paused);

    /**
     * Polls a source now (also a paused one), as a job, and reports what it did.
     *
     * @throws IllegalArgumentException when no source has this id
     */
    Job<PollReport> pollNow(String id);

    /** The health of every source, by id. */
    List<SourceHealth> health();

    Optional<SourceHealth> health(String id);
}
