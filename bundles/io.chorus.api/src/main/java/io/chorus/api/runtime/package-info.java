/**
 * What a running Chorus knows about itself: how it was started ({@link io.chorus.api.runtime.RuntimeMode}),
 * where its data lives ({@link io.chorus.api.runtime.Workspace}) and which features it runs
 * ({@link io.chorus.api.runtime.FeatureInfo}). The launcher decides these before the framework starts; the
 * {@link io.chorus.api.runtime.ChorusRuntime} service reports them to bundles, the shell and the workbench.
 */
@Export
@Version("1.1.0")
package io.chorus.api.runtime;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
