/**
 * Notifications for people: alerts (a crisis, a failed publication, a source that needs attention) that headless
 * modules post and the workbench shows as non-modal pop-ups, the shell as lines.
 */
@Export
@Version("1.0.0")
package io.chorus.api.notify;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
