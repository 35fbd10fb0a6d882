/**
 * File handling every module shares: files are replaced atomically so that a crash never leaves half a file.
 */
@Export
@Version("1.0.0")
package io.chorus.api.files;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
