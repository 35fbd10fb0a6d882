package io.chorus.api.platform;

import java.util.Collection;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Contributes platforms, typically from a connector plugin: new ones (a regional forum engine), or capabilities for
 * known ones (a VK connector adds MONITOR and PUBLISH to "vk"). Register it as a service.
 */
@ConsumerType
public interface PlatformProvider {

    /** A stable id, shown as the platforms' origin: for example the connector's bundle name. */
    String id();

    /** The platforms this provider contributes. */
    Collection<Platform> platforms();
}
