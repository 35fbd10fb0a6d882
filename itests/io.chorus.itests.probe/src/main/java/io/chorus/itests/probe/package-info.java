/** Test support shared by the probes. */
@Export
@Version("1.0.0")
package io.chorus.itests.probe;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
