/**
 * Mentions: what a person wrote somewhere that may be about a brand, and which brands and rules it matches.
 */
@Export
@Version("1.0.0")
package io.chorus.api.mention;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
