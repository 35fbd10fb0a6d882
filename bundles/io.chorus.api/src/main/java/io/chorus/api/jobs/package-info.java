/**
 * The shared scheduler and long-running work. Modules and plugins start no threads of their own: periodic work is
 * scheduled on {@link io.chorus.api.jobs.Jobs}, and long work runs as a cancellable {@link io.chorus.api.jobs.Job}
 * that reports progress, which the window shows in its progress area and the shell as a progress bar.
 */
@Export
@Version("1.1.0")
package io.chorus.api.jobs;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
