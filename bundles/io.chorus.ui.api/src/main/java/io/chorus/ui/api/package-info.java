/**
 * How bundles put things into the Chorus window. Every contribution is a Declarative Services component; its id,
 * label and placement are component properties (written with the annotations {@link io.chorus.ui.api.Perspective},
 * {@link io.chorus.ui.api.View}, {@link io.chorus.ui.api.Command} and {@link io.chorus.ui.api.StatusItem}), so the
 * workbench lists contributions without loading their classes, and creates a view only when it is shown. A
 * contribution appears when its bundle starts and disappears when it stops; no restart, no plugin.xml.
 *
 * <pre>
 * &#64;Component
 * &#64;View(id = "acme.inbox", label = "%view.inbox")
 * public final class InboxView implements ViewContribution {
 *     public ViewPart createView(Composite parent, ViewSite site) { ... }
 * }
 * </pre>
 *
 * <p>Labels starting with {@code %} are keys into the contributing bundle's
 * {@code OSGI-INF/l10n/bundle[_locale].properties}, so each bundle ships its own English, Russian and Japanese text.
 *
 * <p>Everything here that takes SWT widgets is called on the UI thread. {@link io.chorus.ui.api.Workbench} may be
 * called from any thread.
 */
@Export
@Version("1.1.0")
package io.chorus.ui.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
