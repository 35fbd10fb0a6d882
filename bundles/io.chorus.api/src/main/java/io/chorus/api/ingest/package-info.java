/**
 * The sources of a workspace and what ingest does with what they deliver.
 *
 * <p>A source is one configured use of a connector ("RSS: Acme forum", "Mastodon: #acme on mastodon.social"). Its
 * settings are kept in the workspace, secrets encrypted. {@link io.chorus.api.ingest.Sources} adds, changes, pauses
 * and polls them and reports their health; {@link io.chorus.api.ingest.MentionAnalyser} gives the batch command line
 * the same language detection and near-duplicate grouping ingest uses.
 */
@Export
@Version("1.1.0")
package io.chorus.api.ingest;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
