/**
 * Features are the installable units of Chorus: OSGi Feature files (OSGi Compendium 8.1, chapter 159) that list
 * bundles by Maven coordinates, default configurations, and the features they need.
 *
 * <p>A distribution keeps every feature it knows in a {@link io.chorus.feature.FeatureCatalog} (the
 * {@code features/} folder), their bundles in a {@link io.chorus.feature.BundleRepository} (the {@code bundles/}
 * folder in Maven layout), and the features an administrator chose in {@link io.chorus.feature.InstalledFeatures}
 * ({@code conf/installed-features.json}). {@link io.chorus.feature.LaunchPlanner} turns a choice of features into
 * the ordered bundles and configurations one run starts.
 *
 * <p>Chorus reads two extensions of its own, both optional for third parties:
 * <ul>
 * <li>{@value io.chorus.feature.ChorusExtensions#REQUIRES} ({@code json}): {@code {"features": ["core"]}}, the
 * features this one needs;</li>
 * <li>{@value io.chorus.feature.ChorusExtensions#WORKBENCH_BUNDLES} ({@code artifacts}): bundles started only
 * with the workbench window, so that a module runs headless without SWT.</li>
 * </ul>
 * A feature in the category {@value io.chorus.feature.ChorusExtensions#WORKBENCH_CATEGORY} is the window itself
 * and starts only when there is one.
 */
@Export
@Version("1.1.0")
package io.chorus.feature;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
