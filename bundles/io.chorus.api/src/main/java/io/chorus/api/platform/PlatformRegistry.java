package io.chorus.api.platform;

import java.util.List;
import java.util.Optional;

import io.chorus.api.registry.RegistryException;

/** Every platform Chorus knows: built in, contributed by connectors, and added by people. */
@org.osgi.annotation.versioning.ProviderType
public interface PlatformRegistry {

    /** Every platform, by name. */
    List<Platform> platforms();

    /** The platform with this id. */
    Optional<Platform> platform(String id);

    /** The platform a URL belongs to, by its domain (subdomains included). */
    Optional<Platform> platformOf(String url);

    /** Adds or replaces a platform people define (a forum, a regional review site), and saves it. */
    Platform save(Platform platform) throws RegistryException;

    /** Deletes a platform people defined. Built-in and contributed platforms cannot be deleted. */
    void delete(String id) throws RegistryException;

    /** Registers a callback for any change. */
    void addChangeListener(Runnable listener);

    /** Removes a callback. */
    void removeChangeListener(Runnable listener);
}
