/**
 * Where conversations happen: social networks, forums, Q&amp;A and review sites, news, messengers. The
 * {@link io.chorus.api.platform.PlatformRegistry} holds the built-in platforms, those connector plugins contribute through
 * {@link io.chorus.api.platform.PlatformProvider} services, and those people add. Brands have
 * {@link io.chorus.api.platform.Channel}s on them: official pages, and disclosed personas.
 */
@Export
@Version("1.0.0")
package io.chorus.api.platform;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
