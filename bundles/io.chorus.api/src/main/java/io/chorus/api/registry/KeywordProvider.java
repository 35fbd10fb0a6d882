package io.chorus.api.registry;

import java.util.Collection;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Contributes brands, or entries of brands, from a plugin (a CRM, a product catalogue). Register it as a service;
 * its entries appear in the registry while the service is there, read-only, with the provider's id as origin.
 * A brand a person also manages keeps the person's name and settings; the provider's entries are added to it.
 */
@ConsumerType
public interface KeywordProvider {

    /** A stable id, shown as the origin of the entries: for example the plugin's bundle name. */
    String id();

    /** The brands this provider knows now. */
    Collection<Brand> brands();

    /** Registers a callback for when {@link #brands()} changes. */
    void addChangeListener(Runnable listener);

    /** Removes a callback. */
    void removeChangeListener(Runnable listener);
}
