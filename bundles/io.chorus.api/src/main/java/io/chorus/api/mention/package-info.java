/**
 * Mentions: what a person wrote somewhere that may be about a brand, which brands and rules it matches, and the store
 * that keeps them.
 *
 * <p>The path of a mention: a connector delivers it, ingest normalises it into a {@link io.chorus.api.mention.Mention},
 * detects its language and near duplicates, the {@link io.chorus.api.mention.MentionMatcher} tags it with brands and
 * rules, and the {@link io.chorus.api.mention.MentionStore} keeps it durably and tells every
 * {@link io.chorus.api.mention.MentionListener}. Views, dashboards and shell commands read it back with a
 * {@link io.chorus.api.mention.MentionSearch}.
 */
@Export
@Version("1.0.0")
package io.chorus.api.mention;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
