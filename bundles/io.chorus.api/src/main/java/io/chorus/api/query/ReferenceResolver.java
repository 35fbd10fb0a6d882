package io.chorus.api.query;

import org.osgi.annotation.versioning.ConsumerType;

/** Says what a reference stands for; the keyword registry is one. */
@ConsumerType
@FunctionalInterface
public interface ReferenceResolver {

    /** The query the reference stands for, without references of its own. */
    Query resolve(Reference reference) throws UnknownReferenceException;
}
