/**
 * Test support for connector authors: {@link io.chorus.source.testkit.ReplayServer} serves recorded payloads on
 * 127.0.0.1, {@link io.chorus.source.testkit.TestConnectorContext} is the {@link io.chorus.source.api.ConnectorContext}
 * Chorus would pass, and {@link io.chorus.source.testkit.SourceConnectorContract} is the JUnit 5 test every
 * connector test extends. Use it with test scope; nothing here is needed at run time.
 */
@Export
@Version("1.0.0")
package io.chorus.source.testkit;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
