/**
 * The connector SPI: what a plugin implements to bring mentions into Chorus, and to publish from it.
 *
 * <h2>Sources</h2>
 * A {@link io.chorus.source.api.SourceConnector} is a DS service. Chorus calls
 * {@link io.chorus.source.api.SourceConnector#poll} on the shared scheduler with the {@link io.chorus.source.api.Cursor}
 * the previous page returned (persisted by Chorus, so a restart resumes where it stopped) and stores the
 * {@link io.chorus.source.api.SourceItem}s of the {@link io.chorus.source.api.Page}. A connector keeps no state
 * between calls: everything it needs to resume goes in the cursor. It may deliver an item twice (Chorus drops
 * duplicates by id), and must not skip one. A {@link io.chorus.source.api.StreamingConnector} pushes items instead.
 *
 * <h2>Settings</h2>
 * A connector describes its settings as a metatype {@code @ObjectClassDefinition} designated for
 * {@link io.chorus.source.api.ConnectorInfo#settingsPid()}; the workbench renders the form from it, and the connector
 * reads them typed through {@link io.chorus.source.api.ConnectorContext#settings(Class)}. Attributes of type
 * {@code PASSWORD} (also listed in {@link io.chorus.source.api.ConnectorInfo#secretSettings()}) are secrets: Chorus
 * stores them encrypted and never logs them; connectors must not log them either.
 *
 * <h2>Errors and limits</h2>
 * A connector throws {@link io.chorus.source.api.ConnectorException} with a
 * {@link io.chorus.source.api.ConnectorException.Kind} that tells Chorus what to do: back off, wait for the platform's
 * {@code Retry-After}, or ask a person. Chorus enforces the {@link io.chorus.source.api.RateLimit} the connector
 * declares, across every source that shares its {@link io.chorus.source.api.SourceConnector#rateScope scope}, and
 * times out a poll that hangs.
 *
 * <h2>Publishing</h2>
 * A {@link io.chorus.source.api.Publisher} posts, replies and reads metrics for the brand's own accounts. Every
 * {@link io.chorus.source.api.Post} carries an idempotency key so that a post retried after a crash is published once.
 */
@Export
@Version("1.0.0")
package io.chorus.source.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
